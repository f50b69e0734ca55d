#include "kisscontrollers.h"
#include "kissrequests.h"
#include "kissroute.h"

namespace aistack {

void registerKissDocumentsRoutes(Router &router, std::shared_ptr<const KissService> service)
{
    addKissRoute(
        router, QStringLiteral("/documents"),
        {QStringLiteral("KISS: store base64 files in the session's rag collection"), QStringLiteral("kiss")},
        std::move(service),
        [](const QHttpServerRequest &, const QJsonObject &body, const KissOutcome &bodyError) {
            KissService::Call call;
            call.action = KissService::Action::Store;
            call.invalid = bodyError.ok() ? KissRequests::parseDocuments(body, &call.files) : bodyError;
            return call;
        });
}

} // namespace aistack
