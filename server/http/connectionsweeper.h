#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

namespace aistack {

class ConnectionGuard;

// One timer for all connections of a listener: every 250 ms it lets each guard check its idle
// and request deadlines. Per request a guard only notes a timestamp, which keeps the hot path
// free of timer (re)registration.
class ConnectionSweeper : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionSweeper(QObject *parent = nullptr);

    void add(ConnectionGuard *guard) { m_guards.insert(guard); }
    void remove(ConnectionGuard *guard) { m_guards.remove(guard); }
    static qint64 nowMs();

private:
    void sweep();
    QSet<ConnectionGuard *> m_guards;
    QTimer m_timer;
};

} // namespace aistack
