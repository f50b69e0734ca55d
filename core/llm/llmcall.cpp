#include "llmcall.h"

namespace aistack {

void CallChannel::started()
{
    post([](LlmCall *c) { c->emitStarted(); });
}

void CallChannel::token(const QString &text)
{
    post([text](LlmCall *c) { c->emitToken(text); });
}

void CallChannel::chatFinished(const ChatResult &result)
{
    post([result](LlmCall *c) { c->finishChat(result); });
}

void CallChannel::embeddingsFinished(const EmbeddingResult &result)
{
    post([result](LlmCall *c) { c->finishEmbeddings(result); });
}

void CallChannel::failed(const LlmError &error)
{
    post([error](LlmCall *c) { c->fail(error); });
}

void CallChannel::healthy()
{
    post([](LlmCall *c) { c->finishHealthy(); });
}

LlmCall::LlmCall(QString provider, QString model, QObject *parent)
    : QObject(parent), m_provider(std::move(provider)), m_model(std::move(model)),
      m_channel(std::make_shared<CallChannel>())
{
    m_channel->m_call = this;
}

LlmCall::~LlmCall()
{
    CallChannel *channel = m_channel.get();
    if (!channel)
        return;
    QMutexLocker lock(&channel->m_mutex);
    channel->m_call = nullptr;
    channel->m_cancelled.store(true, std::memory_order_relaxed); // a worker still holding it stops early
}

void LlmCall::cancel()
{
    if (m_finished)
        return;
    m_channel->m_cancelled = true;
    Q_EMIT cancelRequested();
    fail(LlmError::make(LlmError::Kind::Cancelled, m_provider, tr("The call was cancelled.")));
}

void LlmCall::emitStarted()
{
    if (!m_finished)
        Q_EMIT started();
}

void LlmCall::emitToken(const QString &text)
{
    if (!m_finished && !text.isEmpty())
        Q_EMIT token(text);
}

void LlmCall::finishChat(const ChatResult &result) { finishWith(&LlmCall::chatFinished, result); }

void LlmCall::finishEmbeddings(const EmbeddingResult &result) { finishWith(&LlmCall::embeddingsFinished, result); }

void LlmCall::finishModels(const QList<ModelInfo> &models) { finishWith(&LlmCall::modelsListed, models); }

void LlmCall::finishHealthy() { finishWith(&LlmCall::healthy); }

void LlmCall::fail(const LlmError &error) { finishWith(&LlmCall::failed, error); }


} // namespace aistack
