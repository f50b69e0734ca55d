#pragma once

#include "ingestitem.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <atomic>
#include <memory>

class QThreadPool;

namespace aistack {

class Counter;
class DocumentLibrary;
class IngestItemTable;

// What the ingestion queue (GUI thread) and its worker share, under one mutex.
struct IngestShared
{
    QMutex mutex;
    QHash<qint64, IngestItem> pending; // changes the GUI has not seen yet
    IngestProgress progress;           // this run
    QElapsedTimer clock;               // since the run started
    bool workerRunning = false;
    bool wake = false; // files were queued while the worker ran: look again before stopping
    QSet<qint64> forced; // re-index: parse these even when their content is stored already
    std::atomic<bool> cancel{false};
    std::atomic<bool> shuttingDown{false};
    Counter *filesCounter = nullptr;  // aistack_ingest_files_total{outcome}
    Counter *chunksCounter = nullptr; // aistack_ingest_chunks_total{outcome}

    void change(const IngestItem &item)
    {
        QMutexLocker lock(&mutex);
        pending.insert(item.id, item);
    }
    // Counts a file's end in the run's progress and the metrics.
    void finished(const IngestItem &item, const QString &outcome);
    // Hands items just added to the table to the GUI and counts the queued ones into the run (a new run when
    // the queue was idle); force: re-index them even when their content is stored already.
    void queued(const QVector<IngestItem> &items, bool force);
};

// The worker's loop: takes queued items from the table until none are left (or the run is cancelled), and
// ingests each into its tool's collection. Blocking; runs on the queue's worker thread. storeThread writes a
// file while the next one is parsed.
void runIngestWorker(const std::shared_ptr<IngestShared> &shared, const std::shared_ptr<IngestItemTable> &table,
                     DocumentLibrary *library, QThreadPool *storeThread);

} // namespace aistack
