#pragma once

#include <QObject>
#include <QTimer>
#include <QVector>

namespace aistack {

class MetricFamily;
class MetricsRegistry;

// Live figures for a pane: the families it names are looked up once, then read together in one batch at a
// steady rate while the pane is visible (setActive), and not at all while it is hidden. Counters and
// histograms give their totals (sum over series; a histogram its count), gauges their value.
class MetricsFeed : public QObject
{
    Q_OBJECT
public:
    explicit MetricsFeed(MetricsRegistry *registry, int intervalMs = 250, QObject *parent = nullptr);

    // Adds a family by name; returns its index in sampled()'s values. A family registered later is found at
    // the first sample after it exists.
    int watch(const QString &name);
    // Starts (with one sample at once) or stops sampling.
    void setActive(bool active);
    bool isActive() const { return m_timer.isActive(); }
    // One sample now.
    void sample();

Q_SIGNALS:
    void sampled(const QVector<double> &values);

private:
    MetricsRegistry *m_registry;
    QStringList m_names;
    QVector<MetricFamily *> m_families;
    QTimer m_timer;
};

} // namespace aistack
