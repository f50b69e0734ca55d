#include "conversationusers.h"

#include "conversationrows.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace aistack {

namespace {
std::optional<QVector<ConversationUser>> select(Database &db, const QString &where, const QVariantList &values,
                                                QString *error)
{
    QSqlDatabase connection = db.connection(error);
    if (!connection.isOpen())
        return std::nullopt;
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT user_id, COUNT(*), SUM(message_count), MAX(last_message_at) "
                             "FROM user_conversation %1 GROUP BY user_id ORDER BY MAX(last_message_at) DESC")
                  .arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    QVector<ConversationUser> users;
    while (q.next())
        users.push_back(ConversationUser{q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong(),
                                         ConversationRows::timeOf(q.value(3))});
    return users;
}
} // namespace

std::optional<QVector<ConversationUser>> ConversationUsers::list(Database &db, QString *error)
{
    return select(db, QString(), {}, error);
}

std::optional<QVector<ConversationUser>> ConversationUsers::find(Database &db, const QStringList &userIds,
                                                                 QString *error)
{
    if (userIds.isEmpty())
        return QVector<ConversationUser>();
    QStringList marks;
    QVariantList values;
    for (const QString &id : userIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    return select(db, QStringLiteral("WHERE user_id IN (%1)").arg(marks.join(QLatin1Char(','))), values, error);
}

} // namespace aistack
