#include "serverfixture.h"

#include <QTest>

namespace aistack::test {

ServerFixture::ServerFixture(const std::function<void(AppConfig &)> &tweak)
{
    auto config = std::make_shared<AppConfig>();
    config->service.host = QStringLiteral("127.0.0.1");
    config->service.port = 0;
    config->service.limits.shutdownGraceSeconds = 5;
    if (tweak)
        tweak(*config);
    ServerDependencies deps;
    deps.config = config;
    deps.metrics = &metrics;
    deps.requestLog = &log;
    deps.readiness = &readiness;
    deps.pool = &pool;
    server = std::make_unique<EmbeddedServer>(deps);
}

ServerFixture::~ServerFixture()
{
    server.reset();
    pool.waitForDone();
}

bool ServerFixture::start(int timeoutMs)
{
    server->start();
    return QTest::qWaitFor([this]() { return server->status().state == ServerStatus::State::Listening; },
                           timeoutMs);
}

} // namespace aistack::test
