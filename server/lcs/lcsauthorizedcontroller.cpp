#include "lcscontrollers.h"
#include "lcsservice.h"

namespace aistack {

void registerLcsAuthorizedRoutes(Router &router, std::shared_ptr<const LcsService> service)
{
    router.add(QHttpServerRequest::Method::Post, QStringLiteral("/authorized"),
               {QStringLiteral("Lightspeed: who the credentials belong to"), QStringLiteral("lightspeed")},
               [service](const QHttpServerRequest &request, const ExchangePtr &exchange) {
                   service->authenticate(request, exchange, [exchange](const UserIdentity &user) {
                       exchange->respond(
                           HttpResponse::json(200, OrderedJson()
                                                       .add(QStringLiteral("user_id"), user.userId)
                                                       .add(QStringLiteral("username"), user.username)));
                   });
               });
}

} // namespace aistack
