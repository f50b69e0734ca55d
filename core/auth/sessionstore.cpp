#include "sessionstore.h"

#include "secrethash.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace aistack {

namespace {
const QString kColumns = QStringLiteral(
    "id, client_id, scope, created_at, updated_at, last_used, status, stack_initialized, documents_deleted");

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

// SQLite gives back the ISO text Qt bound; PostgreSQL a QDateTime.
QDateTime timeOf(const QVariant &v)
{
    QDateTime t = v.toDateTime();
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

Session rowToSession(const QSqlQuery &q)
{
    Session s;
    s.id = q.value(0).toLongLong();
    s.clientId = q.value(1).toString();
    s.scope = scopeFromName(q.value(2).toString()).value_or(SessionScope::Temporary);
    s.createdAt = timeOf(q.value(3));
    s.updatedAt = timeOf(q.value(4));
    s.lastUsed = timeOf(q.value(5));
    s.active = q.value(6).toBool();
    s.stackInitialized = q.value(7).toBool();
    s.documentsDeleted = q.value(8).toBool();
    return s;
}

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

std::optional<NewSession> SessionStore::create(SessionScope scope, QString *error)
{
    NewSession n;
    n.clientSecret = SecretHash::newSecret();
    n.session.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    n.session.scope = scope;
    n.session.createdAt = n.session.updatedAt = n.session.lastUsed = now();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sessions (client_id, client_secret, scope, created_at, updated_at, "
                             "last_used, status, stack_initialized, documents_deleted) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(n.session.clientId);
    q.addBindValue(SecretHash::hash(n.clientSecret));
    q.addBindValue(scopeName(scope));
    q.addBindValue(n.session.createdAt);
    q.addBindValue(n.session.updatedAt);
    q.addBindValue(n.session.lastUsed);
    q.addBindValue(true);
    q.addBindValue(false);
    q.addBindValue(false);
    const auto lock = m_db.writeLock();
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    n.session.id = q.lastInsertId().toLongLong();
    return n;
}

SessionStore::Check SessionStore::verify(const QString &clientId, const QString &secret, Session *session,
                                         QString *error)
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return Check::Error;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1, client_secret FROM sessions WHERE client_id = ?").arg(kColumns));
    q.addBindValue(clientId);
    if (!q.exec())
        return failed(q, error), Check::Error;
    if (!q.next())
        return Check::NotActive;
    const Session s = rowToSession(q);
    const bool secretOk = SecretHash::matches(secret, q.value(9).toString());
    if (!s.active)
        return Check::NotActive;
    if (!secretOk)
        return Check::WrongSecret;
    *session = s;
    return Check::Ok;
}

std::optional<QVector<Session>> SessionStore::select(const QString &tail, const QVariantList &values,
                                                     QString *error)
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM sessions %2").arg(kColumns, tail));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    QVector<Session> out;
    while (q.next())
        out << rowToSession(q);
    return out;
}

std::optional<Session> SessionStore::find(const QString &clientId, QString *error)
{
    const auto rows = select(QStringLiteral("WHERE client_id = ?"), {clientId}, error);
    if (!rows || rows->isEmpty())
        return std::nullopt;
    return rows->first();
}

void SessionStore::forget(const QString &clientId)
{
    QMutexLocker lock(&m_cacheMutex);
    m_cache.remove(clientId);
    ++m_epoch; // reads that started before this change do not cache what they read
}

std::optional<Session> SessionStore::findActive(const QString &clientId, QString *error)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    quint64 epoch = 0;
    {
        QMutexLocker lock(&m_cacheMutex);
        const auto hit = m_cache.constFind(clientId);
        if (hit != m_cache.constEnd() && nowMs - hit->readAtMs < m_cacheMs)
            return hit->session;
        epoch = m_epoch;
    }
    std::optional<Session> s = find(clientId, error);
    if (s && !s->active)
        return std::nullopt;
    if (s && m_cacheMs > 0) {
        QMutexLocker lock(&m_cacheMutex);
        if (m_epoch != epoch)
            return s;
        if (m_cache.size() >= 100000)
            m_cache.clear(); // bounded: many clients only cost more reads
        m_cache.insert(clientId, Cached{*s, nowMs});
    }
    return s;
}

