#include "feedbackstore.h"

#include "common/mayblock.h"
#include "common/orderedjson.h"
#include "pythontime.h"
#include "storage/database.h"
#include "userdatafile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace aistack {

FeedbackStore::FeedbackStore(const UserDataCollectionConfig &config, Database &db)
    : m_config(config), m_db(db)
{
}

QByteArray FeedbackStore::fileContent(const FeedbackEntry &e)
{
    OrderedJson json;
    json.add(QStringLiteral("user_id"), e.userId)
        .add(QStringLiteral("timestamp"), PythonTime::str(e.timestamp))
        .add(QStringLiteral("conversation_id"), e.conversationId)
        .add(QStringLiteral("user_question"), e.userQuestion)
        .add(QStringLiteral("llm_response"), e.llmResponse)
        .add(QStringLiteral("sentiment"), orNull(e.sentiment))
        .add(QStringLiteral("user_feedback"), orNull(e.userFeedback))
        .add(QStringLiteral("categories"),
             e.categories ? QJsonValue(QJsonArray::fromStringList(*e.categories)) : QJsonValue());
    return json.toPythonJson();
}

bool FeedbackStore::store(FeedbackEntry entry, QString *error)
{
    AISTACK_BLOCKING();
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry.timestamp.isValid())
        entry.timestamp = QDateTime::currentDateTimeUtc();
    if (!UserDataFile::write(m_config.feedbackStorage.value_or(QString()), entry.id + QStringLiteral(".json"),
                             fileContent(entry), error))
        return false;
    const auto lock = m_db.writeLock();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO feedback (id, user_id, created_at, conversation_id, user_question, "
        "llm_response, sentiment, user_feedback, categories) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.id);
    q.addBindValue(entry.userId);
    q.addBindValue(entry.timestamp);
    q.addBindValue(entry.conversationId);
    q.addBindValue(entry.userQuestion);
    q.addBindValue(entry.llmResponse);
    q.addBindValue(entry.sentiment ? QVariant(*entry.sentiment) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(entry.userFeedback ? QVariant(*entry.userFeedback)
                                      : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(entry.categories ? QVariant(QString::fromUtf8(
                                          QJsonDocument(QJsonArray::fromStringList(*entry.categories))
                                              .toJson(QJsonDocument::Compact)))
                                    : QVariant(QMetaType::fromType<QString>()));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<QVector<FeedbackEntry>> FeedbackStore::forConversation(const QString &conversationId,
                                                                     const QString &userId, QString *error)
{
    AISTACK_BLOCKING();
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, created_at, user_question, llm_response, sentiment, user_feedback, "
                             "categories FROM feedback WHERE conversation_id = ? AND user_id = ? ORDER BY "
                             "created_at"));
    q.addBindValue(conversationId);
    q.addBindValue(userId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QVector<FeedbackEntry> out;
    while (q.next()) {
        FeedbackEntry e;
        e.id = q.value(0).toString();
        e.userId = userId;
        e.conversationId = conversationId;
        e.timestamp = q.value(1).toDateTime();
        e.userQuestion = q.value(2).toString();
        e.llmResponse = q.value(3).toString();
        if (!q.value(4).isNull())
            e.sentiment = q.value(4).toInt();
        if (!q.value(5).isNull())
            e.userFeedback = q.value(5).toString();
        if (!q.value(6).isNull()) {
            QStringList categories;
            for (const QJsonValue &v : QJsonDocument::fromJson(q.value(6).toByteArray()).array())
                categories << v.toString();
            e.categories = categories;
        }
        out.push_back(e);
    }
    return out;
}

} // namespace aistack
