#pragma once

#include <QtGlobal>

#include <memory>

namespace aistack {

class KissService;
class Router;
class WebSocketDispatcher;

// The KISS AI Stack server routes, one resource each. The bearer rule of the original ("everything but
// /auth needs a token") applies to these routes only.
void registerKissAuthRoutes(Router &router, std::shared_ptr<const KissService> service);     // POST /auth
void registerKissSessionsRoutes(Router &router, std::shared_ptr<const KissService> service); // POST /sessions
void registerKissQueriesRoutes(Router &router, std::shared_ptr<const KissService> service);  // POST /queries
void registerKissDocumentsRoutes(Router &router,
                                 std::shared_ptr<const KissService> service); // POST /documents
void registerKissWebSocket(WebSocketDispatcher &websockets, std::shared_ptr<const KissService> service,
                           qint64 maxFrameBytes); // /ws

} // namespace aistack
