#pragma once

#include "metricfamily.h"

#include <QByteArray>
#include <QMutex>
#include <functional>
#include <memory>
#include <vector>

namespace aistack {

// The metrics of one aistack instance. Handed out by the composition root; feeds /metrics
// and the GUI. Registering a name twice returns the family registered first.
class MetricsRegistry
{
public:
    MetricsRegistry();

    Counter *counter(const QString &name, const QString &help, const QStringList &labelNames = {});
    Gauge *gauge(const QString &name, const QString &help, const QStringList &labelNames = {});
    Histogram *histogram(const QString &name, const QString &help, const QStringList &labelNames = {},
                         const QVector<double> &buckets = Histogram::defaultBuckets());

    // Called before every render, e.g. to sample process figures.
    void addCollector(std::function<void()> collector);

    MetricFamily *find(const QString &name) const;
    QByteArray renderPrometheus() const;

    static const char *contentType() { return "text/plain; version=0.0.4; charset=utf-8"; }

private:
    template <typename T, typename... Args> T *getOrAdd(const QString &name, Args &&...args);

    mutable QMutex m_mutex;
    std::vector<std::unique_ptr<MetricFamily>> m_families;
    std::vector<std::function<void()>> m_collectors;
};

} // namespace aistack
