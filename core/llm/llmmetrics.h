#pragma once

#include "llmprovider.h"

#include <memory>

namespace aistack {

class Counter;
class Histogram;
class MetricsRegistry;

// The provider metrics: the Lightspeed `ls_llm_*` series and our own `aistack_llm_*` ones.
struct LlmMetrics
{
    explicit LlmMetrics(MetricsRegistry *registry);

    Counter *calls;          // ls_llm_calls_total{provider,model}
    Counter *failures;       // ls_llm_calls_failures_total
    Counter *tokensSent;     // ls_llm_token_sent_total{provider,model}
    Counter *tokensReceived; // ls_llm_token_received_total{provider,model}
    Histogram *duration;     // aistack_llm_call_duration_seconds{provider,model}
    Histogram *firstToken;   // aistack_llm_time_to_first_token_seconds{provider,model}
    Counter *failuresByKind; // aistack_llm_call_failures_total{provider,model,kind}
    Counter *embeddedTexts;  // aistack_embedding_texts_total{provider,model}
    Histogram *queueWait;    // aistack_llm_queue_wait_seconds{provider,model}: providers that queue calls
};

// Wraps a provider and records every chat and embedding call in the metrics.
class InstrumentedProvider : public LlmProvider
{
public:
    InstrumentedProvider(std::shared_ptr<LlmProvider> inner, std::shared_ptr<LlmMetrics> metrics);

    QString name() const override { return m_inner->name(); }
    QString defaultModel() const override { return m_inner->defaultModel(); }
    bool supportsTools() const override { return m_inner->supportsTools(); }
    LlmCall *chat(const ChatRequest &request, bool stream) override;
    LlmCall *embed(const QStringList &texts, const QString &model = {}) override;
    LlmCall *listModels() override { return m_inner->listModels(); }
    LlmCall *checkHealth() override { return m_inner->checkHealth(); }
    Inline embedInline(const QStringList &texts, const QString &model, EmbeddingResult *out,
                       LlmError *error) override;
    Inline chatInline(const ChatRequest &request, ChatResult *out, LlmError *error) override;

private:
    void watchFailures(LlmCall *call);
    void watchQueueWait(LlmCall *call, const QStringList &labels);

    std::shared_ptr<LlmProvider> m_inner;
    std::shared_ptr<LlmMetrics> m_metrics;
};

} // namespace aistack
