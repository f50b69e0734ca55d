#pragma once

#include "llm/llmprovider.h"

namespace aistack {

// A stand-in model for load tests, compiled into test-route builds only (provider `paced`): it answers every
// chat with `count` numbered words, one every `intervalMs`, as a slow model streams. The model name gives the
// pace: "paced-<count>x<intervalMs>", e.g. "paced-20x50". Timers run on the caller's thread; no network.
class PacedProvider : public LlmProvider
{
public:
    explicit PacedProvider(const QString &model);
    QString name() const override { return QStringLiteral("paced"); }
    QString defaultModel() const override { return m_model; }
    LlmCall *chat(const ChatRequest &request, bool stream) override;
    LlmCall *embed(const QStringList &texts, const QString &model = {}) override;
    LlmCall *listModels() override;
    LlmCall *checkHealth() override;

private:
    QString m_model;
    int m_count = 20;
    int m_intervalMs = 50;
};

} // namespace aistack
