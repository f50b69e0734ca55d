#pragma once

#include "conversations/answerdetails.h"
#include "llm/llmtypes.h"
#include "rag/store/storetypes.h"

#include <QJsonObject>
#include <QVector>

namespace aistack {

// A place an answer can cite.
struct SourceRef
{
    QString documentId;
    QString fileName;
    int page = 0; // 0 = no page
    QString snippet;
};

// The chunks retrieved for one question, best first, in the shapes the API layers and providers need.
struct RetrievalResult
{
    QString query;
    QVector<StoreHit> hits;

    // Chroma's query shape for one query: {"ids":[[..]], "documents":[[..]], "metadatas":[[..]],
    // "distances":[[..]]}. A distance that is unknown is null.
    QJsonObject chromaShape() const;

    // One entry per document and page, in the order of the best hit, with the start of that hit's text.
    QVector<SourceRef> sources(int snippetChars = 200) const;

    // The hits as prompt context for a provider.
    QVector<ContextPassage> passages() const;

    // The hits as a person sees them under an answer, best first, each with the score its place comes from;
    // tool names the rag tool searched.
    QVector<CitedPassage> cited(const QString &tool) const;

    // The similarity a person reads for a hit: the cosine of the two vectors (1 = the same meaning), 0 when
    // the distance is unknown.
    static double similarity(const StoreHit &hit);
};

} // namespace aistack
