#include "desktopconversations.h"

#include "common/mayblock.h"
#include "conversationrows.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace aistack {

using namespace ConversationRows;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DesktopConversations)
};

bool failed(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

std::optional<QVector<ConversationSummary>>
DesktopConversations::summaries(const QString &userId, const QString &search, QString *error)
{
    AISTACK_BLOCKING();
    Database &database = m_store.database();
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    // SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE of every letter.
    const QString like = database.isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
    QString sql = QStringLiteral("SELECT %1, (SELECT t.user_message FROM conversation_turn t WHERE "
                                 "t.conversation_id = c.id ORDER BY t.id LIMIT 1) FROM user_conversation c "
                                 "WHERE c.user_id = ?")
                      .arg(rowColumns(QStringLiteral("c.")));
    const QString needle = search.trimmed();
    if (!needle.isEmpty())
        sql += QStringLiteral(" AND (c.topic_summary %1 ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM conversation_turn t "
                              "WHERE t.conversation_id = c.id AND (t.user_message %1 ? ESCAPE '\\' OR "
                              "t.assistant_message %1 ? ESCAPE '\\')))")
                   .arg(like);
    sql += QStringLiteral(" ORDER BY c.last_message_at DESC, c.id DESC");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(userId);
    if (!needle.isEmpty()) {
        const QString pattern = likePattern(needle);
        q.addBindValue(pattern);
        q.addBindValue(pattern);
        q.addBindValue(pattern);
    }
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    QVector<ConversationSummary> out;
    while (q.next()) {
        ConversationSummary s;
        s.row = rowOf(q);
        const QString first = q.value(9).toString();
        s.title = !s.row.topicSummary.isEmpty() ? s.row.topicSummary
                  : first.isEmpty()             ? Tr::tr("New conversation")
                                                : titleFromQuestion(first);
        out.push_back(s);
    }
    return out;
}

bool DesktopConversations::updateRow(const QString &id, const QString &userId, const QString &assignment,
                                     const QVariant &value, QString *error)
{
    AISTACK_BLOCKING();
    Database &database = m_store.database();
    const auto lock = database.writeLock();
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE user_conversation SET %1 WHERE id = ? AND user_id = ?").arg(assignment));
    q.addBindValue(value);
    q.addBindValue(id);
    q.addBindValue(userId);
    if (!q.exec())
        return failed(q, error);
    if (q.numRowsAffected() == 0) {
        *error = Tr::tr("the conversation no longer exists");
        return false;
    }
    Q_EMIT m_store.events()->changed(id, userId);
    return true;
}

bool DesktopConversations::rename(const QString &id, const QString &userId, const QString &title, QString *error)
{
    const QString trimmed = title.simplified();
    return updateRow(id, userId, QStringLiteral("topic_summary = ?"),
                     trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed), error);
}

bool DesktopConversations::setUseDocuments(const QString &id, const QString &userId, bool use, QString *error)
{
    return updateRow(id, userId, QStringLiteral("use_documents = ?"), use, error);
}

bool DesktopConversations::updateTurn(const QString &id, const QString &userId, qint64 turnId,
                                      const std::function<bool(ConversationTurn &, QString *)> &fn,
                                      QString *error)
{
    AISTACK_BLOCKING();
    Database &database = m_store.database();
    const auto lock = database.writeLock();
    const bool ok = database.transaction(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery read(db);
            read.prepare(QStringLiteral("SELECT %1 FROM conversation_turn t JOIN user_conversation c ON "
                                        "c.id = t.conversation_id WHERE t.conversation_id = ? AND c.user_id = ?%2 "
                                        "ORDER BY t.id DESC LIMIT 1")
                             .arg(turnColumns(QStringLiteral("t.")),
                                  turnId > 0 ? QStringLiteral(" AND t.id = ?") : QString()));
            read.addBindValue(id);
            read.addBindValue(userId);
            if (turnId > 0)
                read.addBindValue(turnId);
            if (!read.exec())
                return failed(read, err);
            if (!read.next()) {
                *err = Tr::tr("the conversation or its turn no longer exists");
                return false;
            }
            ConversationTurn turn = turnOf(read);
            read.finish();
            if (!fn(turn, err))
                return false;
            QSqlQuery write(db);
            write.prepare(QStringLiteral("UPDATE conversation_turn SET user_message = ?, assistant_message = ?, "
                                         "started_at = ?, completed_at = ?, model = ?, provider = ?, "
                                         "referenced_documents = ?, details = ? WHERE id = ?"));
            write.addBindValue(turn.userMessage);
            write.addBindValue(turn.assistantMessage);
            write.addBindValue(turn.startedAt);
            write.addBindValue(turn.completedAt);
            write.addBindValue(turn.model);
            write.addBindValue(turn.provider);
            write.addBindValue(
                QString::fromUtf8(QJsonDocument(turn.referencedDocuments).toJson(QJsonDocument::Compact)));
            write.addBindValue(detailsText(turn));
            write.addBindValue(turn.id);
            if (!write.exec())
                return failed(write, err);
            QSqlQuery row(db);
            row.prepare(QStringLiteral("UPDATE user_conversation SET last_used_model = ?, last_used_provider = ?, "
                                       "last_message_at = ? WHERE id = ?"));
            row.addBindValue(turn.model);
            row.addBindValue(turn.provider);
            row.addBindValue(QDateTime::currentDateTimeUtc());
            row.addBindValue(id);
            if (!row.exec())
                return failed(row, err);
            return true;
        },
        error);
    if (ok)
        Q_EMIT m_store.events()->changed(id, userId);
    return ok;
}

bool DesktopConversations::reviseLastTurn(const QString &id, const QString &userId, const TurnVersion &version,
                                          QString *error)
{
    return updateTurn(
        id, userId, 0,
        [&version](ConversationTurn &turn, QString *) {
            if (turn.versions.isEmpty())
                turn.versions.push_back(turn.asVersion());
            turn.versions.push_back(version);
            turn.selectedVersion = int(turn.versions.size()) - 1;
            turn.show(version);
            return true;
        },
        error);
}

bool DesktopConversations::selectVersion(const QString &id, const QString &userId, qint64 turnId, int version,
                                         QString *error)
{
    return updateTurn(
        id, userId, turnId,
        [version](ConversationTurn &turn, QString *err) {
            if (version < 0 || version >= turn.versionCount()) {
                *err = Tr::tr("the turn has no version %1").arg(version + 1);
                return false;
            }
            if (turn.versions.isEmpty())
                return true;
            turn.selectedVersion = version;
            turn.show(turn.versions[version]);
            return true;
        },
        error);
}

} // namespace aistack
