#include "periodicsampler.h"

namespace aistack {

PeriodicSampler::PeriodicSampler(int intervalMs, QObject *parent) : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this]() { sample(); });
}

void PeriodicSampler::setActive(bool active)
{
    if (active == m_timer.isActive())
        return;
    if (active) {
        m_timer.start();
        sample();
    } else {
        m_timer.stop();
    }
}

} // namespace aistack
