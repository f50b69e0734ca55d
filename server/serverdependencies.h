#pragma once

#include "config/appconfig.h"
#include "kiss/kissdependencies.h"
#include "lcs/lcsdependencies.h"

#include <functional>
#include <memory>

class QObject;
class QThreadPool;

namespace aistack {

class MetricsRegistry;
class ProviderRegistry;
class ReadinessRegistry;
class RequestLog;
class Router;
class WebSocketDispatcher;

// What the composition root hands to the server layer. Everything outlives the server.
struct ServerDependencies
{
    std::shared_ptr<const AppConfig> config;
    MetricsRegistry *metrics = nullptr;
    RequestLog *requestLog = nullptr;
    const ReadinessRegistry *readiness = nullptr;
    QThreadPool *pool = nullptr;           // slow work off the server thread
    ProviderRegistry *providers = nullptr; // model providers (chat, embeddings)
    KissDependencies kiss;                 // the KISS routes are served when kiss.authority is set
    LcsDependencies lcs; // the Lightspeed query, conversation and feedback routes, when lcs.engine is set
    // Route sets added by later layers (KISS, Lightspeed); called in the server thread.
    std::vector<std::function<void(Router &, WebSocketDispatcher &, QObject *context)>> routeInstallers;
};

} // namespace aistack
