#pragma once

#include "config/appconfig.h"
#include "health/readinesscheck.h"
#include "log/requestlog.h"
#include "metrics/metricsregistry.h"

#include <QFuture>
#include <QThreadPool>
#include <memory>

namespace aistack {

class Database;
class EmbeddedServer;
class DocumentLibrary;
class ProviderRegistry;

// The composition root's object graph: every long-lived service, built once from the
// configuration and handed to the server and the GUI. Nothing here is a global.
class AppServices
{
public:
    explicit AppServices(std::shared_ptr<const AppConfig> config);
    ~AppServices();

    // Opens the database and applies migrations on the worker pool; logs the outcome.
    QFuture<void> prepareStorage();

    std::shared_ptr<const AppConfig> config;
    MetricsRegistry metrics;
    RequestLog requestLog;
    ReadinessRegistry readiness;
    QThreadPool pool;
    std::unique_ptr<ProviderRegistry> providers; // model providers, shared by the server and the GUI
    std::unique_ptr<DocumentLibrary> documents;  // the stack's vector store and ingestion
    std::unique_ptr<Database> database;
    std::unique_ptr<EmbeddedServer> server;
};

} // namespace aistack
