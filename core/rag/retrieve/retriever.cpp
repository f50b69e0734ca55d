#include "retriever.h"

#include "rag/ingest/blockingembed.h"
#include "rag/store/vectorstore.h"

namespace aistack {

Retriever::Retriever(std::shared_ptr<VectorStore> store, std::shared_ptr<LlmProvider> embedder,
                     QString embeddingModel)
    : m_store(std::move(store)), m_embedder(std::move(embedder)), m_embeddingModel(std::move(embeddingModel))
{
}

std::optional<RetrievalResult> Retriever::retrieve(const QString &collection, const QString &question, int k,
                                                   SearchMode mode, QString *error) const
{
    StoreQuery query;
    query.text = question;
    query.k = k;
    query.mode = mode;
    // Embedded even for keyword search, so that every hit reports its distance.
    auto vectors = embedAndWait(*m_embedder, {question}, m_embeddingModel, nullptr, error);
    if (!vectors)
        return std::nullopt;
    query.vector = vectors->first();
    auto hits = m_store->query(collection, query, error);
    if (!hits)
        return std::nullopt;
    RetrievalResult result;
    result.query = question;
    result.hits = std::move(*hits);
    return result;
}

} // namespace aistack
