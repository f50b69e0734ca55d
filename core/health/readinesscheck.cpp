#include "readinesscheck.h"

#include <QDateTime>
#include <QStringList>

namespace aistack {

ReadinessReport ReadinessRegistry::run() const
{
    ReadinessReport report;
    for (const auto &c : m_checks) {
        ProviderHealth h = c->check();
        if (h.providerId.isEmpty())
            h.providerId = c->id();
        if (!h.healthy)
            report.unhealthy << h;
    }
    QStringList ids;
    QStringList optional;
    for (const auto &h : std::as_const(report.unhealthy))
        (h.required ? ids : optional) << h.providerId;
    if (ids.isEmpty()) {
        report.reason = QStringLiteral("All providers are healthy");
        if (!optional.isEmpty())
            report.reason += QStringLiteral("; not reachable: ") + optional.join(QStringLiteral(", "));
        return report;
    }
    report.ready = false;
    report.reason = QStringLiteral("Providers not healthy: ") + ids.join(QStringLiteral(", "));
    return report;
}

void ReadinessRegistry::refresh()
{
    CheckedReadiness checked{run(), 0};
    checked.checkedAtMs = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker lock(&m_latestMutex);
    m_latest = std::move(checked);
}

std::optional<CheckedReadiness> ReadinessRegistry::latest() const
{
    QMutexLocker lock(&m_latestMutex);
    return m_latest;
}

} // namespace aistack
