#include "feedback/feedbackstore.h"
#include "lcscontrollers.h"
#include "lcserrors.h"
#include "lcsrequests.h"
#include "lcsservice.h"

namespace aistack {

void registerLcsFeedbackRoutes(Router &router, std::shared_ptr<const LcsService> service)
{
    router.add(
        QHttpServerRequest::Method::Post, QStringLiteral("/v1/feedback"),
        {QStringLiteral("Lightspeed: store user feedback on an answer"), QStringLiteral("lightspeed")},
        [service](const QHttpServerRequest &request, const ExchangePtr &exchange) {
            QJsonValue body;
            const QJsonArray syntax = LcsRequests::parseJson(request.body(), &body);
            if (!syntax.isEmpty())
                return exchange->respond(LcsErrors::validation(syntax));
            service->authenticate(request, exchange, [service, exchange, body](const UserIdentity &user) {
                FeedbackStore *store = service->deps().feedback;
                if (!store->enabled())
                    return exchange->respond(LcsErrors::feedbackDisabled());
                FeedbackEntry entry;
                const QJsonArray errors = LcsRequests::parseFeedback(body, &entry);
                if (!errors.isEmpty())
                    return exchange->respond(LcsErrors::validation(errors));
                entry.userId = user.userId;
                service->run(
                    [store, entry]() {
                        QString error;
                        if (!store->store(entry, &error))
                            return LcsErrors::feedbackNotStored(error);
                        return HttpResponse::json(200,
                                                  OrderedJson().add(QStringLiteral("response"),
                                                                    QStringLiteral("feedback received")));
                    },
                    [exchange](const HttpResponse &r) { exchange->respond(r); });
            });
        });
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/v1/feedback/status"),
               {QStringLiteral("Lightspeed: whether feedback is collected"), QStringLiteral("lightspeed")},
               [service](const QHttpServerRequest &, const ExchangePtr &exchange) {
                   exchange->respond(HttpResponse::json(
                       200, OrderedJson()
                                .add(QStringLiteral("functionality"), QStringLiteral("feedback"))
                                .add(QStringLiteral("status"),
                                     OrderedJson().add(QStringLiteral("enabled"),
                                                       service->deps().feedback->enabled()))));
               });
}

} // namespace aistack
