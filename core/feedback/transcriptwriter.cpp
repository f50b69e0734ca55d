#include "transcriptwriter.h"

#include "common/orderedjson.h"
#include "pythontime.h"
#include "userdatafile.h"

#include <QDir>
#include <QJsonDocument>
#include <QUuid>

namespace aistack {

QByteArray TranscriptWriter::content(const UserIdentity &user, const ConversationQuery &query,
                                     const TurnPlan &plan, const QString &answer,
                                     const QVector<ToolRun> &toolRuns, const QDateTime &when)
{
    QVector<OrderedJson> toolCalls;
    for (const ToolRun &run : toolRuns)
        toolCalls << OrderedJson()
                         .add(QStringLiteral("id"), run.id)
                         .add(QStringLiteral("name"), run.name)
                         .add(QStringLiteral("args"), run.argumentsValue())
                         .add(QStringLiteral("response"), run.response);
    QVector<OrderedJson> attachments;
    for (const QueryAttachment &a : query.attachments)
        attachments << OrderedJson()
                           .add(QStringLiteral("attachment_type"), a.attachmentType)
                           .add(QStringLiteral("content_type"), a.contentType)
                           .add(QStringLiteral("content"), a.content);
    OrderedJson metadata;
    metadata.add(QStringLiteral("provider"), plan.model.providerId)
        .add(QStringLiteral("model"), plan.model.model)
        .add(QStringLiteral("query_provider"), orNull(query.provider))
        .add(QStringLiteral("query_model"), orNull(query.model))
        .add(QStringLiteral("user_id"), user.userId)
        .add(QStringLiteral("conversation_id"), plan.conversationId)
        .add(QStringLiteral("timestamp"), PythonTime::iso(when));
    OrderedJson json;
    json.add(QStringLiteral("metadata"), metadata)
        .add(QStringLiteral("redacted_query"), query.query)
        .add(QStringLiteral("query_is_valid"), true)
        .add(QStringLiteral("llm_response"), answer)
        .add(QStringLiteral("rag_chunks"), QJsonArray())
        .add(QStringLiteral("truncated"), false)
        .add(QStringLiteral("attachments"), attachments)
        .add(QStringLiteral("tool_calls"), toolCalls);
    return json.toPythonJson();
}

bool TranscriptWriter::write(const UserIdentity &user, const ConversationQuery &query, const TurnPlan &plan,
                             const QString &answer, const QVector<ToolRun> &toolRuns, QString *error) const
{
    const QString dir = QDir(m_config.transcriptsStorage.value_or(QString()))
                            .filePath(UserDataFile::safeComponent(user.userId) + QLatin1Char('/') +
                                      UserDataFile::safeComponent(plan.conversationId));
    return UserDataFile::write(
        dir, QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".json"),
        content(user, query, plan, answer, toolRuns, QDateTime::currentDateTimeUtc()), error);
}

} // namespace aistack
