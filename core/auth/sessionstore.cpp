#include "sessionstore.h"

#include "config/configidentity.h"
#include "secrethash.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace aistack {

namespace {
const QString kColumns = QStringLiteral(
    "id, client_id, scope, created_at, updated_at, last_used, status, stack_initialized, documents_deleted, "
    "config_id, peer_address, revoked_at, query_count, document_count, token_count");
const int kSecretColumn = 15; // after kColumns

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

// "2026-12-02T00:38:01.123Z", the text Qt binds for a UTC time, read digit by digit (QDateTime's own parser
// costs several times more, and the Sessions pane reads thousands of rows at a time); nullopt for any other
// shape.
std::optional<QDateTime> parseUtcIso(const QString &text)
{
    const int n = int(text.size());
    if (n < 20 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-') ||
        text.at(10) != QLatin1Char('T') || text.at(13) != QLatin1Char(':') ||
        text.at(16) != QLatin1Char(':') || text.at(n - 1) != QLatin1Char('Z'))
        return std::nullopt;
    bool ok = true;
    const auto number = [&](int from, int digits) {
        int value = 0;
        for (int i = from; i < from + digits; ++i) {
            const int d = text.at(i).unicode() - '0';
            ok = ok && d >= 0 && d <= 9;
            value = value * 10 + d;
        }
        return value;
    };
    int ms = 0;
    if (n == 24 && text.at(19) == QLatin1Char('.'))
        ms = number(20, 3);
    else if (n != 20)
        return std::nullopt;
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), ms);
    if (!ok || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

// SQLite gives back the ISO text Qt bound; PostgreSQL a QDateTime.
QDateTime timeOf(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QString)
        if (const std::optional<QDateTime> t = parseUtcIso(v.toString()))
            return *t;
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
    s.configId = q.value(9).toString();
    s.peerAddress = q.value(10).toString();
    if (!q.value(11).isNull())
        s.revokedAt = timeOf(q.value(11));
    s.queryCount = q.value(12).toLongLong();
    s.documentCount = q.value(13).toLongLong();
    s.tokenCount = q.value(14).toLongLong();
    return s;
}

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

std::optional<NewSession> SessionStore::create(SessionScope scope, QString *error, const QString &peerAddress)
{
    NewSession n;
    n.session.peerAddress = peerAddress;
    n.session.configId = m_identity ? m_identity->current() : QString();
    n.clientSecret = SecretHash::newSecret();
    n.session.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    n.session.scope = scope;
    n.session.createdAt = n.session.updatedAt = n.session.lastUsed = now();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO sessions (client_id, client_secret, scope, created_at, updated_at, "
                       "last_used, status, stack_initialized, documents_deleted, config_id, peer_address) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(n.session.clientId);
    q.addBindValue(SecretHash::hash(n.clientSecret));
    q.addBindValue(scopeName(scope));
    q.addBindValue(n.session.createdAt);
    q.addBindValue(n.session.updatedAt);
    q.addBindValue(n.session.lastUsed);
    q.addBindValue(true);
    q.addBindValue(false);
    q.addBindValue(false);
    q.addBindValue(n.session.configId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                : n.session.configId);
    q.addBindValue(peerAddress.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : peerAddress);
    {
        const auto lock = m_db.writeLock();
        if (!q.exec()) {
            failed(q, error);
            return std::nullopt;
        }
    }
    n.session.id = q.lastInsertId().toLongLong();
    Q_EMIT m_events.created(n.session.clientId);
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
    const bool secretOk = SecretHash::matches(secret, q.value(kSecretColumn).toString());
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
    // Every KISS request and frame reads its session here: a statement prepared once per thread.
    static const QString sql = QStringLiteral("SELECT %1 FROM sessions WHERE client_id = ?").arg(kColumns);
    const Database::ReusedQuery q = m_db.reused(sql, error);
    if (!q)
        return std::nullopt;
    q->bindValue(0, clientId);
    if (!q->exec()) {
        failed(*q, error);
        return std::nullopt;
    }
    if (!q->next())
        return std::nullopt;
    return rowToSession(*q);
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
    const QDateTime at = now();
    if (session.lastUsed.isValid() && session.lastUsed.secsTo(at) < m_touchSecs) {
        {
            QMutexLocker lock(&m_activityMutex);
            m_activity[session.clientId].lastUsed = at;
        }
        m_events.noteActivity(session.clientId);
        return true;
    }
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return false;
    const Activity activity = takeActivity(session.clientId);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sessions SET last_used = ?, query_count = query_count + ?, "
                             "document_count = document_count + ?, token_count = token_count + ? "
                             "WHERE client_id = ?"));
    q.addBindValue(at);
    q.addBindValue(activity.queries);
    q.addBindValue(activity.documents);
    q.addBindValue(activity.tokens);
    q.addBindValue(session.clientId);
    bool ok = false;
    {
        const auto lock = m_db.writeLock();
        ok = q.exec() || failed(q, error);
    }
    if (!ok)
        giveBack(session.clientId, activity);
    forget(session.clientId);
    m_events.noteActivity(session.clientId);
    return ok;
}

