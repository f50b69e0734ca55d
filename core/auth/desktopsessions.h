#pragma once

#include "common/outcome.h"
#include "config/appconfig.h"
#include "conversations/desktopconversations.h"
#include "conversations/conversationusers.h"
#include "session.h"

#include <QFuture>
#include <QStringList>

class QThreadPool;

namespace aistack {

class Gauge;
class SessionEvents;
class SessionStore;
class StackSessions;
class StorageGate;

// What the desktop's Sessions pane asks of the core: the KISS sessions and the Lightspeed users with their
// conversations, and the administrator's actions on sessions. Every call runs on the pool (after the
// migrations) and returns a future; live updates come from events() and conversationEvents().
class DesktopSessions
{
public:
    struct Parts
    {
        SessionStore *store = nullptr;
        StackSessions *stacks = nullptr;
        ConversationStore *conversations = nullptr;
        QThreadPool *pool = nullptr;
        const StorageGate *gate = nullptr;
        Gauge *activeSessions = nullptr; // aistack_sessions_active{scope}
    };
    DesktopSessions(Parts parts, const SessionsConfig &config);

    SessionEvents *events() const;
    ConversationEvents *conversationEvents() const;

    // The newest sessions first, at most `limit`.
    QFuture<Outcome<QVector<Session>>> sessions(int limit = 100000) const;
    // These sessions, for a live update (those that no longer exist are left out).
    QFuture<Outcome<QVector<Session>>> sessions(const QStringList &clientIds) const;
    // Both resolve to an empty string on success, else the reason.
    QFuture<QString> close(const QString &clientId) const;
    QFuture<QString> revoke(const QString &clientId) const;
    SessionState stateOf(const Session &session) const;

    QFuture<Outcome<QVector<ConversationUser>>> users() const;
    QFuture<Outcome<QVector<ConversationUser>>> users(const QStringList &userIds) const;
    // The user's conversations with their titles, the most recent first.
    QFuture<Outcome<QVector<ConversationSummary>>> conversations(const QString &userId) const;
    QFuture<Outcome<QVector<ConversationTurn>>> turns(const QString &conversationId) const;

private:
    template <typename Fn> auto onPool(Fn fn) const;
    enum class Action { Close, Revoke };
    QFuture<QString> act(const QString &clientId, Action action) const;

    Parts m_parts;
    qint64 m_temporaryIdleSecs;
    qint64 m_persistentIdleSecs;
};

} // namespace aistack
