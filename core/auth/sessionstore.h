#pragma once

#include "session.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <QVariantList>
#include <QVector>
#include <optional>

namespace aistack {

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

    std::optional<NewSession> create(SessionScope scope, QString *error);

    enum class Check { Ok, NotActive, WrongSecret, Error };
    // Checks a client's credentials; on Ok, *session is the row.
    Check verify(const QString &clientId, const QString &secret, Session *session, QString *error);

    // The session row if it exists and is active; nullopt and an empty *error when there is none. Answered
    // from memory for up to the cache time (default 2 s) after the last read: changes made through this
    // store show at once; a change made by another process sharing the database shows within that time.
    std::optional<Session> findActive(const QString &clientId, QString *error);
    void setCacheMilliseconds(int ms) { m_cacheMs = ms; }
    std::optional<Session> find(const QString &clientId, QString *error);

    // Records use. Writes only when the stored time is older than the touch interval, so a busy client costs
    // few writes.
    bool touch(const Session &session, QString *error);
    bool setStackInitialized(const QString &clientId, bool initialized, QString *error);
    // Deactivates a session: its tokens stop working at once.
    bool deactivate(const QString &clientId, QString *error);
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
    // The newest sessions first, for the desktop's session pane.
    std::optional<QVector<Session>> list(int limit, QString *error);

private:
    bool update(const QString &sql, const QString &clientId, const QVariantList &values, QString *error);
    // The rows of "SELECT <session columns> FROM sessions <tail>" with the values bound in order.
    std::optional<QVector<Session>> select(const QString &tail, const QVariantList &values, QString *error);
    void forget(const QString &clientId);
    Database &m_db;
    int m_touchSecs = 60;
    int m_cacheMs = 2000;
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
