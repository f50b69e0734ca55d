#include "metricsregistry.h"

#include "processmetrics.h"

namespace aistack {

MetricsRegistry::MetricsRegistry()
{
    ProcessMetrics::install(*this);
}

template <typename T, typename... Args> T *MetricsRegistry::getOrAdd(const QString &name, Args &&...args)
{
    QMutexLocker lock(&m_mutex);
    for (const auto &f : m_families) {
        if (f->name() == name)
            return dynamic_cast<T *>(f.get());
    }
    m_families.push_back(std::make_unique<T>(name, std::forward<Args>(args)...));
    return static_cast<T *>(m_families.back().get());
}

Counter *MetricsRegistry::counter(const QString &name, const QString &help, const QStringList &labelNames)
{
    return getOrAdd<Counter>(name, help, labelNames);
}

Gauge *MetricsRegistry::gauge(const QString &name, const QString &help, const QStringList &labelNames)
{
    return getOrAdd<Gauge>(name, help, labelNames);
}

Histogram *MetricsRegistry::histogram(const QString &name, const QString &help, const QStringList &labelNames,
                                      const QVector<double> &buckets)
{
    return getOrAdd<Histogram>(name, help, labelNames, buckets);
}

void MetricsRegistry::addCollector(std::function<void()> collector)
{
    QMutexLocker lock(&m_mutex);
    m_collectors.push_back(std::move(collector));
}

MetricFamily *MetricsRegistry::find(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    for (const auto &f : m_families) {
        if (f->name() == name)
            return f.get();
    }
    return nullptr;
}

QByteArray MetricsRegistry::renderPrometheus() const
{
    std::vector<std::function<void()>> collectors;
    {
        QMutexLocker lock(&m_mutex);
        collectors = m_collectors;
    }
    for (const auto &c : collectors)
        c();
    QByteArray out;
    out.reserve(16 * 1024);
    QMutexLocker lock(&m_mutex);
    for (const auto &f : m_families)
        f->render(out);
    return out;
}

} // namespace aistack
