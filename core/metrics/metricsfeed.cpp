#include "metricsfeed.h"

#include "metricsregistry.h"

namespace aistack {

namespace {
double total(const MetricFamily *f)
{
    if (!f)
        return 0;
    switch (f->type()) {
    case MetricFamily::Type::Counter:
        return static_cast<const Counter *>(f)->total();
    case MetricFamily::Type::Gauge:
        return static_cast<const Gauge *>(f)->value();
    case MetricFamily::Type::Histogram:
        return double(static_cast<const Histogram *>(f)->count());
    }
    return 0;
}
} // namespace

MetricsFeed::MetricsFeed(MetricsRegistry *registry, int intervalMs, QObject *parent)
    : PeriodicSampler(intervalMs, parent), m_registry(registry)
{
}

int MetricsFeed::watch(const QString &name)
{
    m_names << name;
    m_families << m_registry->find(name);
    return int(m_names.size()) - 1;
}

void MetricsFeed::sample()
{
    QVector<double> values(m_families.size());
    for (int i = 0; i < m_families.size(); ++i) {
        if (!m_families[i])
            m_families[i] = m_registry->find(m_names[i]);
        values[i] = total(m_families[i]);
    }
    Q_EMIT sampled(values);
}

} // namespace aistack
