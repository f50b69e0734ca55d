#include "openaiprovider.h"

#include "../tokenestimate.h"
#include "common/ssedecoder.h"
#include "openaiwire.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QThread>

namespace aistack {

OpenAiProvider::OpenAiProvider(OpenAiSettings settings) : m_settings(std::move(settings))
{
    if (m_settings.embeddingModel.isEmpty())
        m_settings.embeddingModel = m_settings.model;
}

OpenAiProvider::~OpenAiProvider() = default;

QNetworkAccessManager *OpenAiProvider::network()
{
    return m_networks.forCurrentThread();
}

QNetworkRequest OpenAiProvider::request(const QString &path, bool stream) const
{
    QUrl url = m_settings.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setRawHeader("Accept",
                   stream ? QByteArrayLiteral("text/event-stream") : QByteArrayLiteral("application/json"));
    if (!m_settings.apiKey.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return r;
}

RetryingRequest *OpenAiProvider::start(LlmCall *call, const QString &path, const QByteArray &body,
                                       bool stream, const RequestPolicy &policy)
{
    auto *req =
        new RetryingRequest(network(), request(path, stream), body, name(), call->model(), policy, call);
    QObject::connect(call, &LlmCall::cancelRequested, req, &RetryingRequest::abort);
    req->onError = [call](const LlmError &e) { call->fail(e); };
    return req;
}

LlmCall *OpenAiProvider::chat(const ChatRequest &request, bool stream)
{
    const QString model = request.model.isEmpty() ? m_settings.model : request.model;
    auto *call = new LlmCall(name(), model);
    RetryingRequest *req =
        start(call, QStringLiteral("/chat/completions"),
              openaiwire::chatBody(request, model, stream, m_settings.temperature), stream);
    const int promptEstimate = [&] {
        int n = estimateTokens(request.systemPrompt);
        for (const ChatMessage &m : request.messages)
            n += estimateTokens(m.content) + 4;
        for (const ContextPassage &p : request.context)
            n += estimateTokens(p.text);
        return n;
    }();
    if (!stream) {
        req->onSuccess = [call, model, promptEstimate, provider = name()](const QByteArray &body) {
            ChatResult result;
            LlmError error;
            if (!openaiwire::parseChatReply(body, provider, &result, &error))
                return call->fail(error);
            if (result.model.isEmpty())
                result.model = model;
            if (result.usage.source != TokenUsage::Source::Provider)
                result.usage = {promptEstimate, estimateTokens(result.text), TokenUsage::Source::Estimate};
            call->finishChat(result);
        };
    } else {
        struct StreamState
        {
            SseDecoder decoder;
            openaiwire::ChunkState chunk;
            QString text;
            bool ended = false;
        };
        auto state = std::make_shared<StreamState>();
        req->onData = [call, req, state, provider = name()](const QByteArray &bytes) {
            for (const SseDecoder::Event &event : state->decoder.feed(bytes)) {
                if (state->ended)
                    return;
                if (event.data.trimmed() == "[DONE]") {
                    state->ended = true;
                    return;
                }
                QString delta;
                LlmError error;
                if (!openaiwire::parseChunk(event.data, provider, &delta, &state->chunk, &error)) {
                    state->ended = true;
                    req->abort();
                    return call->fail(error);
                }
                if (!delta.isEmpty()) {
                    state->text += delta;
                    call->emitToken(delta);
                }
            }
        };
        req->onSuccess = [call, state, model, promptEstimate, provider = name()](const QByteArray &) {
            if (call->isFinished())
                return;
            if (!state->ended && state->chunk.finishReason.isEmpty())
                return call->fail(
                    LlmError::make(LlmError::Kind::BadReply, provider,
                                   QCoreApplication::translate(
                                       "OpenAiProvider", "The stream ended before the reply was complete.")));
            ChatResult result;
            result.text = state->text;
            result.finishReason =
                state->chunk.finishReason.isEmpty() ? QStringLiteral("stop") : state->chunk.finishReason;
            result.model = state->chunk.model.isEmpty() ? model : state->chunk.model;
            for (const ToolCall &c : std::as_const(state->chunk.toolCalls))
                if (!c.name.isEmpty())
                    result.toolCalls.append(c);
            result.usage = state->chunk.hasUsage ? state->chunk.usage
                                                 : TokenUsage{promptEstimate, estimateTokens(state->text),
                                                              TokenUsage::Source::Estimate};
            call->finishChat(result);
        };
    }
    req->start();
    return call;
}

LlmCall *OpenAiProvider::embed(const QStringList &texts, const QString &model)
{
    const QString m = model.isEmpty() ? m_settings.embeddingModel : model;
    auto *call = new LlmCall(name(), m);
    auto result = std::make_shared<EmbeddingResult>();
    result->usage.source = TokenUsage::Source::Estimate;
    if (texts.isEmpty()) {
        call->later([call, result]() { call->finishEmbeddings(*result); });
        return call;
    }
    embedBatch(call, texts, 0, m, result);
    return call;
}

void OpenAiProvider::embedBatch(LlmCall *call, QStringList texts, int from, QString model,
                                std::shared_ptr<EmbeddingResult> result)
{
    const int count = qMin(m_settings.embeddingBatch, int(texts.size()) - from);
    const QStringList batch = texts.mid(from, count);
    RetryingRequest *req =
        start(call, QStringLiteral("/embeddings"), openaiwire::embeddingsBody(batch, model), false);
    req->onSuccess = [this, call, texts, from, count, model, result, batch](const QByteArray &body) {
        LlmError error;
        if (!openaiwire::parseEmbeddings(body, name(), batch, result.get(), &error))
            return call->fail(error);
        if (from + count < texts.size())
            return embedBatch(call, texts, from + count, model, result);
        if (result->model.isEmpty())
            result->model = model;
        call->finishEmbeddings(*result);
    };
    req->start();
}

LlmCall *OpenAiProvider::listModels()
{
    auto *call = new LlmCall(name(), m_settings.model);
    RetryingRequest *req = start(call, QStringLiteral("/models"), QByteArray(), false);
    req->onSuccess = [call, provider = name()](const QByteArray &body) {
        QList<ModelInfo> models;
        LlmError error;
        if (!openaiwire::parseModels(body, provider, &models, &error))
            return call->fail(error);
        call->finishModels(models);
    };
    req->start();
    return call;
}

LlmCall *OpenAiProvider::checkHealth()
{
    auto *call = new LlmCall(name(), m_settings.model);
    // A health check is one short attempt: a provider that does not answer within seconds is not ready, and a
    // check must never hold the pool (or the shutdown that drains it) for the minutes a generation may take.
    RequestPolicy policy = m_settings.policy;
    policy.connectTimeoutMs = std::min(policy.connectTimeoutMs, 3000);
    policy.idleTimeoutMs = std::min(policy.idleTimeoutMs, 5000);
    policy.maxRetries = 0;
    RetryingRequest *req = start(call, QStringLiteral("/models"), QByteArray(), false, policy);
    req->onSuccess = [call](const QByteArray &) { call->finishHealthy(); };
    req->start();
    return call;
}

} // namespace aistack
