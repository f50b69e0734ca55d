#include "ingestionpipeline.h"

#include "blockingembed.h"
#include "rag/store/vectorstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IngestionPipeline)
};

IngestedFile ingestOne(const IngestFile &file, const IngestTarget &target, const std::atomic<bool> *cancelled,
                       const std::function<void(int, int)> &onChunks)
{
    IngestedFile result;
    result.fileName = file.name;
    PreparedDocument doc = prepareDocument(file, target.chunking);
    if (!doc.ok) {
        result.error = doc.error;
        return result;
    }
    result.documentId = doc.record.id;
    const int total = int(doc.chunks.size());
    onChunks(0, total);
    const int batch = std::max(1, target.embedBatch);
    for (int from = 0; from < total; from += batch) {
        if (cancelled && cancelled->load()) {
            result.error = Tr::tr("%1: cancelled; nothing was stored").arg(file.name);
            return result;
        }
        QStringList texts;
        const int to = std::min(total, from + batch);
        for (int i = from; i < to; ++i)
            texts << doc.chunks[i].text;
        QString error;
        auto vectors = embedAndWait(*target.embedder, texts, target.embeddingModel, cancelled, &error);
        if (!vectors) {
            result.error = Tr::tr("%1: embedding failed: %2").arg(file.name, error);
            return result;
        }
        for (int i = from; i < to; ++i)
            doc.chunks[i].vector = std::move((*vectors)[i - from]);
        onChunks(to, total);
    }
    if (cancelled && cancelled->load()) {
        result.error = Tr::tr("%1: cancelled; nothing was stored").arg(file.name);
        return result;
    }
    QString error;
    if (!target.store->addDocument(target.collection, doc.record, doc.chunks, &error, &result.replaced)) {
        result.error = Tr::tr("%1: could not be stored: %2").arg(file.name, error);
        return result;
    }
    result.stored = true;
    for (const StoredChunk &c : std::as_const(doc.chunks))
        result.chunkIds << c.id;
    return result;
}
} // namespace

IngestionPipeline::IngestionPipeline(QThreadPool *pool) : m_pool(pool) {}

QVector<IngestedFile> IngestionPipeline::run(const QVector<IngestFile> &files, const IngestTarget &target,
                                             const std::atomic<bool> *cancelled, const ProgressFn &onProgress,
                                             const std::function<void(const IngestedFile &)> &onFile)
{
    QVector<IngestedFile> results;
    for (int i = 0; i < files.size(); ++i) {
        IngestedFile r;
        if (cancelled && cancelled->load()) {
            r.fileName = files[i].name;
            r.error = Tr::tr("%1: cancelled; nothing was stored").arg(files[i].name);
        } else {
            r = ingestOne(files[i], target, cancelled, [&](int done, int total) {
                if (onProgress)
                    onProgress(files[i].name, done, total, i, int(files.size()));
            });
        }
        if (onFile)
            onFile(r);
        results.push_back(r);
    }
    return results;
}

IngestJob *IngestionPipeline::ingest(QVector<IngestFile> files, IngestTarget target)
{
    auto *job = new IngestJob;
    // The job stays alive until the worker's last queued call (finished) has run on its thread.
    const std::shared_ptr<IngestJob::State> state = job->m_state;
    m_pool->start([job, state, files = std::move(files), target = std::move(target)]() {
        const auto results = run(
            files, target, &state->cancelled,
            [job](const QString &name, int done, int total, int index, int count) {
                QMetaObject::invokeMethod(job, [=]() { Q_EMIT job->progress(name, done, total, index, count); },
                                          Qt::QueuedConnection);
            },
            [job](const IngestedFile &r) {
                QMetaObject::invokeMethod(job, [=]() { Q_EMIT job->fileFinished(r); }, Qt::QueuedConnection);
            });
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
