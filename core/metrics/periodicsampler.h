#pragma once

#include <QObject>
#include <QTimer>

namespace aistack {

// Something that reads the metrics registry at a steady rate while it is active (and not at all otherwise):
// the base of a pane's live figures (MetricsFeed) and of the Metrics pane's history (MetricsHistory).
class PeriodicSampler : public QObject
{
    Q_OBJECT
public:
    // Starts (with one sample at once) or stops sampling.
    void setActive(bool active);
    bool isActive() const { return m_timer.isActive(); }
    // One sample now.
    virtual void sample() = 0;

protected:
    PeriodicSampler(int intervalMs, QObject *parent);

private:
    QTimer m_timer;
};

} // namespace aistack
