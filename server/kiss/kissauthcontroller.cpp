#include "http/router.h"
#include "kisscontrollers.h"
#include "kissrequests.h"
#include "kissservice.h"

namespace aistack {

void registerKissAuthRoutes(Router &router, std::shared_ptr<const KissService> service)
{
    router.add(QHttpServerRequest::Method::Post, QStringLiteral("/auth"),
               {QStringLiteral("KISS: create a session (scope) or renew a token (client_id + client_secret)"),
                QStringLiteral("kiss")},
               [service](const QHttpServerRequest &request, const ExchangePtr &exchange) {
                   QJsonObject body;
                   const KissOutcome parsed = KissRequests::parseBody(request.body(), &body);
                   if (!parsed.ok())
                       return exchange->respond(parsed.toHttp());
                   service->login(
                       body, request.remoteAddress().toString(),
                       [exchange](const KissOutcome &outcome) { exchange->respond(outcome.toHttp()); });
               });
}

} // namespace aistack
