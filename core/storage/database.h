#pragma once

#include "databasesettings.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QWaitCondition>
#include <memory>
#include <mutex>
#include <utility>

class QThread;

namespace aistack {

// One relational database (SQLite or PostgreSQL) reached through QtSql.
// Every thread gets its own connection, opened on first use in that thread and removed
// when the thread finishes. Thread-safe.
class Database
{
public:
    explicit Database(DatabaseSettings settings);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseSettings &settings() const { return m_settings; }
    bool isPostgres() const { return m_settings.driver == DatabaseSettings::Driver::Postgres; }

    // The open connection of the calling thread. Returns an invalid/closed handle and sets
    // *error when the database cannot be opened.
    QSqlDatabase connection(QString *error = nullptr);

    // Runs fn inside one transaction on this thread's connection; rolls back when fn returns false.
    template <typename Fn> bool transaction(Fn &&fn, QString *error);

    // SQLite takes one writer at a time. Writers of this process that hold this lock wait for each other in
    // turn instead of in SQLite's busy handler, which polls with sleeps of up to 100 ms (a long tail under
    // load). Not locked on PostgreSQL.
    std::unique_lock<QMutex> writeLock()
    {
        return isPostgres() ? std::unique_lock<QMutex>() : std::unique_lock<QMutex>(m_writeMutex);
    }

    // A forward-only statement of this thread's connection. On SQLite it is prepared once and kept for the
    // life of the connection (SQLite parses SQL again on every prepare; hot paths reuse their statements);
    // on PostgreSQL it is prepared for this use only. Bind and exec as usual; the ReusedQuery resets the
    // statement when it goes out of scope, so that no read stays open. nullptr and *error when the
    // connection cannot be opened or the SQL does not prepare.
    class ReusedQuery;
    ReusedQuery reused(const QString &sql, QString *error);

    // SQLite's SQLITE_SCHEMA: the schema changed under a statement in a way SQLite does not retry itself. A
    // statement that opens a full-text (FTS5) table reads the table's configuration while SQLite prepares it,
    // and fails when another connection creates or drops a table at that moment ("vtable constructor
    // failed"); preparing or running it again succeeds. Callers retry up to kSchemaChangeRetries times.
    static bool schemaChanged(const QSqlError &error)
    {
        return error.nativeErrorCode() == QLatin1String("17");
    }
    static constexpr int kSchemaChangeRetries = 8;

    // A cheap round trip (SELECT 1); used by the readiness check.
    bool ping(QString *error);

    // An in-memory SQLite database lives as long as one connection to it is open. This opens one that stays
    // open until the Database is destroyed, whatever happens to the threads that used it.
    bool keepAlive(QString *error);

    // SQLite: wakes the checkpoint thread (called after a commit that leaves the write-ahead log long).
    void checkpointSoon();

private:
    bool openConnection(QSqlDatabase &db, QString *error);
    // PostgreSQL: whether the server has cut this connection (it restarted, or went away); looks without
    // waiting.
    static bool connectionLost(const QSqlDatabase &db);
    void checkpointLoop(); // the checkpoint thread
    bool beginTransaction(QSqlDatabase &db, QString *error);

    DatabaseSettings m_settings;
    QString m_prefix;
    struct Names
    {
        QMutex mutex;
        QSet<QString> set;
    };
    std::shared_ptr<Names> m_names; // shared with the thread-exit hooks
    QString m_keeperName;
    QMutex m_writeMutex;
    // SQLite file databases copy the write-ahead log back into the database on a thread of their own, so
    // that no committing thread stalls on a checkpoint and its fsync.
    QMutex m_checkpointMutex;
    QWaitCondition m_checkpointWanted;
    bool m_checkpointDue = false;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_checkpointer;
};

class Database::ReusedQuery
{
public:
    explicit ReusedQuery(std::shared_ptr<QSqlQuery> query) : m_query(std::move(query)) {}
    ReusedQuery(ReusedQuery &&other) noexcept = default;
    ReusedQuery(const ReusedQuery &) = delete;
    ReusedQuery &operator=(const ReusedQuery &) = delete;
    ~ReusedQuery()
    {
        if (m_query)
            m_query->finish();
    }
    QSqlQuery *operator->() const { return m_query.get(); }
    QSqlQuery &operator*() const { return *m_query; }
    explicit operator bool() const { return m_query != nullptr; }

private:
    std::shared_ptr<QSqlQuery> m_query;
};

template <typename Fn> bool Database::transaction(Fn &&fn, QString *error)
{
    QSqlDatabase db = connection(error);
    if (!db.isOpen() || !beginTransaction(db, error))
        return false;
    if (!fn(db, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace aistack
