#include "builtinprovider.h"
#include "common/threadhandoff.h"

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
        QCoreApplication::translate(
            "BuiltinProvider", "The builtin embedder only computes embeddings; configure a chat model.")));
    return call;
}

std::optional<LlmError> BuiltinProvider::cannotEmbed(const QString &model) const
{
    if (!m_embedder)
        return notInstalled();
    if (!model.isEmpty() && model != defaultModel() && model != name())
        return LlmError::make(LlmError::Kind::ModelNotFound, name(),
                              QCoreApplication::translate(
                                  "BuiltinProvider", "Unknown embedding model '%1'; the builtin one is '%2'.")
                                  .arg(model, defaultModel()));
    return std::nullopt;
}

namespace {
// Embeds texts one by one; false when stop() says so before the end.
template <typename Stop>
bool embedAll(const BuiltinEmbedder &embedder, const QStringList &texts, const QString &model,
              EmbeddingResult *out, Stop stop)
{
    out->model = model;
    out->vectors.reserve(texts.size());
    for (const QString &text : texts) {
        if (stop())
            return false;
        int words = 0;
        out->vectors.append(embedder.embed(text, &words));
        out->usage.promptTokens += words;
    }
    out->usage.source = TokenUsage::Source::Tokenizer;
    return true;
}
} // namespace

LlmCall *BuiltinProvider::embed(const QStringList &texts, const QString &model)
{
    auto *call = new LlmCall(name(), defaultModel());
    if (const std::optional<LlmError> refused = cannotEmbed(model)) {
        call->failLater(*refused);
        return call;
    }
    m_pool->start(
        handOff([embedder = m_embedder, texts, channel = call->channel(), model = defaultModel()]() {
            EmbeddingResult result;
            if (embedAll(*embedder, texts, model, &result, [&channel]() { return channel->cancelled(); }))
                channel->embeddingsFinished(result);
        }));
    return call;
}

LlmProvider::Inline BuiltinProvider::embedInline(const QStringList &texts, const QString &model,
                                                 EmbeddingResult *out, LlmError *error)
{
    if (const std::optional<LlmError> refused = cannotEmbed(model)) {
        *error = *refused;
        return Inline::Failed;
    }
    embedAll(*m_embedder, texts, defaultModel(), out, []() { return false; });
    return Inline::Done;
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
