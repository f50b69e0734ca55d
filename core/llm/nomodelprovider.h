#pragma once

#include "llmprovider.h"

namespace aistack {

// What answers when a tool has no ai_client: grounded requests get the extractive answer, others the
// message naming what to configure. Streams like a model does (word by word), so clients see no difference
// in shape. Offers no embeddings.
class NoModelProvider : public LlmProvider
{
public:
    QString name() const override { return QStringLiteral("none"); }
    QString defaultModel() const override { return QStringLiteral("extractive"); }
    LlmCall *chat(const ChatRequest &request, bool stream) override;
    Inline chatInline(const ChatRequest &request, ChatResult *out, LlmError *error) override;
    LlmCall *embed(const QStringList &texts, const QString &model = {}) override;
    LlmCall *listModels() override;
    LlmCall *checkHealth() override;

private:
    ChatResult answer(const ChatRequest &request) const;
};

} // namespace aistack