bool SessionStore::update(const QString &sql, const QString &clientId, const QVariantList &values,
                          QString *error)
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(now());
    q.addBindValue(clientId);
    const auto lock = m_db.writeLock();
    const bool ok = q.exec() || failed(q, error);
    forget(clientId);
    return ok;
}

bool SessionStore::touch(const Session &session, QString *error)
{
    if (session.lastUsed.isValid() && session.lastUsed.secsTo(now()) < m_touchSecs)
        return true;
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sessions SET last_used = ? WHERE client_id = ?"));
    q.addBindValue(now());
    q.addBindValue(session.clientId);
    const auto lock = m_db.writeLock();
    const bool ok = q.exec() || failed(q, error);
    forget(session.clientId);
    return ok;
}

bool SessionStore::setStackInitialized(const QString &clientId, bool initialized, QString *error)
{
    return update(
        QStringLiteral("UPDATE sessions SET stack_initialized = ?, updated_at = ? WHERE client_id = ?"),
        clientId, {initialized}, error);
}

bool SessionStore::deactivate(const QString &clientId, QString *error)
{
    return update(QStringLiteral("UPDATE sessions SET status = ?, stack_initialized = ?, updated_at = ? "
                                 "WHERE client_id = ?"),
                  clientId, {false, false}, error);
}

bool SessionStore::markDocumentsDeleted(const QString &clientId, QString *error)
{
    return update(
        QStringLiteral("UPDATE sessions SET documents_deleted = ?, updated_at = ? WHERE client_id = ?"),
        clientId, {true}, error);
}

std::optional<QStringList> SessionStore::expireIdle(const QDateTime &temporaryCutoff,
                                                    const std::optional<QDateTime> &persistentCutoff,
                                                    QString *error)
{
    QStringList expired;
    const QString where = QStringLiteral(" WHERE status = ? AND ((scope = 'temporary' AND last_used < ?)") +
                          (persistentCutoff ? QStringLiteral(" OR (scope = 'persistent' AND last_used < ?))")
                                            : QStringLiteral(")"));
    const auto lock = m_db.writeLock();
    const bool ok = m_db.transaction(
        [&](QSqlDatabase &db, QString *err) {
            for (const bool select : {true, false}) {
                QSqlQuery q(db);
                q.prepare(select ? QStringLiteral("SELECT client_id FROM sessions") + where
                                 : QStringLiteral("UPDATE sessions SET status = ?, stack_initialized = ?, "
                                                  "updated_at = ?") +
                                       where);
                if (!select) {
                    q.addBindValue(false);
                    q.addBindValue(false);
                    q.addBindValue(now());
                }
                q.addBindValue(true);
                q.addBindValue(temporaryCutoff.toUTC());
                if (persistentCutoff)
                    q.addBindValue(persistentCutoff->toUTC());
                if (!q.exec())
                    return failed(q, err);
                while (select && q.next())
                    expired << q.value(0).toString();
            }
            return true;
        },
        error);
    for (const QString &id : std::as_const(expired))
        forget(id);
    if (!ok)
        return std::nullopt;
    return expired;
}

std::optional<QVector<Session>> SessionStore::pendingCleanup(QString *error)
{
    return select(
        QStringLiteral("WHERE status = ? AND scope = 'temporary' AND documents_deleted = ? ORDER BY id"),
        {false, false}, error);
}

std::optional<QHash<QString, int>> SessionStore::activeCounts(QString *error)
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT scope, COUNT(*) FROM sessions WHERE status = ? GROUP BY scope"));
    q.addBindValue(true);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    QHash<QString, int> counts{{QStringLiteral("temporary"), 0}, {QStringLiteral("persistent"), 0}};
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

std::optional<QVector<Session>> SessionStore::list(int limit, QString *error)
{
    return select(QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit}, error);
}

} // namespace aistack
