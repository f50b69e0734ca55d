#pragma once

#include <memory>

namespace aistack {

class LcsService;
class Router;

// The Lightspeed Core Service v1 routes, one resource each (GET /, /v1/info, /readiness, /liveness and
// /metrics are served by the shared controllers).
void registerLcsQueryRoutes(Router &router, std::shared_ptr<const LcsService> service); // POST /v1/query
void registerLcsStreamingQueryRoutes(Router &router,
                                     std::shared_ptr<const LcsService> service); // POST /v1/streaming_query
void registerLcsConversationsRoutes(Router &router,
                                    std::shared_ptr<const LcsService> service); // /v1/conversations*
void registerLcsFeedbackRoutes(Router &router, std::shared_ptr<const LcsService> service); // /v1/feedback*
void registerLcsModelsRoutes(Router &router, std::shared_ptr<const LcsService> service);   // GET /v1/models
void registerLcsToolsRoutes(Router &router, std::shared_ptr<const LcsService> service);    // GET /v1/tools
void registerLcsConfigRoutes(Router &router, std::shared_ptr<const LcsService> service);   // GET /v1/config
void registerLcsAuthorizedRoutes(Router &router,
                                 std::shared_ptr<const LcsService> service); // POST /authorized

} // namespace aistack
