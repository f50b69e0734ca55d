#include "conversations/conversationengine.h"
#include "lcscontrollers.h"
#include "lcserrors.h"
#include "lcsservice.h"
#include "lcsturnstream.h"

namespace aistack {

void registerLcsStreamingQueryRoutes(Router &router, std::shared_ptr<const LcsService> service)
{
    RouteDoc doc{QStringLiteral("Lightspeed: answer a query as Server-Sent Events"),
                 QStringLiteral("lightspeed")};
    doc.responseType = "text/event-stream";
    router.add(QHttpServerRequest::Method::Post, QStringLiteral("/v1/streaming_query"), doc,
               [service](const QHttpServerRequest &request, const ExchangePtr &exchange) {
                   service->acceptQuery(
                       request, exchange,
                       [service, exchange](const UserIdentity &user, const ConversationQuery &query) {
                           ConversationEngine *engine = service->deps().engine;
                           service->runQuery(
                               [engine, user, query]() {
                                   QueryError error;
                                   std::optional<TurnPlan> plan = engine->plan(user, query, &error);
                                   return std::make_pair(plan, error);
                               },
                               [service, exchange, user,
                                query](const std::pair<std::optional<TurnPlan>, QueryError> &planned) {
                                   if (!planned.first)
                                       return exchange->respond(LcsErrors::fromQuery(planned.second));
                                   LcsTurnStream::start(service, exchange, user, query, *planned.first);
                               });
                       });
               });
}

} // namespace aistack
