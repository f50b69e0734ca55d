#include "database.h"
#include "common/mayblock.h"
#include "common/threadhandoff.h"
#include "databaseunavailable.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <chrono>
#include <libpq-fe.h>
#include <mutex>
#include <poll.h>
#include <sqlite3.h>

namespace aistack {

namespace {
QAtomicInteger<quint64> g_instanceCounter;

// Statements kept per thread, by connection name and SQL (see Database::reused). Only the owning thread
// touches its map; a connection's entries go when the thread ends or the connection reopens.
using StatementMap = QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>>;
StatementMap &threadStatements()
{
    thread_local StatementMap statements;
    return statements;
}

// When each of this thread's connections was last handed out (steady clock, ms). Only the owning thread
// touches its map.
QHash<QString, qint64> &threadLastUse()
{
    thread_local QHash<QString, qint64> lastUse;
    return lastUse;
}

// A PostgreSQL connection idle for longer than this is asked for a round trip before it is handed out again:
// a server that restarted meanwhile has cut it, and the question is answered here, not by a failed statement.
constexpr qint64 kProbeAfterIdleMs = 1000;

QString quoteIdent(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// Checkpoints by the size of the write-ahead log, in pages. From kBackgroundCheckpoint on, the checkpoint
// thread copies the log back into the database while writers go on. A log only starts over once a checkpoint
// has copied all of it with no write in between, which a busy writer never leaves room for; so from
// kWriterCheckpoint on, the committing thread finishes the copy itself (little is left by then), as SQLite's
// automatic checkpoint would, and the next write starts the log over.
constexpr int kBackgroundCheckpoint = 1000;
constexpr int kWriterCheckpoint = 4000;

int walHook(void *database, sqlite3 *db, const char *name, int frames)
{
    if (frames >= kWriterCheckpoint)
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    else if (frames >= kBackgroundCheckpoint)
        static_cast<Database *>(database)->checkpointSoon();
    return SQLITE_OK;
}
} // namespace

// SQLite counts every allocation under one process-wide mutex unless told not to; with a connection per
// worker thread that mutex is contended on every query. Set once, before the first connection opens (later
// calls are refused by SQLite and change nothing).
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, []() { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

Database::Database(DatabaseSettings settings)
    : m_settings((configureSqliteOnce(), std::move(settings))),
      m_prefix(QStringLiteral("aistack-db-%1-").arg(g_instanceCounter.fetchAndAddRelaxed(1))),
      m_names(std::make_shared<Names>())
{
}

Database::~Database()
{
    if (m_checkpointer) {
        {
            QMutexLocker lock(&m_checkpointMutex);
            m_stopping = true;
            m_checkpointWanted.wakeAll();
        }
        m_checkpointer->wait(); // its connection closes as the thread finishes
    }
    // The last owner may let go on any thread: removeDatabase closes a connection without the
    // thread check that QSqlDatabase::database() makes.
    if (!m_keeperName.isEmpty())
        QSqlDatabase::removeDatabase(m_keeperName);
    QMutexLocker lock(&m_names->mutex);
    for (const QString &name : std::as_const(m_names->set))
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::connection(QString *error)
{
    AISTACK_BLOCKING();
    const QString name = m_prefix + QString::number(quintptr(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() && !connectionLost(db)) {
            if (!isPostgres())
                return db;
            const qint64 now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::steady_clock::now().time_since_epoch())
                                   .count();
            qint64 &lastUse = threadLastUse()[name];
            const bool recent = lastUse != 0 && now - lastUse < kProbeAfterIdleMs;
            lastUse = now;
            if (recent || exec(db, QStringLiteral("SELECT 1"), nullptr))
                return db;
        }
        if (db.isOpen())
            db.close(); // opened again below: the server is back, or the error says why not
        threadStatements().remove(name);
        if (openConnection(db, error))
            return db;
        return db;
    }
    const QString driver = isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    {
        QMutexLocker lock(&m_names->mutex);
        m_names->set.insert(name);
    }
    // Close and forget this thread's connection when the thread ends, once: a QThreadPool starts a thread
    // that expired again later (the same QThread, a new system thread with another id), and by then a thread
    // that took this id may own a connection of this name.
    std::weak_ptr<Names> weakNames = m_names;
    QThread *thread = QThread::currentThread();
    const auto once = static_cast<Qt::ConnectionType>(Qt::DirectConnection | Qt::SingleShotConnection);
    QObject::connect(
        thread, &QThread::finished, thread,
        [weakNames, name]() {
            threadStatements().remove(name); // this runs in the finishing thread
            threadLastUse().remove(name);
            const auto names = weakNames.lock();
            if (!names)
                return; // the Database is gone and has removed its connections
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isOpen())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
            QMutexLocker lock(&names->mutex);
            names->set.remove(name);
        },
        once);
    openConnection(db, error);
    return db;
}

Database::ReusedQuery Database::reused(const QString &sql, QString *error)
{
    QSqlDatabase db = connection(error);
    if (!db.isOpen())
        return ReusedQuery(nullptr);
    QString failure;
    auto prepare = [&]() {
        for (int attempt = 0;; ++attempt) {
            auto q = std::make_shared<QSqlQuery>(db);
            q->setForwardOnly(true);
            if (q->prepare(sql))
                return q;
            if (attempt == kSchemaChangeRetries || !schemaChanged(q->lastError())) {
                failure = q->lastError().text();
                if (error)
                    *error = failure;
                return std::shared_ptr<QSqlQuery>();
            }
        }
    };
    if (isPostgres()) { // kept statements are SQLite's: its driver finalizes them when the connection closes
        std::shared_ptr<QSqlQuery> q = prepare();
        // The server may have ended the connection since connection() checked it (a restart): the statement
        // was not run, so it is prepared again once on a new connection.
        if (!q && isDatabaseUnavailable(failure)) {
            db.close();
            if (openConnection(db, error))
                q = prepare();
        }
        return ReusedQuery(q);
    }
    QHash<QString, std::shared_ptr<QSqlQuery>> &mine = threadStatements()[db.connectionName()];
    auto it = mine.constFind(sql);
    if (it == mine.constEnd()) {
        std::shared_ptr<QSqlQuery> q = prepare();
        if (!q)
            return ReusedQuery(nullptr);
        if (mine.size() >= 64) // bounded: statements whose SQL varies are not worth keeping
            mine.clear();
        it = mine.insert(sql, q);
    }
    return ReusedQuery(*it);
}

bool Database::openConnection(QSqlDatabase &db, QString *error)
{
    if (!db.isValid()) {
        if (error)
            *error = QStringLiteral("the Qt SQL driver for %1 is not installed")
                         .arg(isPostgres() ? QStringLiteral("PostgreSQL (QPSQL)")
                                           : QStringLiteral("SQLite (QSQLITE)"));
        return false;
    }
    if (!isPostgres()) {
        const QString path = m_settings.sqlitePath;
        if (path == QLatin1String(":memory:")) {
            // One private in-memory database shared by this instance's connections.
            db.setDatabaseName(QStringLiteral("file:%1?mode=memory&cache=shared").arg(m_prefix));
            db.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(m_settings.busyTimeoutMs));
        } else {
            QDir().mkpath(QFileInfo(path).absolutePath());
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_settings.busyTimeoutMs));
        }
        if (!db.open()) {
            if (error)
                *error =
                    QStringLiteral("cannot open SQLite database %1: %2").arg(path, db.lastError().text());
            return false;
        }
        const bool memory = path == QLatin1String(":memory:");
        // Reads through a memory map: every thread's connection shares the operating system's page cache
        // instead of warming a private one (worker pools hold many connections).
        if (!(memory || exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), error)) ||
            !(memory || exec(db, QStringLiteral("PRAGMA mmap_size=1073741824"), error)) ||
            !exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), error) ||
            !exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), error))
            return false;
        for (const QString &pragma : std::as_const(m_settings.sqlitePragmas)) {
            if (!exec(db, QStringLiteral("PRAGMA ") + pragma, error))
                return false;
        }
        // Checkpoints move to the checkpoint thread (this replaces SQLite's automatic checkpoint, which
        // runs inside the commit that crosses its threshold).
        if (!memory) {
            const QVariant handle = db.driver()->handle();
            if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
                if (sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData()))
                    sqlite3_wal_hook(native, &walHook, this);
            }
        }
        return true;
    }
    const PostgresConfig &pg = m_settings.postgres;
    db.setHostName(pg.host);
    db.setPort(pg.port);
    db.setDatabaseName(pg.db);
    db.setUserName(pg.user);
    db.setPassword(pg.password);
    QStringList options{QStringLiteral("connect_timeout=5"), QStringLiteral("sslmode=") + pg.sslMode,
                        QStringLiteral("gssencmode=") + pg.gssEncMode};
    if (pg.caCertPath)
        options << QStringLiteral("sslrootcert=") + *pg.caCertPath;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("cannot connect to %1: %2")
                         .arg(m_settings.describe(), db.lastError().text().trimmed());
        return false;
    }
    exec(db, QStringLiteral("SET client_min_messages TO WARNING"), nullptr); // no NOTICE chatter in the log
    if (!pg.namespaceName.isEmpty() && pg.namespaceName != QLatin1String("public")) {
        const QString ns = quoteIdent(pg.namespaceName);
        // Two connections opening at once on a new schema race inside PostgreSQL's CREATE SCHEMA IF NOT
        // EXISTS (a duplicate-key error for the loser); the second attempt finds the schema.
        const QString create = QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(ns);
        if ((!exec(db, create, nullptr) && !exec(db, create, error)) ||
            !exec(db, QStringLiteral("SET search_path TO %1").arg(ns), error)) {
            db.close();
            return false;
        }
    }
    return true;
}

