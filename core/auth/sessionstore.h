#pragma once

#include "session.h"
#include "sessionevents.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QStringList>
#include <QVariantList>
#include <QVector>
#include <optional>

namespace aistack {

class ConfigIdentity;
class Database;

// The `sessions` table. Secrets are stored as salted hashes (SecretHash). Blocking: for worker threads.
// Every method reports a database failure through *error and its return value (nullopt / false / Error),
// so that callers can tell "no such session" from "the database is down".
class SessionStore
{
public:
    explicit SessionStore(Database &db) : m_db(db) {}

    // touch() writes only when the stored time is at least this old (default 60 s).
    void setTouchInterval(int seconds) { m_touchSecs = seconds; }

    // Sessions record the id of the configuration in force when they are created (none when not set).
    void setConfigIdentity(const ConfigIdentity *identity) { m_identity = identity; }
    // The id of the configuration in force (empty without an identity).
    QString currentConfigId() const;

    // peerAddress: the client's address, recorded with the session.
    std::optional<NewSession> create(SessionScope scope, QString *error, const QString &peerAddress = {});

    enum class Check { Ok, NotActive, WrongSecret, Error };
    // Checks a client's credentials; on Ok, *session is the row.
    Check verify(const QString &clientId, const QString &secret, Session *session, QString *error);

    // The session row if it exists and is active; nullopt and an empty *error when there is none. Read from
    // the database every time by default; with a cache time, answered from memory for up to that long after
    // the last read: changes made through this store show at once, a change made by another process sharing
    // the database within that time.
    std::optional<Session> findActive(const QString &clientId, QString *error);
    void setCacheMilliseconds(int ms) { m_cacheMs = ms; }
    std::optional<Session> find(const QString &clientId, QString *error);

    // Records use. Writes only when the stored time is older than the touch interval, so a busy client costs
    // few writes; the activity counted since the last write (recordActivity) goes with it.
    bool touch(const Session &session, QString *error);
    // Counts what a session did. Kept in memory (a hash update, no database write) until the session's next
    // touch() that writes, or flushActivity(); list() and findMany() include it already.
    void recordActivity(const QString &clientId, qint64 queries, qint64 documents, qint64 tokens);
    // Writes every session's activity counted so far (the reaper calls it each round).
    bool flushActivity(QString *error);
    bool setStackInitialized(const QString &clientId, bool initialized, QString *error);
    // Deactivates a session: its tokens stop working at once.
    bool deactivate(const QString &clientId, QString *error);
    // Ends a session for good on an administrator's word: deactivated and marked revoked. False with an
    // empty *error when there is no such session.
    bool revoke(const QString &clientId, QString *error);
    // The session was ended (closed, revoked, expired) while this process ran, or shortly before it started
    // (rememberEnded). Answered from memory, never blocks: for the WebSocket handshake on the server thread.
    bool hasEnded(const QString &clientId) const;
    // Loads the sessions ended since `since` (the oldest time a token still valid may have been issued).
    bool rememberEnded(const QDateTime &since, QString *error);
    // Forgets the sessions that ended before `cutoff`: no token issued before they ended is still valid, so
    // the token's own expiry refuses it (the reaper calls it each round, so the set stays bounded). Returns
    // how many are remembered still.
    int forgetEndedBefore(const QDateTime &cutoff);
    bool markDocumentsDeleted(const QString &clientId, QString *error);

    // Deactivates every active temporary session idle since before temporaryCutoff, and every persistent one
    // idle since before persistentCutoff (when given). Returns their client ids.
    std::optional<QStringList> expireIdle(const QDateTime &temporaryCutoff,
                                          const std::optional<QDateTime> &persistentCutoff, QString *error);
    // Inactive temporary sessions whose documents are still stored (closed, expired, or a crash between
    // deactivation and cleanup).
    std::optional<QVector<Session>> pendingCleanup(QString *error);

    // Active sessions by scope name ("temporary", "persistent").
    std::optional<QHash<QString, int>> activeCounts(QString *error);
    // The newest sessions first, for the desktop's session pane, with the activity not yet written.
    std::optional<QVector<Session>> list(int limit, QString *error);
    // These sessions (those that exist), with the activity not yet written.
    std::optional<QVector<Session>> findMany(const QStringList &clientIds, QString *error);

    // Who hears of every committed change. Lives in the thread that made the store.
    SessionEvents *events() { return &m_events; }

private:
    bool update(const QString &sql, const QString &clientId, const QVariantList &values, QString *error);
    // The rows of "SELECT <session columns> FROM sessions <tail>" with the values bound in order.
    std::optional<QVector<Session>> select(const QString &tail, const QVariantList &values, QString *error);
    void forget(const QString &clientId);
    void markEnded(const QStringList &clientIds);
    // Adds the activity not yet written to the rows.
    void withPending(QVector<Session> &rows);

    struct Activity
    {
        qint64 queries = 0;
        qint64 documents = 0;
        qint64 tokens = 0;
        QDateTime lastUsed; // set when a use was not written (within the touch interval)
    };
    // Takes a session's counted activity (writing it is the caller's job; give it back on failure).
    Activity takeActivity(const QString &clientId);
    void giveBack(const QString &clientId, const Activity &activity);

    Database &m_db;
    SessionEvents m_events;
    const ConfigIdentity *m_identity = nullptr;
    mutable QMutex m_activityMutex;
    QHash<QString, Activity> m_activity;
    mutable QMutex m_endedMutex;
    QHash<QString, QDateTime> m_ended; // client id -> when the session ended
    int m_touchSecs = 60;
    int m_cacheMs = 0;
    struct Cached
    {
        Session session;
        qint64 readAtMs = 0;
    };
    QMutex m_cacheMutex;
    QHash<QString, Cached> m_cache;
    quint64 m_epoch = 0; // bumped by every change made through this store
};

} // namespace aistack
