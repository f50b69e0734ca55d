#include "ingestionpipeline.h"

#include "blockingembed.h"
#include "rag/store/vectorstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IngestionPipeline)
};

QString cancelledMessage(const QString &file)
{
    return Tr::tr("%1: cancelled; nothing was stored").arg(file);
}

// A file parsed, chunked and embedded, waiting to be stored (or its failure).
struct Staged
{
    IngestedFile result;
    PreparedDocument doc;
    bool ready = false;
};

Staged prepareAndEmbed(const IngestFile &file, const IngestTarget &target, const std::atomic<bool> *cancelled,
                       const std::function<void(int, int)> &onChunks)
{
    Staged staged;
    IngestedFile &result = staged.result;
    result.fileName = file.name;
    staged.doc = prepareDocument(file, target.chunking);
    PreparedDocument &doc = staged.doc;
    if (!doc.ok) {
        result.error = doc.error;
        result.failure = IngestedFile::Failure::Document;
        return staged;
    }
    result.documentId = doc.record.id;
    const int total = int(doc.chunks.size());
    onChunks(0, total);
    const int batch = std::max(1, target.embedBatch);
    for (int from = 0; from < total; from += batch) {
        if (cancelled && cancelled->load()) {
            result.error = cancelledMessage(file.name);
            result.failure = IngestedFile::Failure::Cancelled;
            return staged;
        }
        QStringList texts;
        const int to = std::min(total, from + batch);
        for (int i = from; i < to; ++i)
            texts << doc.chunks[i].text;
        QString error;
        auto vectors = embedAndWait(*target.embedder, texts, target.embeddingModel, cancelled, &error);
        if (!vectors) {
            result.error = Tr::tr("%1: embedding failed: %2").arg(file.name, error);
            result.failure = IngestedFile::Failure::Embedding;
            return staged;
        }
        for (int i = from; i < to; ++i)
            doc.chunks[i].vector = std::move((*vectors)[i - from]);
        onChunks(to, total);
    }
    staged.ready = true;
    return staged;
}

void store(Staged &staged, const IngestTarget &target)
{
    IngestedFile &result = staged.result;
    QString error;
    if (!target.store->addDocument(target.collection, staged.doc.record, staged.doc.chunks, &error,
                                   &result.replaced)) {
        result.error = Tr::tr("%1: could not be stored: %2").arg(result.fileName, error);
        result.failure = IngestedFile::Failure::Store;
        return;
    }
    result.stored = true;
    for (const StoredChunk &c : std::as_const(staged.doc.chunks))
        result.chunkIds << c.id;
    staged.doc.chunks.clear();
}
} // namespace

IngestionPipeline::IngestionPipeline(QThreadPool *pool) : m_pool(pool) {}

QVector<IngestedFile> IngestionPipeline::run(const QVector<IngestFile> &files, const IngestTarget &target,
                                             const std::atomic<bool> *cancelled, const ProgressFn &onProgress,
                                             const std::function<void(const IngestedFile &)> &onFile,
                                             QThreadPool *storePool)
{
    // Two stages: while file i is written to the store (on storePool), file i+1 is parsed and embedded here.
    QVector<IngestedFile> results(files.size());
    QFuture<void> writing;
    int writingIndex = -1;
    auto report = [&](int i) {
        if (onFile)
            onFile(results[i]);
    };
    auto finishWriting = [&]() {
        if (writingIndex < 0)
            return;
        writing.waitForFinished();
        report(writingIndex);
        writingIndex = -1;
    };
    for (int i = 0; i < files.size(); ++i) {
        if (cancelled && cancelled->load()) {
            finishWriting();
            results[i].fileName = files[i].name;
            results[i].error = cancelledMessage(files[i].name);
            results[i].failure = IngestedFile::Failure::Cancelled;
            report(i);
            continue;
        }
        auto staged =
            std::make_shared<Staged>(prepareAndEmbed(files[i], target, cancelled, [&](int done, int total) {
                if (onProgress)
                    onProgress(files[i].name, done, total, i, int(files.size()));
            }));
        finishWriting();
        if (staged->ready && cancelled && cancelled->load()) {
            staged->ready = false;
            staged->result.error = cancelledMessage(files[i].name);
            staged->result.failure = IngestedFile::Failure::Cancelled;
        }
        if (!staged->ready) {
            results[i] = staged->result;
            report(i);
            continue;
        }
        auto write = [staged, &target, &results, i]() {
            store(*staged, target);
            results[i] = staged->result;
        };
        if (storePool) {
            writing = QtConcurrent::run(storePool, write);
            writingIndex = i;
        } else {
            write();
            report(i);
        }
    }
    finishWriting();
    return results;
}

IngestJob *IngestionPipeline::ingest(QVector<IngestFile> files, IngestTarget target)
{
    return ingest(std::move(files),
                  [target = std::move(target)](QString *) { return std::optional(target); });
}

IngestJob *IngestionPipeline::ingest(QVector<IngestFile> files, TargetResolver resolve)
{
    auto *job = new IngestJob;
    // The job stays alive until the worker's last queued call (finished) has run on its thread.
    const std::shared_ptr<IngestJob::State> state = job->m_state;
    m_pool->start([job, state, pool = m_pool, files = std::move(files), resolve = std::move(resolve)]() {
        const auto onFile = [job](const IngestedFile &r) {
            QMetaObject::invokeMethod(
                job, [=]() { Q_EMIT job->fileFinished(r); }, Qt::QueuedConnection);
        };
        const auto onProgress = [job](const QString &name, int done, int total, int index, int count) {
            QMetaObject::invokeMethod(
                job, [=]() { Q_EMIT job->progress(name, done, total, index, count); }, Qt::QueuedConnection);
        };
        QString error;
        const std::optional<IngestTarget> target = resolve(&error);
        QVector<IngestedFile> results;
        if (target) {
            results = run(files, *target, &state->cancelled, onProgress, onFile, pool);
        } else {
            for (const IngestFile &f : files) {
                IngestedFile r;
                r.fileName = f.name;
                r.error = Tr::tr("%1: %2").arg(f.name, error);
                r.failure = IngestedFile::Failure::Store;
                onFile(r);
                results.push_back(r);
            }
        }
        const bool cancelled = state->cancelled.load();
        QMetaObject::invokeMethod(
            job,
            [=]() {
                Q_EMIT job->finished(results, cancelled);
                job->deleteLater();
            },
            Qt::QueuedConnection);
    });
    return job;
}

} // namespace aistack
