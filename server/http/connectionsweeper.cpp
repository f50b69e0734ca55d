#include "connectionsweeper.h"

#include "connectionguard.h"

#include <QElapsedTimer>

namespace aistack {

ConnectionSweeper::ConnectionSweeper(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionSweeper::sweep);
    m_timer.start();
}

qint64 ConnectionSweeper::nowMs()
{
    static QElapsedTimer clock = []() {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

void ConnectionSweeper::sweep()
{
    const qint64 now = nowMs();
    const QList<ConnectionGuard *> guards = m_guards.values(); // a check may close and remove one
    for (ConnectionGuard *g : guards) {
        if (m_guards.contains(g))
            g->checkDeadlines(now);
    }
}

} // namespace aistack
