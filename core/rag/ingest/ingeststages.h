#pragma once

#include "ingestjob.h"

#include <QElapsedTimer>
#include <QFuture>
#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

namespace aistack {

// A file parsed, chunked and embedded, waiting to be stored; or why it could not be.
struct StagedDocument
{
    IngestedFile result;
    PreparedDocument doc;
    bool ready = false; // parsed and embedded: store it
    qint64 key = 0;     // the caller's own handle on it (an index, a queue row)
};

// The two stages of ingesting one file, for the pipeline and the desktop's ingestion queue. Blocking: for
// worker threads.

// Parses, chunks and embeds. onChunks(done, total) follows the embedding, from (0, total) once the file is
// parsed; it may be empty.
StagedDocument prepareAndEmbed(const IngestFile &file, const IngestTarget &target, const std::atomic<bool> *cancelled,
                               const std::function<void(int, int)> &onChunks);

// Writes staged documents to one target in groups (one store transaction for many small files) on a store
// thread, while the caller parses and embeds the next ones. `written` runs on the caller's thread, in the
// order the documents were added, once each one is stored or has failed.
class StagedWriter
{
public:
    using Written = std::function<void(StagedDocument &)>;
    // storePool may be null: the groups are then written in the caller's thread.
    StagedWriter(IngestTarget target, QThreadPool *storePool, Written written);
    ~StagedWriter(); // finish()
    StagedWriter(const StagedWriter &) = delete;
    StagedWriter &operator=(const StagedWriter &) = delete;

    const IngestTarget &target() const { return m_target; }
    // Adds a ready document; sends the group when it holds enough.
    void add(std::shared_ptr<StagedDocument> staged);
    // Sends what is pending and waits until every document is written.
    void finish();

    // A group goes to the store when it holds this many chunks or documents, or when its first document
    // has waited this long (so a file's "stored" never lags far behind its embedding).
    static constexpr int kGroupChunks = 512;
    static constexpr int kGroupDocuments = 64;
    static constexpr int kGroupWaitMs = 100;

private:
    void send();
    void collect(); // waits for the group being written and hands each document to `written`

    IngestTarget m_target;
    QThreadPool *m_pool;
    Written m_written;
    QVector<std::shared_ptr<StagedDocument>> m_pending;
    QVector<std::shared_ptr<StagedDocument>> m_writing;
    qsizetype m_pendingChunks = 0;
    QElapsedTimer m_pendingSince;
    QFuture<void> m_future;
};

// The message of a file whose ingestion was cancelled.
QString cancelledIngestMessage(const QString &file);

} // namespace aistack
