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
            service->acceptQuery(
                request, exchange,
                [service, exchange](const UserIdentity &user, const ConversationQuery &query) {
                    const LcsDependencies deps = service->deps();
                    service->runQueryDeferred<HttpResponse>(
                        [service, deps, user, query](std::function<void(HttpResponse)> finish) {
                            QueryError error;
                            const std::optional<TurnPlan> plan = deps.engine->plan(user, query, &error);
                            if (!plan)
                                return finish(LcsErrors::fromQuery(error));
                            const std::optional<ChatResult> result = deps.engine->answer(*plan, &error);
                            if (!result)
                                return finish(LcsErrors::fromQuery(error));
                            HttpResponse reply = HttpResponse::json(
                                200, OrderedJson()
                                         .add(QStringLiteral("conversation_id"), plan->conversationId)
                                         .add(QStringLiteral("response"), result->text));
                            service->recordTurn(
                                user, query, *plan, *result,
                                [finish, reply](const QString &storeError, const QString &transcriptError) {
                                    finish(!storeError.isEmpty() ? LcsErrors::databaseFailed(storeError)
                                           : !transcriptError.isEmpty()
                                               ? LcsErrors::transcriptNotStored(transcriptError)
                                               : reply);
                                });
                        },
                        [exchange](const HttpResponse &response) { exchange->respond(response); });
                });
        });
}

} // namespace aistack
