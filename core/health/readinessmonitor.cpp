#include "readinessmonitor.h"
#include "common/threadhandoff.h"

#include "readinesscheck.h"

#include <QThreadPool>

namespace aistack {

ReadinessMonitor::ReadinessMonitor(ReadinessRegistry *registry, QThreadPool *pool, int intervalMs,
                                   QObject *parent)
    : QObject(parent), m_registry(registry), m_pool(pool)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ReadinessMonitor::refreshNow);
}

// The owner drains the pool before the registry goes (AppServices' destructor); stopping the timer is enough.
ReadinessMonitor::~ReadinessMonitor() = default;

void ReadinessMonitor::start()
{
    refreshNow();
    m_timer.start();
}

void ReadinessMonitor::refreshNow()
{
    if (m_running->exchange(true))
        return;
    m_pool->start(handOff([registry = m_registry, running = m_running]() {
        registry->refresh();
        running->store(false);
    }));
}

} // namespace aistack
