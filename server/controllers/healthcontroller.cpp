#include "healthcontroller.h"

#include "health/readinesscheck.h"
#include "http/router.h"

#include "common/poolcall.h"
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace aistack {

namespace {
HttpResponse readinessResponse(const ReadinessReport &report)
{
    QVector<OrderedJson> providers;
    for (const auto &p : report.unhealthy)
        providers << OrderedJson()
                         .add(QStringLiteral("provider_id"), p.providerId)
                         .add(QStringLiteral("status"), QStringLiteral("Error"))
                         .add(QStringLiteral("message"), p.message);
    return HttpResponse::json(report.ready ? 200 : 503, OrderedJson()
                                                            .add(QStringLiteral("ready"), report.ready)
                                                            .add(QStringLiteral("reason"), report.reason)
                                                            .add(QStringLiteral("providers"), providers));
}
} // namespace

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
                   // Checked in the background (ReadinessMonitor): the last result at once, with its age.
                   if (const std::optional<CheckedReadiness> checked = registry->latest()) {
                       const qint64 ageMs = QDateTime::currentMSecsSinceEpoch() - checked->checkedAtMs;
                       HttpResponse response = readinessResponse(checked->report);
                       response.headers << qMakePair(QByteArray("Age"), QByteArray::number(std::max<qint64>(0, ageMs / 1000)));
                       ex->respond(response);
                       return;
                   }
                   // Before the first background run (or without a monitor): the checks, now, on the pool.
                   poolCall(
                       pool, context, [registry]() { return registry->run(); },
                       [ex](const ReadinessReport &report) { ex->respond(readinessResponse(report)); });
               });
}

} // namespace aistack
