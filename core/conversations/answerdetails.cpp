#include "answerdetails.h"

namespace aistack {

namespace {
QString isoMs(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoMs(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t.setTimeSpec(Qt::UTC);
    return t;
}
} // namespace

QJsonObject CitedPassage::toJson() const
{
    QJsonObject o{{QStringLiteral("tool"), tool},
                  {QStringLiteral("document_id"), documentId},
                  {QStringLiteral("file_name"), fileName},
                  {QStringLiteral("score"), score},
                  {QStringLiteral("passage"), passage}};
    if (!path.isEmpty())
        o.insert(QStringLiteral("path"), path);
    if (page > 0)
        o.insert(QStringLiteral("page"), page);
    return o;
}

CitedPassage CitedPassage::fromJson(const QJsonObject &o)
{
    CitedPassage c;
    c.tool = o.value(QStringLiteral("tool")).toString();
    c.documentId = o.value(QStringLiteral("document_id")).toString();
    c.fileName = o.value(QStringLiteral("file_name")).toString();
    c.path = o.value(QStringLiteral("path")).toString();
    c.page = o.value(QStringLiteral("page")).toInt();
    c.score = o.value(QStringLiteral("score")).toDouble();
    c.passage = o.value(QStringLiteral("passage")).toString();
    return c;
}

double AnswerDetails::tokensPerSecond() const
{
    if (outputTokens <= 0 || durationMs <= 0)
        return 0;
    const qint64 generating = firstTokenMs >= 0 ? durationMs - firstTokenMs : durationMs;
    return generating > 0 ? outputTokens * 1000.0 / double(generating) : 0;
}

QJsonObject AnswerDetails::toJson() const
{
    QJsonArray cited;
    for (const CitedPassage &c : sources)
        cited.append(c.toJson());
    QJsonObject o{{QStringLiteral("status"),
                   status == Status::Stopped ? QStringLiteral("stopped") : QStringLiteral("complete")},
                  {QStringLiteral("first_token_ms"), double(firstTokenMs)},
                  {QStringLiteral("duration_ms"), double(durationMs)},
                  {QStringLiteral("input_tokens"), inputTokens},
                  {QStringLiteral("output_tokens"), outputTokens},
                  {QStringLiteral("tokens_estimated"), tokensEstimated},
                  {QStringLiteral("sources"), cited}};
    if (!toolRuns.isEmpty()) {
        QJsonArray runs;
        for (const ToolRun &r : toolRuns)
            runs.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("name"), r.name},
                                    {QStringLiteral("server"), r.server},
                                    {QStringLiteral("arguments"), r.arguments},
                                    {QStringLiteral("response"), r.response},
                                    {QStringLiteral("is_error"), r.isError},
                                    {QStringLiteral("duration_ms"), double(r.durationMs)}});
        o.insert(QStringLiteral("tool_calls"), runs);
    }
    return o;
}

AnswerDetails AnswerDetails::fromJson(const QJsonObject &o)
{
    AnswerDetails d;
    d.status = o.value(QStringLiteral("status")).toString() == QLatin1String("stopped") ? Status::Stopped
                                                                                        : Status::Complete;
    d.firstTokenMs = qint64(o.value(QStringLiteral("first_token_ms")).toDouble(-1));
    d.durationMs = qint64(o.value(QStringLiteral("duration_ms")).toDouble(-1));
    d.inputTokens = o.value(QStringLiteral("input_tokens")).toInt();
    d.outputTokens = o.value(QStringLiteral("output_tokens")).toInt();
    d.tokensEstimated = o.value(QStringLiteral("tokens_estimated")).toBool(true);
    for (const QJsonValue &v : o.value(QStringLiteral("sources")).toArray())
        d.sources.push_back(CitedPassage::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QStringLiteral("tool_calls")).toArray()) {
        const QJsonObject r = v.toObject();
        ToolRun run;
        run.id = r.value(QStringLiteral("id")).toString();
        run.name = r.value(QStringLiteral("name")).toString();
        run.server = r.value(QStringLiteral("server")).toString();
        run.arguments = r.value(QStringLiteral("arguments")).toString();
        run.response = r.value(QStringLiteral("response")).toString();
        run.isError = r.value(QStringLiteral("is_error")).toBool();
        run.durationMs = qint64(r.value(QStringLiteral("duration_ms")).toDouble());
        d.toolRuns.push_back(run);
    }
    return d;
}

QJsonObject TurnVersion::toJson() const
{
    return QJsonObject{{QStringLiteral("user_message"), userMessage},
                       {QStringLiteral("assistant_message"), assistantMessage},
                       {QStringLiteral("model"), model},
                       {QStringLiteral("provider"), provider},
                       {QStringLiteral("started_at"), isoMs(startedAt)},
                       {QStringLiteral("completed_at"), isoMs(completedAt)},
                       {QStringLiteral("referenced_documents"), referencedDocuments},
                       {QStringLiteral("answer"), answer.toJson()}};
}

TurnVersion TurnVersion::fromJson(const QJsonObject &o)
{
    TurnVersion v;
    v.userMessage = o.value(QStringLiteral("user_message")).toString();
    v.assistantMessage = o.value(QStringLiteral("assistant_message")).toString();
    v.model = o.value(QStringLiteral("model")).toString();
    v.provider = o.value(QStringLiteral("provider")).toString();
    v.startedAt = fromIsoMs(o.value(QStringLiteral("started_at")));
    v.completedAt = fromIsoMs(o.value(QStringLiteral("completed_at")));
    v.referencedDocuments = o.value(QStringLiteral("referenced_documents")).toArray();
    v.answer = AnswerDetails::fromJson(o.value(QStringLiteral("answer")).toObject());
    return v;
}

} // namespace aistack
