#include "conversationstore.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace aistack {

namespace {
QDateTime timeOf(const QVariant &v)
{
    QDateTime t = v.toDateTime();
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

ConversationRow rowOf(const QSqlQuery &q)
{
    ConversationRow r;
    r.id = q.value(0).toString();
    r.userId = q.value(1).toString();
    r.lastUsedModel = q.value(2).toString();
    r.lastUsedProvider = q.value(3).toString();
    r.createdAt = timeOf(q.value(4));
    r.lastMessageAt = timeOf(q.value(5));
    r.messageCount = q.value(6).toInt();
    return r;
}

const QString kColumns = QStringLiteral(
    "id, user_id, last_used_model, last_used_provider, created_at, last_message_at, message_count");
} // namespace

QString ConversationStore::isoTime(const QDateTime &t) const
{
    const QString base = t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return m_db.isPostgres() ? base + QStringLiteral("+00:00") : base;
}

std::optional<ConversationRow> ConversationStore::find(const QString &id, const QString &userId,
                                                       QString *error)
{
    if (error)
        error->clear();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM user_conversation WHERE id = ? AND user_id = ?").arg(kColumns));
    q.addBindValue(id);
    q.addBindValue(userId);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return rowOf(q);
}

std::optional<QString> ConversationStore::owner(const QString &id, QString *error)
{
    if (error)
        error->clear();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT user_id FROM user_conversation WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

std::optional<QVector<ConversationRow>> ConversationStore::list(const QString &userId, QString *error)
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM user_conversation WHERE user_id = ?").arg(kColumns));
    q.addBindValue(userId);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    QVector<ConversationRow> rows;
    while (q.next())
        rows << rowOf(q);
    return rows;
}

std::optional<QVector<ConversationTurn>> ConversationStore::turns(const QString &id, QString *error)
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT user_message, assistant_message, system_prompt, started_at, completed_at, "
                       "model, provider, referenced_documents FROM conversation_turn "
                       "WHERE conversation_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    QVector<ConversationTurn> turns;
    while (q.next()) {
        ConversationTurn t;
        t.userMessage = q.value(0).toString();
        t.assistantMessage = q.value(1).toString();
        t.systemPrompt = q.value(2).toString();
        t.startedAt = timeOf(q.value(3));
        t.completedAt = timeOf(q.value(4));
        t.model = q.value(5).toString();
        t.provider = q.value(6).toString();
        t.referencedDocuments = QJsonDocument::fromJson(q.value(7).toByteArray()).array();
        turns << t;
    }
    return turns;
}

bool ConversationStore::recordTurn(const QString &id, const QString &userId, const ConversationTurn &turn,
                                   QString *error)
{
    const auto lock = m_db.writeLock();
    return m_db.transaction(
        [&](QSqlDatabase &db, QString *err) {
            const QDateTime now =
                turn.completedAt.isValid() ? turn.completedAt : QDateTime::currentDateTimeUtc();
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE user_conversation SET last_used_model = ?, "
                                          "last_used_provider = ?, last_message_at = ?, "
                                          "message_count = message_count + 1 WHERE id = ? AND user_id = ?"));
            update.addBindValue(turn.model);
            update.addBindValue(turn.provider);
            update.addBindValue(now);
            update.addBindValue(id);
            update.addBindValue(userId);
            if (!update.exec())
                return failed(update, err);
            if (update.numRowsAffected() == 0) {
                QSqlQuery insert(db);
                insert.prepare(
                    QStringLiteral("INSERT INTO user_conversation (%1) VALUES (?, ?, ?, ?, ?, ?, 1)")
                        .arg(kColumns));
                insert.addBindValue(id);
                insert.addBindValue(userId);
                insert.addBindValue(turn.model);
                insert.addBindValue(turn.provider);
                insert.addBindValue(turn.startedAt.isValid() ? turn.startedAt : now);
                insert.addBindValue(now);
                if (!insert.exec())
                    return failed(insert, err);
            }
            QSqlQuery t(db);
            t.prepare(QStringLiteral("INSERT INTO conversation_turn (conversation_id, user_message, "
                                     "assistant_message, system_prompt, started_at, completed_at, model, "
                                     "provider, referenced_documents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            t.addBindValue(id);
            t.addBindValue(turn.userMessage);
            t.addBindValue(turn.assistantMessage);
            t.addBindValue(turn.systemPrompt);
            t.addBindValue(turn.startedAt.isValid() ? turn.startedAt : now);
            t.addBindValue(now);
            t.addBindValue(turn.model);
            t.addBindValue(turn.provider);
            t.addBindValue(
                QString::fromUtf8(QJsonDocument(turn.referencedDocuments).toJson(QJsonDocument::Compact)));
            if (!t.exec())
                return failed(t, err);
            return true;
        },
        error);
}

bool ConversationStore::remove(const QString &id, QString *error)
{
    bool removed = false;
    const auto lock = m_db.writeLock();
    const bool ok = m_db.transaction(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery turns(db);
            turns.prepare(QStringLiteral("DELETE FROM conversation_turn WHERE conversation_id = ?"));
            turns.addBindValue(id);
            if (!turns.exec())
                return failed(turns, err);
            QSqlQuery row(db);
            row.prepare(QStringLiteral("DELETE FROM user_conversation WHERE id = ?"));
            row.addBindValue(id);
            if (!row.exec())
                return failed(row, err);
            removed = row.numRowsAffected() > 0;
            return true;
        },
        error);
    if (ok && error)
        error->clear();
    return ok && removed;
}

} // namespace aistack
