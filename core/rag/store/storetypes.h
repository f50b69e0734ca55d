#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace aistack {

// A chunk ready to store: its text, its metadata (scalars only) and its normalised embedding.
struct StoredChunk
{
    QString id;
    QString text;
    QJsonObject metadata;
    QVector<float> vector;
};

// A document as a store keeps it: the chunks are added and replaced as one unit.
struct DocumentRecord
{
    QString id; // stable per content: re-adding the same bytes replaces the document
    QString fileName;
    QString contentHash; // sha256 hex of the bytes
    QJsonObject metadata;
    int chunkCount = 0;
    qint64 bytes = 0;
    QString addedAt; // ISO 8601 UTC, filled in by the store
};

enum class SearchMode { Hybrid, Vector, Keyword };

struct StoreQuery
{
    QString text;          // for the keyword (BM25) part
    QVector<float> vector; // for the vector part; normalised
    int k = 4;
    SearchMode mode = SearchMode::Hybrid;
};

struct StoreHit
{
    QString id;
    QString documentId;
    QString text;
    QJsonObject metadata;
    double distance = 0; // squared L2 between the normalised vectors (Chroma's default "l2"): 0 = same
    double relevance = -1; // the retriever's ranking score (word match of the best sentence + meaning); -1: none
};

} // namespace aistack
