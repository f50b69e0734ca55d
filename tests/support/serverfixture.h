#pragma once

#include "embeddedserver.h"
#include "health/readinesscheck.h"
#include "log/requestlog.h"
#include "metrics/metricsregistry.h"

#include <QThreadPool>
#include <functional>
#include <memory>

namespace aistack::test {

// The server's services wired as the composition root wires them, on 127.0.0.1 and a free
// port, for tests that run the server in process.
struct ServerFixture
{
    explicit ServerFixture(const std::function<void(AppConfig &)> &tweak = {});
    ~ServerFixture();

    bool start(int timeoutMs = 10000); // true once listening
    quint16 port() const { return quint16(server->status().port); }

    MetricsRegistry metrics;
    RequestLog log;
    ReadinessRegistry readiness;
    QThreadPool pool;
    std::unique_ptr<EmbeddedServer> server;
};

} // namespace aistack::test
