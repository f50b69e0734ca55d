#pragma once

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace aistack {

// What changed in the KISS sessions, whoever changed them (a client, the reaper, the desktop). Emitted after
// the change is committed; lives in the thread that made the session store (the GUI thread), so receivers
// there get the signals directly and others queued. Activity (queries, stored files, tokens, last use) is
// only noted as it happens and reported at most once per interval for all the sessions noted meanwhile, so
// a busy server costs a hash insert per request, not a signal.
class SessionEvents : public QObject
{
    Q_OBJECT
public:
    explicit SessionEvents(QObject *parent = nullptr) : QObject(parent) {}

    // Thread-safe. changed() follows within the activity interval, once for every session noted until then.
    void noteActivity(const QString &clientId);
    void setActivityInterval(int ms) { m_intervalMs = ms; }

Q_SIGNALS:
    void created(const QString &clientId);
    // Its stack was initialised or closed, its documents deleted, or its activity counters moved.
    void changed(const QStringList &clientIds);
    // Closed, revoked or expired: its tokens no longer work.
    void ended(const QStringList &clientIds);

private:
    void reportNoted();

    QMutex m_mutex;
    QSet<QString> m_noted;
    bool m_scheduled = false;
    int m_intervalMs = 500;
};

} // namespace aistack
