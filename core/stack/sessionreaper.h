#pragma once

#include "config/appconfig.h"

#include <QObject>
#include <QTimer>

class QThreadPool;

namespace aistack {

class Gauge;
class SessionStore;
class StackSessions;

// Every reap interval, on the worker pool: ends idle sessions, deletes the documents of ended temporary
// sessions, writes the sessions' activity counted in memory, and refreshes the active-sessions gauge. A round never overlaps the previous one.
class SessionReaper : public QObject
{
    Q_OBJECT
public:
    SessionReaper(SessionsConfig config, StackSessions &sessions, SessionStore &store, QThreadPool *pool,
                  Gauge *activeSessions, QObject *parent = nullptr);

    void start();
    void reapNow();

private:
    SessionsConfig m_config;
    StackSessions &m_sessions;
    SessionStore &m_store;
    QThreadPool *m_pool;
    Gauge *m_active;
    QTimer m_timer;
    bool m_running = false;
    bool m_rememberedEnded = false; // the first round loads the sessions ended before the start
};

} // namespace aistack
