#include "kissroute.h"

#include "kissrequests.h"

namespace aistack {

void addKissRoute(Router &router, const QString &path, const RouteDoc &doc,
                  std::shared_ptr<const KissService> service, KissCallParser parse)
{
    router.add(QHttpServerRequest::Method::Post, path, doc,
               [service, parse](const QHttpServerRequest &request, const ExchangePtr &exchange) {
                   KissOutcome error;
                   const std::optional<QByteArray> token =
                       KissService::bearerToken(request.value("authorization"), &error);
                   if (!token)
                       return exchange->respond(error.toHttp());
                   QJsonObject body;
                   const KissOutcome bodyError = KissRequests::parseBody(request.body(), &body);
                   service->perform(
                       *token, parse(request, body, bodyError),
                       [exchange](const KissOutcome &outcome) { exchange->respond(outcome.toHttp()); });
               });
}

} // namespace aistack