SessionStore::Activity SessionStore::takeActivity(const QString &clientId)
{
    QMutexLocker lock(&m_activityMutex);
    return m_activity.take(clientId);
}

void SessionStore::giveBack(const QString &clientId, const Activity &activity)
{
    QMutexLocker lock(&m_activityMutex);
    Activity &mine = m_activity[clientId];
    mine.queries += activity.queries;
    mine.documents += activity.documents;
    mine.tokens += activity.tokens;
    if (!mine.lastUsed.isValid())
        mine.lastUsed = activity.lastUsed;
}

void SessionStore::recordActivity(const QString &clientId, qint64 queries, qint64 documents, qint64 tokens)
{
    {
        QMutexLocker lock(&m_activityMutex);
        Activity &a = m_activity[clientId];
        a.queries += queries;
        a.documents += documents;
        a.tokens += tokens;
    }
    m_events.noteActivity(clientId);
}

bool SessionStore::flushActivity(QString *error)
{
    QHash<QString, Activity> pending;
    {
        QMutexLocker lock(&m_activityMutex);
        pending.swap(m_activity);
    }
    if (pending.isEmpty())
        return true;
    const auto lock = m_db.writeLock();
    const bool ok = m_db.transaction(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE sessions SET query_count = query_count + ?, "
                                     "document_count = document_count + ?, token_count = token_count + ?, "
                                     "last_used = COALESCE(?, last_used) WHERE client_id = ?"));
            for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
                q.addBindValue(it->queries);
                q.addBindValue(it->documents);
                q.addBindValue(it->tokens);
                q.addBindValue(it->lastUsed.isValid() ? QVariant(it->lastUsed)
                                                      : QVariant(QMetaType(QMetaType::QDateTime)));
                q.addBindValue(it.key());
                if (!q.exec())
                    return failed(q, err);
            }
            return true;
        },
        error);
    if (!ok) {
        for (auto it = pending.cbegin(); it != pending.cend(); ++it)
            giveBack(it.key(), *it);
        return false;
    }
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        forget(it.key());
    return true;
}

void SessionStore::withPending(QVector<Session> &rows)
{
    QMutexLocker lock(&m_activityMutex);
    if (m_activity.isEmpty())
        return;
    for (Session &s : rows) {
        const auto it = m_activity.constFind(s.clientId);
        if (it == m_activity.constEnd())
            continue;
        s.queryCount += it->queries;
        s.documentCount += it->documents;
        s.tokenCount += it->tokens;
        if (it->lastUsed.isValid() && it->lastUsed > s.lastUsed)
            s.lastUsed = it->lastUsed;
    }
}

void SessionStore::markEnded(const QStringList &clientIds)
{
    if (clientIds.isEmpty())
        return;
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QMutexLocker lock(&m_endedMutex);
        for (const QString &id : clientIds)
            m_ended.insert(id, now);
    }
    Q_EMIT m_events.ended(clientIds);
}

