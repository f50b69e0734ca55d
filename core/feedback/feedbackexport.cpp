#include "feedbackexport.h"

#include "common/csvfield.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace aistack::FeedbackExport {

namespace {
QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QByteArray csv(const QVector<FeedbackEntry> &entries)
{
    QByteArray out = "id,time,user_id,conversation_id,sentiment,categories,user_question,llm_response,"
                     "user_feedback,config_id\r\n";
    for (const FeedbackEntry &e : entries) {
        const QStringList fields{e.id,
                                 isoTime(e.timestamp),
                                 e.userId,
                                 e.conversationId,
                                 e.sentiment ? QString::number(*e.sentiment) : QString(),
                                 e.categories ? e.categories->join(QLatin1Char(';')) : QString(),
                                 e.userQuestion,
                                 e.llmResponse,
                                 e.userFeedback.value_or(QString()),
                                 e.configId};
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += ',';
            out += csvField(fields[i]);
        }
        out += "\r\n";
    }
    return out;
}

QByteArray jsonLines(const QVector<FeedbackEntry> &entries)
{
    QByteArray out;
    for (const FeedbackEntry &e : entries) {
        QJsonObject o{{QStringLiteral("id"), e.id},
                      {QStringLiteral("timestamp"), isoTime(e.timestamp)},
                      {QStringLiteral("user_id"), e.userId},
                      {QStringLiteral("conversation_id"), e.conversationId},
                      {QStringLiteral("sentiment"), e.sentiment ? QJsonValue(*e.sentiment) : QJsonValue()},
                      {QStringLiteral("categories"),
                       e.categories ? QJsonValue(QJsonArray::fromStringList(*e.categories)) : QJsonValue()},
                      {QStringLiteral("user_question"), e.userQuestion},
                      {QStringLiteral("llm_response"), e.llmResponse},
                      {QStringLiteral("user_feedback"), e.userFeedback ? QJsonValue(*e.userFeedback) : QJsonValue()},
                      {QStringLiteral("config_id"), e.configId.isEmpty() ? QJsonValue() : QJsonValue(e.configId)}};
        out += QJsonDocument(o).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

} // namespace aistack::FeedbackExport
