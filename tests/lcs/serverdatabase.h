#pragma once

#include "headlessprocess.h"
#include "kisstestconfig.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace aistack::test {

// Runs SQL in the database a test server uses, from the test, beside the server: its app.db on SQLite, or its
// schema on PostgreSQL. Returns what went wrong, or nothing.
inline QString runInServerDatabase(const KissDatabase &db, const HeadlessProcess &app, const QString &schema,
                                   const QStringList &statements)
{
    const QString name = QStringLiteral("server-database-") + schema;
    QString error;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(
            db.postgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (db.postgres()) {
            c.setHostName(QStringLiteral("127.0.0.1"));
            c.setPort(db.cluster().port());
            c.setDatabaseName(db.cluster().database());
            c.setUserName(db.cluster().user());
            c.setPassword(db.cluster().password());
        } else {
            c.setDatabaseName(QDir(app.dir()).filePath(QStringLiteral("app.db")));
        }
        if (!c.open()) {
            error = c.lastError().text();
        } else {
            QSqlQuery q(c);
            QStringList all = statements;
            if (db.postgres())
                all.prepend(QStringLiteral("SET search_path TO \"%1\"").arg(schema));
            for (const QString &sql : std::as_const(all)) {
                if (!q.exec(sql)) {
                    error = sql + QStringLiteral(": ") + q.lastError().text();
                    break;
                }
            }
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace aistack::test
