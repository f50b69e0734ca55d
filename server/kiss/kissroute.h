#pragma once

#include "http/router.h"
#include "kissservice.h"

#include <memory>

namespace aistack {

// A KISS POST route behind the bearer token: the header is checked, the body parsed by `parse` into a
// call, and the call performed; the reply goes out when the core is done.
using KissCallParser = std::function<KissService::Call(const QHttpServerRequest &, const QJsonObject &body,
                                                       const KissOutcome &bodyError)>;
void addKissRoute(Router &router, const QString &path, const RouteDoc &doc,
                  std::shared_ptr<const KissService> service, KissCallParser parse);

} // namespace aistack
