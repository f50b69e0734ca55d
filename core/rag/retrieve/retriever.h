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

private:
    std::shared_ptr<VectorStore> m_store;
    std::shared_ptr<LlmProvider> m_embedder;
    QString m_embeddingModel;
};

} // namespace aistack
