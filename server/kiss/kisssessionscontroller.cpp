#include "http/errorreplies.h"
#include "kisscontrollers.h"
#include "kissrequests.h"
#include "kissroute.h"

#include <QJsonArray>

namespace aistack {

void registerKissSessionsRoutes(Router &router, std::shared_ptr<const KissService> service)
{
    addKissRoute(
        router, QStringLiteral("/sessions"),
        {QStringLiteral("KISS: ?action=init builds the session's stack, ?action=close destroys it"),
         QStringLiteral("kiss")},
        std::move(service),
        [](const QHttpServerRequest &request, const QJsonObject &body, const KissOutcome &bodyError) {
            KissService::Call call;
            const QUrlQuery query = request.query();
            if (!query.hasQueryItem(QStringLiteral("action"))) {
                QJsonArray errors{ErrorReplies::validationItem(
                    QStringLiteral("missing"), QJsonArray{QStringLiteral("query"), QStringLiteral("action")},
                    QStringLiteral("Field required"), QJsonValue::Null)};
                if (!bodyError.ok())
                    errors += bodyError.detail.toArray();
                call.invalid = KissOutcome::error(422, errors);
                return call;
            }
            if (!bodyError.ok()) {
                call.invalid = bodyError;
                return call;
            }
            call.invalid = KissRequests::parseQuery(body, &call.query);
            const QString action = query.queryItemValue(QStringLiteral("action"), QUrl::FullyDecoded);
            if (action == QLatin1String("init"))
                call.action = KissService::Action::Init;
            else if (action == QLatin1String("close"))
                call.action = KissService::Action::Close;
            else if (call.invalid.ok())
                call.invalid = KissOutcome::error(400, QStringLiteral("Invalid action: %1").arg(action));
            return call;
        });
}

} // namespace aistack
