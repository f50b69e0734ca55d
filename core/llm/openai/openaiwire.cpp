#include "openaiwire.h"

#include "../chatprompt.h"
#include "../tokenestimate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace aistack::openaiwire {

namespace {

// Messages for the user, translated in the "OpenAiProvider" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenAiProvider)
};

LlmError badReply(const QString &provider, const QString &what)
{
    return LlmError::make(LlmError::Kind::BadReply, provider,
                          Tr::tr("The provider's reply could not be read: %1").arg(what));
}

bool parseObject(const QByteArray &body, const QString &provider, QJsonObject *out, LlmError *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = badReply(provider, pe.error != QJsonParseError::NoError ? pe.errorString()
                                                                         : Tr::tr("not a JSON object"));
        return false;
    }
    *out = doc.object();
    return true;
}

QString errorMessageOf(const QJsonObject &o)
{
    const QJsonValue e = o.value(QLatin1String("error"));
    if (e.isObject())
        return e.toObject().value(QLatin1String("message")).toString();
    if (e.isString())
        return e.toString();
    return o.value(QLatin1String("message")).toString();
}

void readUsage(const QJsonObject &o, TokenUsage *usage, bool *has)
{
    const QJsonValue u = o.value(QLatin1String("usage"));
    if (!u.isObject())
        return;
    usage->promptTokens = u.toObject().value(QLatin1String("prompt_tokens")).toInt();
    usage->completionTokens = u.toObject().value(QLatin1String("completion_tokens")).toInt();
    usage->source = TokenUsage::Source::Provider;
    if (has)
        *has = true;
}

} // namespace

QJsonObject messageJson(const ChatMessage &m)
{
    QJsonObject o{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}};
    if (!m.toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ToolCall &c : m.toolCalls)
            calls.append(QJsonObject{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("type"), QStringLiteral("function")},
                {QStringLiteral("function"),
                 QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("arguments"), c.arguments}}}});
        o.insert(QStringLiteral("tool_calls"), calls);
        if (m.content.isEmpty())
            o.insert(QStringLiteral("content"), QJsonValue());
    }
    if (!m.toolCallId.isEmpty())
        o.insert(QStringLiteral("tool_call_id"), m.toolCallId);
    return o;
}

QJsonArray toolsJson(const QList<ToolSpec> &tools)
{
    QJsonArray out;
    for (const ToolSpec &t : tools) {
        QJsonObject parameters = t.parameters;
        if (parameters.isEmpty())
            parameters = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                     {QStringLiteral("properties"), QJsonObject()}};
        out.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), t.name},
                                                     {QStringLiteral("description"), t.description},
                                                     {QStringLiteral("parameters"), parameters}}}});
    }
    return out;
}

QByteArray chatBody(const ChatRequest &request, const QString &model, bool stream, double defaultTemperature)
{
    QJsonArray messages;
    for (const ChatMessage &m : renderChatMessages(request))
        messages.append(messageJson(m));
    QJsonObject body{
        {QStringLiteral("model"), model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("temperature"), request.temperature >= 0 ? request.temperature : defaultTemperature},
        {QStringLiteral("stream"), stream}};
    if (request.maxTokens > 0)
        body.insert(QStringLiteral("max_tokens"), request.maxTokens);
    if (!request.stop.isEmpty())
        body.insert(QStringLiteral("stop"), QJsonArray::fromStringList(request.stop));
    if (!request.tools.isEmpty()) {
        body.insert(QStringLiteral("tools"), toolsJson(request.tools));
        if (!request.toolChoice.isEmpty())
            body.insert(QStringLiteral("tool_choice"), request.toolChoice);
    }
    if (stream)
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray embeddingsBody(const QStringList &texts, const QString &model)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("model"), model},
                                     {QStringLiteral("input"), QJsonArray::fromStringList(texts)},
                                     {QStringLiteral("encoding_format"), QStringLiteral("float")}})
        .toJson(QJsonDocument::Compact);
}

