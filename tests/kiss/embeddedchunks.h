#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace aistack::test {

// Chunks the embedded vector store (a real SQLite file, opened read-only) holds in a session's collections;
// -1 on error.
inline int embeddedChunks(const QString &vectorsDb, const QString &clientId)
{
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(vectorsDb);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM rag_chunks c JOIN rag_collections k ON k.id = "
                                     "c.collection_id WHERE k.name LIKE ?"));
            q.addBindValue(QString(clientId + QLatin1Char('%')));
            if (q.exec() && q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return n;
}

} // namespace aistack::test
