#pragma once

#include "ingestitem.h"

#include <QObject>
#include <QThreadPool>
#include <memory>

class QTimer;

namespace aistack {

class Counter;
class Database;
class DocumentLibrary;
class Gauge;
class IngestItemTable;
class MetricsRegistry;
class StorageGate;
struct IngestShared;

// The desktop's ingestion queue: files added from the Documents pane, the command line (--ingest) or a
// watched folder go parse -> chunk -> embed -> store into a rag tool's collection, one file after another on
// a worker thread of its own while the previous file is written on a second one. The queue is kept in the
// database, so it goes on after a restart or a kill: files not finished are queued again, and a file whose
// content the collection already holds is not parsed again (its content hash is its document id). Failed
// and cancelled files keep their reason and can be retried; nothing else of a batch is lost.
//
// Lives on the thread that made it (the GUI thread, or the headless main thread); its signals arrive there,
// coalesced about 30 times a second however many files and chunks go by. Never blocks that thread.
class IngestQueue : public QObject
{
    Q_OBJECT
public:
    // The queue's jobs wait for the gate (the schema in place) before they touch its table.
    IngestQueue(DocumentLibrary *library, Database &db, const StorageGate *gate, MetricsRegistry *metrics,
                QObject *parent = nullptr);
    ~IngestQueue() override; // cancels the work in progress and waits for it

    // Queues files and whole folders (searched recursively) for a rag tool (empty: the first). Files that are
    // not documents aistack reads are listed as skipped, with the reason. Returns at once.
    void enqueue(const QString &tool, const QStringList &paths);
    // Queues again the files that did not finish (after a restart); call once the database is ready.
    void resume();
    // Stops the run: the file in progress and every queued file become cancelled (retryable).
    void cancel();
    // Queues failed or cancelled items again.
    void retry(const QVector<qint64> &ids);
    // Parses and stores these items again even when their content did not change (re-index).
    void reindex(const QVector<qint64> &ids);

    bool isRunning() const;
    IngestProgress progress() const;

    // For the panes and the folder watcher: the table behind the queue.
    std::shared_ptr<IngestItemTable> table() const { return m_table; }
    const StorageGate *gate() const { return m_gate; }
    // Announces items changed outside the worker (removed documents, imported rows); thread-safe. They reach
    // itemsChanged() with the next emission; publish() (on the queue's thread) makes sure one comes.
    void announce(const QVector<IngestItem> &items);
    void publish() { ensureFlushing(); }

Q_SIGNALS:
    // Items whose state, progress or error changed since the last emission.
    void itemsChanged(const QVector<aistack::IngestItem> &items);
    void progressChanged(const aistack::IngestProgress &progress);
    // The queue has nothing left to do (every file stored, failed or cancelled).
    void idle(const aistack::IngestProgress &progress);

private:
    void requeue(const QVector<qint64> &ids, bool force);
    void startWorker();  // thread-safe
    void ensureFlushing();
    void flush();

    DocumentLibrary *m_library;
    const StorageGate *m_gate;
    std::shared_ptr<IngestItemTable> m_table;
    std::shared_ptr<IngestShared> m_shared;
    QThreadPool m_jobThread;    // adding files: folders are searched here
    QThreadPool m_workerThread; // the worker: parse and embed
    QThreadPool m_storeThread;  // the previous file's write to the store
    QTimer *m_flush;
    Gauge *m_queuedGauge = nullptr;
    Gauge *m_pendingChunks = nullptr;
};

} // namespace aistack
