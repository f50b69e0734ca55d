#pragma once

#include "retrievalresult.h"

#include <memory>
#include <optional>

namespace aistack {

class LlmProvider;
class VectorStore;

// Embeds a question and asks a store for its top k chunks. Blocking: for worker threads.
class Retriever
{
public:
    Retriever(std::shared_ptr<VectorStore> store, std::shared_ptr<LlmProvider> embedder,
              QString embeddingModel = {});

    std::optional<RetrievalResult> retrieve(const QString &collection, const QString &question, int k,
                                            SearchMode mode, QString *error) const;

    // The store is asked for up to this many passages (5 k at most), and the best k kept.
    static constexpr int kPool = 20;
    // The k best of hits for a question: the best sentence's word match plus half the cosine similarity;
    // equal scores keep the order given.
    static QVector<StoreHit> rerank(const QString &question, QVector<StoreHit> hits, int k);

private:
    std::shared_ptr<VectorStore> m_store;
    std::shared_ptr<LlmProvider> m_embedder;
    QString m_embeddingModel;
};

} // namespace aistack
