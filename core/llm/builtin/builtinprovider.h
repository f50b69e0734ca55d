#pragma once

#include "../llmprovider.h"
#include "builtinembedder.h"

class QThreadPool;

namespace aistack {

// The builtin embedder as a provider: embeddings only, computed on a worker pool.
class BuiltinProvider : public LlmProvider
{
public:
    // `table` may be null (no table installed): every call then fails with a message naming the path.
    BuiltinProvider(std::shared_ptr<const WordVectorTable> table, QString loadError, QThreadPool *pool);

    QString name() const override { return QStringLiteral("builtin"); }
    QString defaultModel() const override { return BuiltinEmbedder::modelName(); }
    LlmCall *chat(const ChatRequest &request, bool stream) override;
    LlmCall *embed(const QStringList &texts, const QString &model = {}) override;
    LlmCall *listModels() override;
    LlmCall *checkHealth() override;
    Inline embedInline(const QStringList &texts, const QString &model, EmbeddingResult *out,
                       LlmError *error) override;

private:
    LlmError notInstalled() const;
    std::optional<LlmError> cannotEmbed(const QString &model) const;

    std::shared_ptr<BuiltinEmbedder> m_embedder;
    QString m_loadError;
    QThreadPool *m_pool;
};

} // namespace aistack
