#include "sessionreaper.h"

#include "auth/sessionstore.h"
#include "metrics/metricfamily.h"
#include "stacksessions.h"

#include "common/poolcall.h"
#include <QLoggingCategory>

namespace aistack {

SessionReaper::SessionReaper(SessionsConfig config, StackSessions &sessions, SessionStore &store,
                             QThreadPool *pool, Gauge *activeSessions, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_sessions(sessions), m_store(store), m_pool(pool),
      m_active(activeSessions)
{
    m_timer.setInterval(m_config.reapIntervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &SessionReaper::reapNow);
}

void SessionReaper::start()
{
    m_timer.start();
    reapNow();
}

void SessionReaper::reapNow()
{
    if (m_running)
        return;
    m_running = true;
    StackSessions *sessions = &m_sessions;
    SessionStore *store = &m_store;
    Gauge *active = m_active;
    const SessionsConfig config = m_config;
    const bool remember = !m_rememberedEnded;
    poolCall(
        m_pool, this,
        [sessions, store, active, config, remember]() {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QString error;
            // Tokens of sessions ended before this start may still be within their lifetime: the WebSocket
            // handshake refuses them too.
            // A token is valid for tokenExpireMinutes after it was issued (plus a minute of clock leeway), so
            // a session that ended longer ago than that has no valid token left.
            const QDateTime oldestValidIssue = now.addSecs(-60LL * config.tokenExpireMinutes - 60);
            if (remember && !store->rememberEnded(oldestValidIssue, &error))
                qWarning().noquote() << "sessions: ended sessions not loaded:" << error;
            store->forgetEndedBefore(oldestValidIssue);
            if (!store->flushActivity(&error))
                qWarning().noquote() << "sessions: activity not written yet:" << error;
            const StackSessions::ReapReport report = sessions->reap(config, now);
            if (report.expired > 0 || report.cleaned > 0)
                qInfo().noquote() << "sessions:" << report.expired << "expired," << report.cleaned
                                  << "temporary sessions' documents deleted";
            if (!report.error.isEmpty())
                qWarning().noquote() << "sessions: cleanup incomplete, retrying later:" << report.error;
            if (const auto counts = store->activeCounts(&error); counts && active) {
                for (auto it = counts->cbegin(); it != counts->cend(); ++it)
                    active->set(it.value(), {it.key()});
            }
        },
        [this]() {
            m_running = false;
            m_rememberedEnded = true;
        });
}

} // namespace aistack