bool parseChatReply(const QByteArray &body, const QString &provider, ChatResult *result, LlmError *error)
{
    QJsonObject o;
    if (!parseObject(body, provider, &o, error))
        return false;
    const QJsonArray choices = o.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty() || !choices.first().isObject()) {
        *error = badReply(provider, Tr::tr("no choices in the reply"));
        return false;
    }
    const QJsonObject choice = choices.first().toObject();
    const QJsonValue content =
        choice.value(QLatin1String("message")).toObject().value(QLatin1String("content"));
    if (!content.isString() && !content.isNull() && !content.isUndefined()) {
        *error = badReply(provider, Tr::tr("the message content is not text"));
        return false;
    }
    result->text = content.toString();
    for (const QJsonValue &v :
         choice.value(QLatin1String("message")).toObject().value(QLatin1String("tool_calls")).toArray()) {
        const QJsonObject call = v.toObject();
        const QJsonObject function = call.value(QLatin1String("function")).toObject();
        const QJsonValue arguments = function.value(QLatin1String("arguments"));
        if (function.value(QLatin1String("name")).toString().isEmpty()) {
            *error = badReply(provider, Tr::tr("a tool call without a name"));
            return false;
        }
        result->toolCalls.append(ToolCall{
            call.value(QLatin1String("id")).toString(), function.value(QLatin1String("name")).toString(),
            arguments.isString()
                ? arguments.toString()
                : QString::fromUtf8(QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact))});
    }
    result->finishReason = choice.value(QLatin1String("finish_reason")).toString();
    result->model = o.value(QLatin1String("model")).toString();
    readUsage(o, &result->usage, nullptr);
    return true;
}

bool parseChunk(const QByteArray &data, const QString &provider, QString *delta, ChunkState *state,
                LlmError *error)
{
    QJsonObject o;
    if (!parseObject(data, provider, &o, error))
        return false;
    if (o.contains(QLatin1String("error"))) {
        *error = LlmError::make(LlmError::Kind::BadReply, provider,
                                Tr::tr("The provider failed while streaming: %1").arg(errorMessageOf(o)));
        return false;
    }
    if (state->model.isEmpty())
        state->model = o.value(QLatin1String("model")).toString();
    readUsage(o, &state->usage, &state->hasUsage);
    const QJsonArray choices = o.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty())
        return true; // e.g. the final usage-only chunk
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject deltaObject = choice.value(QLatin1String("delta")).toObject();
    const QJsonValue content = deltaObject.value(QLatin1String("content"));
    if (content.isString())
        delta->append(content.toString());
    // A streamed tool call comes in pieces keyed by its index: the id and name once, the arguments in parts.
    for (const QJsonValue &v : deltaObject.value(QLatin1String("tool_calls")).toArray()) {
        const QJsonObject piece = v.toObject();
        const int index = piece.value(QLatin1String("index")).toInt(int(state->toolCalls.size()));
        if (index < 0 || index > 127) {
            *error = badReply(provider, Tr::tr("a tool call index out of range"));
            return false;
        }
        while (state->toolCalls.size() <= index)
            state->toolCalls.append(ToolCall());
        ToolCall &call = state->toolCalls[index];
        const QJsonObject function = piece.value(QLatin1String("function")).toObject();
        if (piece.value(QLatin1String("id")).isString() &&
            !piece.value(QLatin1String("id")).toString().isEmpty())
            call.id = piece.value(QLatin1String("id")).toString();
        if (function.value(QLatin1String("name")).isString())
            call.name += function.value(QLatin1String("name")).toString();
        if (function.value(QLatin1String("arguments")).isString())
            call.arguments += function.value(QLatin1String("arguments")).toString();
    }
    const QJsonValue finish = choice.value(QLatin1String("finish_reason"));
    if (finish.isString())
        state->finishReason = finish.toString();
    return true;
}

