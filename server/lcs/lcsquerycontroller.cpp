#include "conversations/conversationengine.h"
#include "lcscontrollers.h"
#include "lcserrors.h"
#include "lcsservice.h"

namespace aistack {

void registerLcsQueryRoutes(Router &router, std::shared_ptr<const LcsService> service)
{
    router.add(
        QHttpServerRequest::Method::Post, QStringLiteral("/v1/query"),
        {QStringLiteral("Lightspeed: answer a query (conversation kept)"), QStringLiteral("lightspeed")},
        [service](const QHttpServerRequest &request, const ExchangePtr &exchange) {
            service->answerQuery(
                request, exchange, [service](const UserIdentity &user, const ConversationQuery &query) {
                    const ConversationEngine *engine = service->deps().engine;
                    QueryError error;
                    const std::optional<TurnPlan> plan = engine->plan(user, query, &error);
                    if (!plan)
                        return LcsErrors::fromQuery(error);
                    const std::optional<ChatResult> result = engine->answer(*plan, &error);
                    if (!result)
                        return LcsErrors::fromQuery(error);
                    const LcsService::Recorded recorded =
                        service->recordTurnAndWait(user, query, *plan, *result);
                    if (!recorded.ok())
                        return recorded.response();
                    return HttpResponse::json(
                        200, OrderedJson()
                                 .add(QStringLiteral("conversation_id"), plan->conversationId)
                                 .add(QStringLiteral("response"), result->text));
                });
        });
}

} // namespace aistack
