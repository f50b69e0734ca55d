#include "conversations/conversationengine.h"
#include "feedback/transcriptwriter.h"
#include "lcscontrollers.h"
#include "lcserrors.h"
#include "lcsservice.h"

#include <QLoggingCategory>

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
                    service->runQuery(
                        [deps, user, query]() {
                            QueryError error;
                            const std::optional<TurnPlan> plan = deps.engine->plan(user, query, &error);
                            if (!plan)
                                return LcsErrors::fromQuery(error);
                            const std::optional<ChatResult> result = deps.engine->answer(*plan, &error);
                            if (!result)
                                return LcsErrors::fromQuery(error);
                            QString storeError;
                            if (!deps.engine->record(user, *plan, *result, &storeError))
                                return LcsErrors::unknownError(storeError);
                            if (deps.transcripts->enabled() &&
                                !deps.transcripts->write(user, query, *plan, result->text, &storeError))
                                qWarning().noquote() << "transcript not written:" << storeError;
                            return HttpResponse::json(
                                200, OrderedJson()
                                         .add(QStringLiteral("conversation_id"), plan->conversationId)
                                         .add(QStringLiteral("response"), result->text));
                        },
                        [exchange](const HttpResponse &response) { exchange->respond(response); });
                });
        });
}

} // namespace aistack
