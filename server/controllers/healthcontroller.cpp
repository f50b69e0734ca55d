#include "healthcontroller.h"

#include "health/readinesscheck.h"
#include "http/router.h"

#include "common/poolcall.h"
#include <QJsonArray>
#include <QJsonObject>

namespace aistack {

void HealthController::registerRoutes(Router &router)
{
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/liveness"),
               {QStringLiteral("Liveness probe: the process is up"), QStringLiteral("health")},
               [body = HttpResponse::json(200, OrderedJson().add(QStringLiteral("alive"), true))](
                   const QHttpServerRequest &, const ExchangePtr &ex) { ex->respond(body); });
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/readiness"),
               {QStringLiteral("Readiness probe: every configured provider and store is healthy"),
                QStringLiteral("health")},
               [registry = m_readiness, pool = m_pool, context = m_context](const QHttpServerRequest &,
                                                                            const ExchangePtr &ex) {
                   poolCall(
                       pool, context, [registry]() { return registry->run(); },
                       [ex](const ReadinessReport &report) {
                           QVector<OrderedJson> providers;
                           for (const auto &p : report.unhealthy)
                               providers << OrderedJson()
                                                .add(QStringLiteral("provider_id"), p.providerId)
                                                .add(QStringLiteral("status"), QStringLiteral("Error"))
                                                .add(QStringLiteral("message"), p.message);
                           ex->respond(HttpResponse::json(report.ready ? 200 : 503,
                                                          OrderedJson()
                                                              .add(QStringLiteral("ready"), report.ready)
                                                              .add(QStringLiteral("reason"), report.reason)
                                                              .add(QStringLiteral("providers"), providers)));
                       });
               });
}

} // namespace aistack
