#include "builtinprovider.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace aistack {

BuiltinProvider::BuiltinProvider(std::shared_ptr<const WordVectorTable> table, QString loadError,
                                 QThreadPool *pool)
    : m_embedder(table ? std::make_shared<BuiltinEmbedder>(std::move(table)) : nullptr),
      m_loadError(std::move(loadError)), m_pool(pool)
{
}

LlmError BuiltinProvider::notInstalled() const
{
    return LlmError::make(LlmError::Kind::NotConfigured, name(), m_loadError);
}

LlmCall *BuiltinProvider::chat(const ChatRequest &, bool)
{
    auto *call = new LlmCall(name(), defaultModel());
    call->failLater(LlmError::make(
        LlmError::Kind::Unsupported, name(),
        QCoreApplication::translate("BuiltinProvider",
                                    "The builtin embedder only computes embeddings; configure a chat model.")));
    return call;
}

LlmCall *BuiltinProvider::embed(const QStringList &texts, const QString &model)
{
    auto *call = new LlmCall(name(), defaultModel());
    if (!m_embedder) {
        call->failLater(notInstalled());
        return call;
    }
    if (!model.isEmpty() && model != defaultModel() && model != name()) {
        call->failLater(LlmError::make(
            LlmError::Kind::ModelNotFound, name(),
            QCoreApplication::translate("BuiltinProvider", "Unknown embedding model '%1'; the builtin one is '%2'.")
                .arg(model, defaultModel())));
        return call;
    }
    m_pool->start([embedder = m_embedder, texts, channel = call->channel(), model = defaultModel()]() {
        EmbeddingResult result;
        result.model = model;
        result.vectors.reserve(texts.size());
        for (const QString &text : texts) {
            if (channel->cancelled())
                return;
            int words = 0;
            result.vectors.append(embedder->embed(text, &words));
            result.usage.promptTokens += words;
        }
        result.usage.source = TokenUsage::Source::Tokenizer;
        channel->embeddingsFinished(result);
    });
    return call;
}

LlmCall *BuiltinProvider::listModels()
{
    auto *call = new LlmCall(name(), defaultModel());
    if (!m_embedder) {
        call->failLater(notInstalled());
        return call;
    }
    call->later([call, id = defaultModel(), provider = name()]() {
        call->finishModels({{id, QStringLiteral("embedding"), provider}});
    });
    return call;
}

LlmCall *BuiltinProvider::checkHealth()
{
    auto *call = new LlmCall(name(), defaultModel());
    if (!m_embedder)
        call->failLater(notInstalled());
    else
        call->later([call]() { call->finishHealthy(); });
    return call;
}

} // namespace aistack
