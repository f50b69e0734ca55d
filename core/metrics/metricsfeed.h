#pragma once

#include "periodicsampler.h"

#include <QStringList>
#include <QVector>

namespace aistack {

class MetricFamily;
class MetricsRegistry;

// Live figures for a pane: the families it names are looked up once, then read together in one batch at a
// steady rate while the pane is visible (setActive), and not at all while it is hidden. Counters and
// histograms give their totals (sum over series; a histogram its count), gauges their value.
class MetricsFeed : public PeriodicSampler
{
    Q_OBJECT
public:
    explicit MetricsFeed(MetricsRegistry *registry, int intervalMs = 250, QObject *parent = nullptr);

    // Adds a family by name; returns its index in sampled()'s values. A family registered later is found at
    // the first sample after it exists.
    int watch(const QString &name);
    void sample() override;

Q_SIGNALS:
    void sampled(const QVector<double> &values);

private:
    MetricsRegistry *m_registry;
    QStringList m_names;
    QVector<MetricFamily *> m_families;
};

} // namespace aistack
