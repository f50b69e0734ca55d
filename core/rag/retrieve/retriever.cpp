#include "retriever.h"

#include "rag/ingest/blockingembed.h"
#include "rag/store/vectorstore.h"
#include "common/sentencematch.h"

#include <algorithm>

namespace aistack {

Retriever::Retriever(std::shared_ptr<VectorStore> store, std::shared_ptr<LlmProvider> embedder,
                     QString embeddingModel)
    : m_store(std::move(store)), m_embedder(std::move(embedder)), m_embeddingModel(std::move(embeddingModel))
{
}

QVector<StoreHit> Retriever::rerank(const QString &question, QVector<StoreHit> hits, int k)
{
    const std::vector<quint64> words = SentenceMatch::contentWords(question);
    QVector<std::pair<double, int>> scored;
    scored.reserve(hits.size());
    for (int i = 0; i < hits.size(); ++i) {
        const double meaning = RetrievalResult::similarity(hits[i]);
        scored.push_back({SentenceMatch::bestSentenceScore(words, hits[i].text) + 0.5 * meaning, i});
    }
    // Equal scores keep the store's order.
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QVector<StoreHit> out;
    out.reserve(std::min<qsizetype>(k, scored.size()));
    for (int i = 0; i < scored.size() && i < k; ++i) {
        out.push_back(std::move(hits[scored[i].second]));
        out.last().relevance = scored[i].first;
    }
    return out;
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
    // A wider pool than asked for, ordered again by how well each passage's best sentence matches the question
    // (plus its meaning): the passage listed first is then the one an answer quotes first, and the sources,
    // referenced_documents and the model's context all follow that order (bench/rag ranking).
    query.k = std::max(k, std::min(kPool, k * 5));
    auto hits = m_store->query(collection, query, error);
    if (!hits)
        return std::nullopt;
    RetrievalResult result;
    result.query = question;
    result.hits = rerank(question, std::move(*hits), k);
    return result;
}

} // namespace aistack
