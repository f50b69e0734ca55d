#include "desktopsessions.h"
#include "common/runonpool.h"

#include "common/mayblock.h"
#include "metrics/metricfamily.h"
#include "sessionstore.h"
#include "stack/stacksessions.h"
#include "storage/storagegate.h"

namespace aistack {

DesktopSessions::DesktopSessions(Parts parts, const SessionsConfig &config)
    : m_parts(parts), m_temporaryIdleSecs(config.temporaryIdleSeconds),
      m_persistentIdleSecs(qint64(config.persistentIdleDays) * 86400)
{
}

SessionEvents *DesktopSessions::events() const
{
    return m_parts.store->events();
}

ConversationEvents *DesktopSessions::conversationEvents() const
{
    return m_parts.conversations->events();
}

SessionState DesktopSessions::stateOf(const Session &session) const
{
    return aistack::stateOf(session, m_temporaryIdleSecs, m_persistentIdleSecs);
}

// Runs fn(error) on the pool once the database is ready; fn returns std::optional<T> (nullopt: *error).
template <typename Fn> auto DesktopSessions::onPool(Fn fn) const
{
    using T = typename std::invoke_result_t<Fn, QString *>::value_type;
    return runOnPool(m_parts.pool, [fn = std::move(fn), gate = m_parts.gate]() {
        AISTACK_BLOCKING();
        QString error;
        if (gate && !gate->wait(&error))
            return Outcome<T>::failure(error);
        std::optional<T> value = fn(&error);
        return value ? Outcome<T>::success(std::move(*value)) : Outcome<T>::failure(error);
    });
}

QFuture<Outcome<QVector<Session>>> DesktopSessions::sessions(int limit) const
{
    SessionStore *store = m_parts.store;
    return onPool([store, limit](QString *error) { return store->list(limit, error); });
}

QFuture<Outcome<QVector<Session>>> DesktopSessions::sessions(const QStringList &clientIds) const
{
    SessionStore *store = m_parts.store;
    return onPool([store, clientIds](QString *error) { return store->findMany(clientIds, error); });
}

QFuture<QString> DesktopSessions::close(const QString &clientId) const
{
    return act(clientId, Action::Close);
}

QFuture<QString> DesktopSessions::revoke(const QString &clientId) const
{
    return act(clientId, Action::Revoke);
}

QFuture<QString> DesktopSessions::act(const QString &clientId, Action action) const
{
    const Parts parts = m_parts;
    return runOnPool(parts.pool, [parts, clientId, action]() {
        AISTACK_BLOCKING();
        QString error;
        if (parts.gate && !parts.gate->wait(&error))
            return error;
        const std::optional<Session> before = parts.store->find(clientId, &error);
        const StackError e = action == Action::Close ? parts.stacks->closeSession(clientId)
                                                     : parts.stacks->revokeSession(clientId);
        if (!e.ok())
            return e.message;
        // Closing a persistent session keeps it active; every other action here ends it.
        const bool ended = action == Action::Revoke || (before && before->scope == SessionScope::Temporary);
        if (ended && before && parts.activeSessions)
            parts.activeSessions->add(-1, {scopeName(before->scope)});
        return QString();
    });
}

QFuture<Outcome<QVector<ConversationUser>>> DesktopSessions::users() const
{
    Database *db = &m_parts.conversations->database();
    return onPool([db](QString *error) { return ConversationUsers::list(*db, error); });
}

QFuture<Outcome<QVector<ConversationUser>>> DesktopSessions::users(const QStringList &userIds) const
{
    Database *db = &m_parts.conversations->database();
    return onPool([db, userIds](QString *error) { return ConversationUsers::find(*db, userIds, error); });
}

QFuture<Outcome<QVector<ConversationSummary>>> DesktopSessions::conversations(const QString &userId) const
{
    ConversationStore *store = m_parts.conversations;
    return onPool([store, userId](QString *error) {
        return DesktopConversations(*store).summaries(userId, QString(), error);
    });
}

QFuture<Outcome<QVector<ConversationTurn>>> DesktopSessions::turns(const QString &conversationId) const
{
    ConversationStore *store = m_parts.conversations;
    return onPool([store, conversationId](QString *error) { return store->turns(conversationId, error); });
}

} // namespace aistack
