#include "ingestionpipeline.h"
#include "common/threadhandoff.h"

#include "ingeststages.h"
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

} // namespace

IngestionPipeline::IngestionPipeline(QThreadPool *pool) : m_pool(pool) {}

QVector<IngestedFile> IngestionPipeline::run(const QVector<IngestFile> &files, const IngestTarget &target,
                                             const std::atomic<bool> *cancelled, const ProgressFn &onProgress,
                                             const std::function<void(const IngestedFile &)> &onFile,
                                             QThreadPool *storePool)
{
    // Two stages: while a group of files is written to the store (on storePool), the next ones are parsed and
    // embedded here. Small files share a store transaction.
    QVector<IngestedFile> results(files.size());
    auto report = [&](int i) {
        if (onFile)
            onFile(results[i]);
    };
    StagedWriter writer(target, storePool, [&](StagedDocument &staged) {
        results[int(staged.key)] = staged.result;
        report(int(staged.key));
    });
    for (int i = 0; i < files.size(); ++i) {
        if (cancelled && cancelled->load()) {
            writer.finish();
            results[i].fileName = files[i].name;
            results[i].error = cancelledIngestMessage(files[i].name);
            results[i].failure = IngestedFile::Failure::Cancelled;
            report(i);
            continue;
        }
        auto staged = std::make_shared<StagedDocument>(
            prepareAndEmbed(files[i], target, cancelled, [&](int done, int total) {
                if (onProgress)
                    onProgress(files[i].name, done, total, i, int(files.size()));
            }));
        staged->key = i;
        if (staged->ready && cancelled && cancelled->load()) {
            staged->ready = false;
            staged->result.error = cancelledIngestMessage(files[i].name);
            staged->result.failure = IngestedFile::Failure::Cancelled;
        }
        if (!staged->ready) {
            writer.finish(); // files are reported in order
            results[i] = staged->result;
            report(i);
            continue;
        }
        writer.add(staged);
    }
    writer.finish();
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
    m_pool->start(
        handOff([job, state, pool = m_pool, files = std::move(files), resolve = std::move(resolve)]() {
            const auto onFile = [job](const IngestedFile &r) {
                QMetaObject::invokeMethod(job, handOff([=]() { Q_EMIT job->fileFinished(r); }),
                                          Qt::QueuedConnection);
            };
            const auto onProgress = [job](const QString &name, int done, int total, int index, int count) {
                QMetaObject::invokeMethod(
                    job, handOff([=]() { Q_EMIT job->progress(name, done, total, index, count); }),
                    Qt::QueuedConnection);
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
        }));
    return job;
}

} // namespace aistack