bool parseEmbeddings(const QByteArray &body, const QString &provider, const QStringList &batch,
                     EmbeddingResult *result, LlmError *error)
{
    const int expected = int(batch.size());
    QJsonObject o;
    if (!parseObject(body, provider, &o, error))
        return false;
    const QJsonArray data = o.value(QLatin1String("data")).toArray();
    if (data.size() != expected) {
        *error = badReply(provider, Tr::tr("%1 embeddings for %2 texts").arg(data.size()).arg(expected));
        return false;
    }
    QVector<QVector<float>> vectors(expected);
    for (int i = 0; i < data.size(); ++i) {
        const QJsonObject item = data.at(i).toObject();
        const int index = item.value(QLatin1String("index")).toInt(i);
        const QJsonArray values = item.value(QLatin1String("embedding")).toArray();
        if (index < 0 || index >= expected || values.isEmpty()) {
            *error = badReply(provider, Tr::tr("embedding %1 is missing or malformed").arg(i));
            return false;
        }
        QVector<float> v;
        v.reserve(values.size());
        for (const QJsonValue &x : values)
            v.append(float(x.toDouble()));
        vectors[index] = std::move(v);
    }
    result->vectors.append(vectors);
    if (result->model.isEmpty())
        result->model = o.value(QLatin1String("model")).toString();
    TokenUsage usage;
    bool has = false;
    readUsage(o, &usage, &has);
    if (has) {
        result->usage.promptTokens += usage.promptTokens;
        result->usage.source = TokenUsage::Source::Provider;
    } else {
        for (const QString &text : batch)
            result->usage.promptTokens += estimateTokens(text);
    }
    return true;
}

bool parseModels(const QByteArray &body, const QString &provider, QList<ModelInfo> *models, LlmError *error)
{
    QJsonObject o;
    if (!parseObject(body, provider, &o, error))
        return false;
    const QJsonValue data = o.value(QLatin1String("data"));
    if (!data.isArray()) {
        *error = badReply(provider, Tr::tr("no model list in the reply"));
        return false;
    }
    for (const QJsonValue &v : data.toArray()) {
        const QString id = v.toObject().value(QLatin1String("id")).toString();
        if (id.isEmpty())
            continue;
        const bool embedding = id.contains(QLatin1String("embed"), Qt::CaseInsensitive);
        models->append({id, embedding ? QStringLiteral("embedding") : QStringLiteral("llm"), provider});
    }
    return true;
}

LlmError errorForStatus(int status, const QByteArray &body, const QString &provider, const QString &model)
{
    QString detail;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        detail = errorMessageOf(doc.object());
    if (detail.isEmpty())
        detail = QString::fromUtf8(body.left(200)).trimmed();
    auto with = [&](const QString &message) -> QString {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    };
    using K = LlmError::Kind;
    switch (status) {
    case 401:
    case 403:
        return LlmError::make(K::Unauthorized, provider,
                              with(Tr::tr("The provider refused the API key; check ai_client.api_key.")),
                              status);
    case 404:
        return LlmError::make(
            K::ModelNotFound, provider,
            with(Tr::tr("The provider does not serve the model '%1'; check ai_client.model and "
                        "ai_client.base_url.")
                     .arg(model)),
            status);
    case 429:
        return LlmError::make(K::RateLimited, provider,
                              with(Tr::tr("The provider is rate limiting requests; try again later.")),
                              status);
    case 501:
        return LlmError::make(K::Unsupported, provider,
                              with(Tr::tr("The provider does not support this request.")), status);
    case 408:
    case 504:
        return LlmError::make(K::Timeout, provider, with(Tr::tr("The provider timed out.")), status);
    default:
        break;
    }
    return LlmError::make(K::BadReply, provider,
                          with(Tr::tr("The provider answered with HTTP status %1.").arg(status)), status);
}

} // namespace aistack::openaiwire