bool Database::connectionLost(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "PGconn*") != 0)
        return false;
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    if (!conn)
        return false;
    if (PQstatus(conn) == CONNECTION_BAD)
        return true;
    // An idle connection receives nothing unless the server ends it (a shutdown or a restart sends a notice,
    // then closes): asked without waiting, the socket says whether the server has closed its side.
    pollfd fd{PQsocket(conn), POLLRDHUP, 0};
    return fd.fd < 0 || (::poll(&fd, 1, 0) > 0 && (fd.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0);
}

bool Database::beginTransaction(QSqlDatabase &db, QString *error)
{
    // SQLite: take the write lock up front so that two writers never deadlock on upgrade.
    if (!isPostgres())
        return exec(db, QStringLiteral("BEGIN IMMEDIATE"), error);
    if (db.transaction())
        return true;
    if (error)
        *error = db.lastError().text();
    return false;
}

bool Database::keepAlive(QString *error)
{
    if (!m_keeperName.isEmpty())
        return true;
    const QString name = m_prefix + QStringLiteral("keeper");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    m_keeperName = name;
    return openConnection(db, error);
}

bool Database::ping(QString *error)
{
    QSqlDatabase db = connection(error);
    return db.isOpen() && exec(db, QStringLiteral("SELECT 1"), error);
}

void Database::checkpointSoon()
{
    QMutexLocker lock(&m_checkpointMutex);
    if (m_stopping)
        return;
    m_checkpointDue = true;
    if (!m_checkpointer) {
        m_checkpointer.reset(QThread::create([this]() { checkpointLoop(); }));
        m_checkpointer->setObjectName(QStringLiteral("aistack-checkpoint"));
        m_checkpointer->start(QThread::LowPriority);
    }
    m_checkpointWanted.wakeOne();
}

void Database::checkpointLoop()
{
    QMutexLocker lock(&m_checkpointMutex);
    for (;;) {
        while (!m_checkpointDue && !m_stopping)
            waitOn(m_checkpointWanted, m_checkpointMutex);
        if (m_stopping)
            return;
        m_checkpointDue = false;
        lock.unlock();
        // PASSIVE: copies what no reader still needs, never waits for the writer; the next writer starts the
        // log over once everything is copied.
        QString error;
        QSqlDatabase db = connection(&error);
        if (!db.isOpen() || !exec(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), &error))
            qWarning().noquote() << "database checkpoint:" << m_settings.describe() << ":" << error;
        lock.relock();
    }
}

} // namespace aistack
