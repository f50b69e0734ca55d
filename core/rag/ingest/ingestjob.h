#pragma once

#include "preparedocument.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>

namespace aistack {

class LlmProvider;
class VectorStore;

// Where a job stores: the store and collection, and the embedder that makes the vectors.
struct IngestTarget
{
    std::shared_ptr<VectorStore> store;
    QString collection;
    std::shared_ptr<LlmProvider> embedder;
    QString embeddingModel; // empty: the embedder's own
    ChunkerSettings chunking;
    int embedBatch = 64; // texts per embedding call
};

// What became of one file.
struct IngestedFile
{
    QString fileName;
    bool stored = false;
    QString documentId;
    QStringList chunkIds;
    bool replaced = false; // the collection held this content already; it was replaced
    QString error;         // names the file; empty when stored
    // Where it failed: the file itself (unsupported, corrupt, empty), the embedder, the store, or a cancel.
    enum class Failure { None, Document, Embedding, Store, Cancelled } failure = Failure::None;
};

// One batch of files going parse -> chunk -> embed -> store on a worker thread. Lives in the thread that
// started it; its signals arrive there. Each file is stored as one unit or not at all. Deletes itself
// after finished().
class IngestJob : public QObject
{
    Q_OBJECT
public:
    // Asks the job to stop: the file in progress is not stored, the rest are skipped. Thread-safe.
    void cancel() { m_state->cancelled = true; }

Q_SIGNALS:
    // chunksDone of chunksTotal for the file at fileIndex (0-based) of fileCount.
    void progress(const QString &fileName, int chunksDone, int chunksTotal, int fileIndex, int fileCount);
    void fileFinished(const aistack::IngestedFile &result);
    // Every file's result in input order; cancelled when cancel() stopped the job.
    void finished(const QVector<aistack::IngestedFile> &results, bool cancelled);

private:
    friend class IngestionPipeline;
    struct State
    {
        std::atomic<bool> cancelled{false};
    };
    IngestJob() : m_state(std::make_shared<State>()) {}
    std::shared_ptr<State> m_state;
};

} // namespace aistack

Q_DECLARE_METATYPE(aistack::IngestedFile)
