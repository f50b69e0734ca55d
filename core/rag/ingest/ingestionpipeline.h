#pragma once

#include "ingestjob.h"

#include <QVector>
#include <functional>
#include <optional>

class QThreadPool;

namespace aistack {

// Runs ingestion jobs on a pool of worker threads (several jobs in parallel, the files of one job in
// order). Never blocks the calling thread.
class IngestionPipeline
{
public:
    explicit IngestionPipeline(QThreadPool *pool);

    // Starts ingesting files into target; the returned job reports progress and deletes itself when done.
    IngestJob *ingest(QVector<IngestFile> files, IngestTarget target);

    // The same, with the target worked out on the worker thread (opening a store may touch the disk or
    // the network). When resolve fails, every file fails with its message.
    using TargetResolver = std::function<std::optional<IngestTarget>(QString *error)>;
    IngestJob *ingest(QVector<IngestFile> files, TargetResolver resolve);

    // The same work, synchronously, for callers already on a worker thread (and for benchmarks).
    // With a storePool, each document is written there while the next one is parsed and embedded here.
    // onProgress and onFile may be empty.
    using ProgressFn = std::function<void(const QString &, int, int, int, int)>;
    static QVector<IngestedFile> run(const QVector<IngestFile> &files, const IngestTarget &target,
                                     const std::atomic<bool> *cancelled, const ProgressFn &onProgress,
                                     const std::function<void(const IngestedFile &)> &onFile,
                                     QThreadPool *storePool = nullptr);

private:
    QThreadPool *m_pool;
};

} // namespace aistack
