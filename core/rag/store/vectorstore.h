#pragma once

#include "storetypes.h"

#include <QString>
#include <QVector>
#include <optional>

namespace aistack {

// A place that keeps chunks with their vectors and answers top-k queries. One collection holds the
// documents of one owner (session or user) for one rag tool.
//
// Every method blocks until it is done: call them from worker threads, never from the GUI or server thread.
// Implementations are thread-safe. Each method returns false / nullopt and sets *error on failure.
class VectorStore
{
public:
    virtual ~VectorStore() = default;

    virtual QString kind() const = 0; // "embedded" or "chroma"

    // Stores a document and its chunks as one unit: readers see all of it or none of it. A document with the
    // same id in the collection is replaced (*replaced tells). Creates the collection when needed.
    virtual bool addDocument(const QString &collection, const DocumentRecord &doc,
                             const QVector<StoredChunk> &chunks, QString *error,
                             bool *replaced = nullptr) = 0;

    // One document of a group write: what to store, and what became of it.
    struct DocumentWrite
    {
        const DocumentRecord *doc = nullptr;
        const QVector<StoredChunk> *chunks = nullptr;
        bool stored = false;
        bool replaced = false;
        QString error; // when not stored
    };
    // Stores several documents, each as one unit, as cheaply as the store allows (the embedded store: one
    // transaction for the group). A document that cannot be stored fails alone; the others are stored.
    // Returns whether every document was stored.
    virtual bool addDocuments(const QString &collection, QVector<DocumentWrite> &writes)
    {
        bool all = true;
        for (DocumentWrite &w : writes) {
            w.stored = addDocument(collection, *w.doc, *w.chunks, &w.error, &w.replaced);
            all = all && w.stored;
        }
        return all;
    }

    // Removes a document and its chunks. Removing a missing document is not an error.
    virtual bool deleteDocument(const QString &collection, const QString &documentId, QString *error) = 0;

    // The top k chunks, best first. An unknown or empty collection gives no hits.
    virtual std::optional<QVector<StoreHit>> query(const QString &collection, const StoreQuery &query,
                                                   QString *error) = 0;

    // Number of chunks in the collection (0 when it does not exist), or -1 on error.
    virtual qint64 count(const QString &collection, QString *error) = 0;

    // The documents of a collection, newest first.
    virtual std::optional<QVector<DocumentRecord>> documents(const QString &collection, QString *error) = 0;

    // Deletes a collection and everything in it. Dropping a missing collection is not an error.
    virtual bool dropCollection(const QString &collection, QString *error) = 0;

    // A cheap check that the store can be reached (readiness).
    virtual bool ping(QString *error) = 0;
};

} // namespace aistack