bool SessionStore::hasEnded(const QString &clientId) const
{
    QMutexLocker lock(&m_endedMutex);
    return m_ended.contains(clientId);
}

bool SessionStore::rememberEnded(const QDateTime &since, QString *error)
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT client_id, updated_at FROM sessions WHERE status = ? AND updated_at >= ?"));
    q.addBindValue(false);
    q.addBindValue(since.toUTC());
    if (!q.exec())
        return failed(q, error);
    QMutexLocker lock(&m_endedMutex);
    while (q.next()) {
        const QString clientId = q.value(0).toString();
        if (!m_ended.contains(clientId))
            m_ended.insert(clientId, timeOf(q.value(1)));
    }
    return true;
}

int SessionStore::forgetEndedBefore(const QDateTime &cutoff)
{
    QMutexLocker lock(&m_endedMutex);
    for (auto it = m_ended.begin(); it != m_ended.end();)
        it = it.value() < cutoff ? m_ended.erase(it) : std::next(it);
    return int(m_ended.size());
}

QString SessionStore::currentConfigId() const
{
    return m_identity ? m_identity->current() : QString();
}

bool SessionStore::setStackInitialized(const QString &clientId, bool initialized, QString *error)
{
    // A stack built now is built from the configuration in force: the session records it.
    const bool ok =
        initialized && m_identity
            ? update(
                  QStringLiteral("UPDATE sessions SET stack_initialized = ?, config_id = ?, updated_at = ? "
                                 "WHERE client_id = ?"),
                  clientId, {initialized, m_identity->current()}, error)
            : update(QStringLiteral(
                         "UPDATE sessions SET stack_initialized = ?, updated_at = ? WHERE client_id = ?"),
                     clientId, {initialized}, error);
    if (ok)
        Q_EMIT m_events.changed({clientId});
    return ok;
}

bool SessionStore::deactivate(const QString &clientId, QString *error)
{
    const bool ok =
        update(QStringLiteral("UPDATE sessions SET status = ?, stack_initialized = ?, updated_at = ? "
                              "WHERE client_id = ?"),
               clientId, {false, false}, error);
    if (ok)
        markEnded({clientId});
    return ok;
}

bool SessionStore::revoke(const QString &clientId, QString *error)
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sessions SET status = ?, stack_initialized = ?, revoked_at = ?, "
                             "updated_at = ? WHERE client_id = ?"));
    const QDateTime at = now();
    q.addBindValue(false);
    q.addBindValue(false);
    q.addBindValue(at);
    q.addBindValue(at);
    q.addBindValue(clientId);
    bool ok = false;
    {
        const auto lock = m_db.writeLock();
        ok = q.exec() || failed(q, error);
    }
    forget(clientId);
    if (!ok)
        return false;
    if (q.numRowsAffected() == 0) {
        if (error)
            error->clear();
        return false;
    }
    markEnded({clientId});
    return true;
}

bool SessionStore::markDocumentsDeleted(const QString &clientId, QString *error)
{
    const bool ok = update(
        QStringLiteral("UPDATE sessions SET documents_deleted = ?, updated_at = ? WHERE client_id = ?"),
        clientId, {true}, error);
    if (ok)
        Q_EMIT m_events.changed({clientId});
    return ok;
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
    markEnded(expired);
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
    auto rows = select(QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit}, error);
    if (rows)
        withPending(*rows);
    return rows;
}

std::optional<QVector<Session>> SessionStore::findMany(const QStringList &clientIds, QString *error)
{
    QVector<Session> out;
    // In slices, so that the statement stays within every database's limit of bound values.
    for (qsizetype from = 0; from < clientIds.size(); from += 500) {
        const QStringList slice = clientIds.mid(from, 500);
        QStringList marks;
        QVariantList values;
        for (const QString &id : slice) {
            marks << QStringLiteral("?");
            values << id;
        }
        auto rows = select(QStringLiteral("WHERE client_id IN (%1)").arg(marks.join(QLatin1Char(','))),
                           values, error);
        if (!rows)
            return std::nullopt;
        out += *rows;
    }
    withPending(out);
    return out;
}

} // namespace aistack
