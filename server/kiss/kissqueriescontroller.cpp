#include "kisscontrollers.h"
#include "kissrequests.h"
#include "kissroute.h"

namespace aistack {

void registerKissQueriesRoutes(Router &router, std::shared_ptr<const KissService> service)
{
    addKissRoute(router, QStringLiteral("/queries"),
                 {QStringLiteral("KISS: answer a query with the session's stack"), QStringLiteral("kiss")},
                 std::move(service),
                 [](const QHttpServerRequest &, const QJsonObject &body, const KissOutcome &bodyError) {
                     KissService::Call call;
                     call.action = KissService::Action::Query;
                     call.invalid = bodyError.ok() ? KissRequests::parseQuery(body, &call.query) : bodyError;
                     return call;
                 });
}

} // namespace aistack
