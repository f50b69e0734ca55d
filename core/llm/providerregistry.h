#pragma once

#include "config/appconfig.h"
#include "llmprovider.h"
#include "local/localmodelpool.h"

#include <QHash>
#include <QMutex>
#include <memory>

class QThreadPool;

namespace aistack {

class MetricsRegistry;
struct LlmMetrics;
struct OpenAiSettings;

// Builds providers from the configuration and shares them: tools with the same ai_client get the same
// provider, tools naming the same GGUF file the same loaded model. Every provider it returns is metered.
// Thread-safe. Owned by the composition root.
class ProviderRegistry
{
public:
    struct Options
    {
        QString wordTablePath;    // the builtin embedder's table; empty = WordVectorTable::defaultPath()
        LlamaStackConfig llamaStack; // where provider llama_stack points when a tool gives no base_url
    };

    ProviderRegistry(MetricsRegistry *metrics, QThreadPool *pool, Options options);
    ~ProviderRegistry();

    // The chat provider of a tool's ai_client; the no-model provider when none is configured.
    std::shared_ptr<LlmProvider> chatProvider(const AiClientConfig &client);
    // The provider computing a rag tool's embeddings: the builtin embedder unless `embeddings` names a
    // model of the tool's own provider.
    std::shared_ptr<LlmProvider> embeddingProvider(const ToolConfig &tool);
    std::shared_ptr<LlmProvider> builtinEmbedder();
    // The Lightspeed `llama_stack` server as an OpenAI-compatible provider; null without `url`.
    std::shared_ptr<LlmProvider> llamaStackProvider();

    // The OpenAI-compatible settings a client config resolves to (defaults, environment, policy).
    static OpenAiSettings openAiSettings(const AiClientConfig &client, const LlamaStackConfig &llamaStack);

private:
    std::shared_ptr<LlmProvider> cached(const QString &key, const std::function<std::shared_ptr<LlmProvider>()> &make);

    std::shared_ptr<LlmMetrics> m_metrics;
    QThreadPool *m_pool;
    Options m_options;
    LocalModelPool m_localModels;
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<LlmProvider>> m_providers;
};

} // namespace aistack
