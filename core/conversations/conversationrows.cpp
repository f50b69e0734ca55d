#include "conversationrows.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace aistack::ConversationRows {

namespace {
QString prefixed(const QStringList &columns, const QString &prefix)
{
    if (prefix.isEmpty())
        return columns.join(QStringLiteral(", "));
    QStringList out;
    for (const QString &c : columns)
        out << prefix + c;
    return out.join(QStringLiteral(", "));
}
} // namespace

QDateTime timeOf(const QVariant &v)
{
    QDateTime t = v.toDateTime();
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString rowColumns(const QString &prefix)
{
    return prefixed({QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("last_used_model"),
                     QStringLiteral("last_used_provider"), QStringLiteral("created_at"),
                     QStringLiteral("last_message_at"), QStringLiteral("message_count"),
                     QStringLiteral("topic_summary"), QStringLiteral("use_documents")},
                    prefix);
}

ConversationRow rowOf(const QSqlQuery &q, int first)
{
    ConversationRow r;
    r.id = q.value(first).toString();
    r.userId = q.value(first + 1).toString();
    r.lastUsedModel = q.value(first + 2).toString();
    r.lastUsedProvider = q.value(first + 3).toString();
    r.createdAt = timeOf(q.value(first + 4));
    r.lastMessageAt = timeOf(q.value(first + 5));
    r.messageCount = q.value(first + 6).toInt();
    r.topicSummary = q.value(first + 7).toString();
    r.useDocuments = q.value(first + 8).isNull() || q.value(first + 8).toBool();
    return r;
}

QString turnColumns(const QString &prefix)
{
    return prefixed({QStringLiteral("id"), QStringLiteral("user_message"), QStringLiteral("assistant_message"),
                     QStringLiteral("system_prompt"), QStringLiteral("started_at"),
                     QStringLiteral("completed_at"), QStringLiteral("model"), QStringLiteral("provider"),
                     QStringLiteral("referenced_documents"), QStringLiteral("details"), QStringLiteral("config_id")},
                    prefix);
}

ConversationTurn turnOf(const QSqlQuery &q, int first)
{
    ConversationTurn t;
    t.id = q.value(first).toLongLong();
    t.userMessage = q.value(first + 1).toString();
    t.assistantMessage = q.value(first + 2).toString();
    t.systemPrompt = q.value(first + 3).toString();
    t.startedAt = timeOf(q.value(first + 4));
    t.completedAt = timeOf(q.value(first + 5));
    t.model = q.value(first + 6).toString();
    t.provider = q.value(first + 7).toString();
    t.referencedDocuments = QJsonDocument::fromJson(q.value(first + 8).toByteArray()).array();
    const QJsonObject details = QJsonDocument::fromJson(q.value(first + 9).toByteArray()).object();
    t.answer = AnswerDetails::fromJson(details.value(QStringLiteral("answer")).toObject());
    for (const QJsonValue &v : details.value(QStringLiteral("versions")).toArray())
        t.versions.push_back(TurnVersion::fromJson(v.toObject()));
    t.selectedVersion = qBound(0, details.value(QStringLiteral("selected")).toInt(),
                               qMax(0, int(t.versions.size()) - 1));
    t.configId = q.value(first + 10).toString();
    return t;
}

QString detailsText(const ConversationTurn &turn)
{
    QJsonObject details{{QStringLiteral("answer"), turn.answer.toJson()}};
    if (turn.versions.size() > 1) {
        QJsonArray versions;
        for (const TurnVersion &v : turn.versions)
            versions.append(v.toJson());
        details.insert(QStringLiteral("versions"), versions);
        details.insert(QStringLiteral("selected"), turn.selectedVersion);
    }
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

QString titleFromQuestion(const QString &question, int maxChars)
{
    QString line = question.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.isEmpty())
        line = question.simplified();
    if (line.size() <= maxChars)
        return line;
    line.truncate(maxChars);
    const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
    if (space > maxChars / 2)
        line.truncate(space);
    return line + QChar(0x2026);
}

} // namespace aistack::ConversationRows
