#include "config/configjson.h"
#include "lcscontrollers.h"
#include "lcsservice.h"

namespace aistack {

void registerLcsConfigRoutes(Router &router, std::shared_ptr<const LcsService> service)
{
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/v1/config"),
               {QStringLiteral("Lightspeed: the loaded configuration, secrets redacted"),
                QStringLiteral("lightspeed")},
               [body = HttpResponse::json(200, lightspeedConfigJson(service->config()))](
                   const QHttpServerRequest &, const ExchangePtr &exchange) { exchange->respond(body); });
}

} // namespace aistack
