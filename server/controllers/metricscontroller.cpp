#include "metricscontroller.h"

#include "http/router.h"
#include "metrics/metricsregistry.h"

namespace aistack {

void MetricsController::registerRoutes(Router &router)
{
    MetricsRegistry *registry = &m_registry;
    router.add(
        QHttpServerRequest::Method::Get, QStringLiteral("/metrics"),
        {QStringLiteral("Prometheus metrics"), QStringLiteral("metrics"), MetricsRegistry::contentType()},
        [registry](const QHttpServerRequest &, const ExchangePtr &ex) {
            ex->respond(
                HttpResponse::text(200, MetricsRegistry::contentType(), registry->renderPrometheus()));
        });
}

} // namespace aistack
