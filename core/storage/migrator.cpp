#include "migrator.h"

#include "database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace aistack {

bool Migrator::ensureVersionTable(QString *error)
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_version ("
            "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")))
        return true;
    if (error)
        *error = QStringLiteral("cannot create schema_version: %1").arg(q.lastError().text());
    return false;
}

int Migrator::currentVersion(QString *error)
{
    if (!ensureVersionTable(error))
        return -1;
    QSqlQuery q(m_db.connection(error));
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool Migrator::migrate(const QVector<Migration> &migrations, QString *error)
{
    if (!ensureVersionTable(error))
        return false;
    for (const Migration &m : migrations) {
        const bool ok = m_db.transaction(
            [&](QSqlDatabase &db, QString *err) {
                QSqlQuery q(db);
                if (m_db.isPostgres()) // serialise concurrent instances migrating one server
                    q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242424242)"));
                if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version = %1")
                                .arg(m.version)) ||
                    !q.next()) {
                    *err = q.lastError().text();
                    return false;
                }
                if (q.value(0).toInt() > 0)
                    return true; // already applied
                const QStringList &statements = m_db.isPostgres() ? m.postgres : m.sqlite;
                for (const QString &sql : statements) {
                    if (!q.exec(sql)) {
                        *err = QStringLiteral("migration %1 (%2) failed: %3")
                                   .arg(m.version)
                                   .arg(m.description, q.lastError().text());
                        return false;
                    }
                }
                q.prepare(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                         "VALUES (?, ?, ?)"));
                q.addBindValue(m.version);
                q.addBindValue(m.description);
                q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                if (!q.exec()) {
                    *err = q.lastError().text();
                    return false;
                }
                return true;
            },
            error);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace aistack
