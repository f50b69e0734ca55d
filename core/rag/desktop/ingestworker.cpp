#include "ingestworker.h"

#include "ingestitemtable.h"
#include "metrics/metricfamily.h"
#include "rag/documentlibrary.h"
#include "rag/ingest/ingeststages.h"
#include "rag/store/vectorstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFuture>
#include <QLoggingCategory>
#include <QtConcurrent>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IngestQueue)
};

constexpr int kBatch = 128;          // queued rows read at a time
constexpr int kFlushRows = 256;      // finished rows written to the table at a time...
constexpr qint64 kFlushMs = 500;     // ...or this often

// One collection's target and what it holds already (document id -> its record).
struct Collection
{
    std::optional<IngestTarget> target;
    QString error;
    QHash<QString, DocumentRecord> documents;
};

class Worker
{
public:
    Worker(const std::shared_ptr<IngestShared> &shared, const std::shared_ptr<IngestItemTable> &table,
           DocumentLibrary *library, QThreadPool *storeThread)
        : m_shared(shared), m_table(table), m_library(library), m_storeThread(storeThread)
    {
        m_sinceFlush.start();
    }

    void run()
    {
        qint64 after = 0; // rows stay queued in the table until their end is written: read past them
        for (;;) {
            if (m_shared->cancel.load()) {
                if (!m_shared->shuttingDown.load()) // at shutdown the queued rows stay queued for the next start
                    cancelRest();
                break;
            }
            QString error;
            auto batch = m_table->queued(kBatch, after, &error);
            if (batch && batch->isEmpty() && after > 0) {
                // Everything finished is written now; a row queued again (retry) may lie behind `after`.
                finishWriting();
                writeFinished(true);
                after = 0;
                batch = m_table->queued(kBatch, after, &error);
            }
            if (!batch) {
                qWarning().noquote() << "ingestion queue: cannot read the queue:" << error;
                break;
            }
            if (batch->isEmpty()) {
                QMutexLocker lock(&m_shared->mutex);
                if (m_shared->wake && !m_shared->cancel.load()) {
                    m_shared->wake = false;
                    continue;
                }
                m_shared->workerRunning = false;
                m_shared->progress.running = false;
                m_shared->progress.currentFile.clear();
                return;
            }
            for (const IngestItem &item : std::as_const(*batch)) {
                if (m_shared->cancel.load())
                    break;
                after = qMax(after, item.id);
                ingest(item);
            }
        }
        finishWriting();
        writeFinished(true);
        QMutexLocker lock(&m_shared->mutex);
        m_shared->workerRunning = false;
        m_shared->progress.running = false;
        m_shared->progress.currentFile.clear();
        m_shared->cancel = false;
    }

private:
    Collection &collection(const QString &tool)
    {
        auto it = m_collections.find(tool);
        if (it != m_collections.end())
            return *it;
        Collection c;
        c.target = m_library->target(DocumentLibrary::desktopOwner(), tool, &c.error);
        if (c.target) {
            QString error;
            if (const auto docs = c.target->store->documents(c.target->collection, &error)) {
                for (const DocumentRecord &d : *docs)
                    c.documents.insert(d.id, d);
            }
        }
        return *m_collections.insert(tool, c);
    }

    void setState(IngestItem &item, IngestItem::State state)
    {
        item.state = state;
        m_shared->change(item);
    }

    void end(IngestItem &item, IngestItem::State state, const QString &outcome)
    {
        if (state == IngestItem::State::Cancelled && m_shared->shuttingDown.load())
            return; // the app is closing: the file stays queued and is ingested at the next start
        item.state = state;
        m_shared->finished(item, outcome);
        m_finished.push_back(item);
        if (m_finished.size() >= kFlushRows || m_sinceFlush.elapsed() >= kFlushMs)
            writeFinished(false);
    }

    void ingest(IngestItem item)
    {
        {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->progress.currentFile = item.name;
        }
        Collection &c = collection(item.tool);
        if (!c.target) {
            item.error = Tr::tr("%1: %2").arg(item.name, c.error);
            return end(item, IngestItem::State::Failed, QStringLiteral("failed"));
        }
        setState(item, IngestItem::State::Parsing);
        QFile file(item.path);
        if (!file.open(QIODevice::ReadOnly)) {
            item.error = Tr::tr("%1: cannot be read: %2").arg(item.name, file.errorString());
            return end(item, IngestItem::State::Failed, QStringLiteral("failed"));
        }
        const QByteArray bytes = file.readAll();
        file.close();
        const QString previous = item.documentId;
        QString hash;
        const QString id = documentIdForContent(bytes, &hash);
        bool forced = false;
        {
            QMutexLocker lock(&m_shared->mutex);
            forced = m_shared->forced.remove(item.id);
        }
        const auto known = c.documents.constFind(id);
        if (!forced && known != c.documents.constEnd()) { // the same content is stored: nothing to parse
            item.documentId = id;
            item.chunks = known->chunkCount;
            item.chunksDone = item.chunks;
            item.pages = known->metadata.value(QStringLiteral("pages")).toInt();
            item.unchanged = true;
            item.error.clear();
            dropReplaced(c, item, previous);
            return end(item, IngestItem::State::Stored, QStringLiteral("unchanged"));
        }
        IngestFile input{item.name, bytes, QJsonObject{{QStringLiteral("source_path"), item.path}}, QString(), hash};
        auto staged = std::make_shared<StagedDocument>(
            prepareAndEmbed(input, *c.target, &m_shared->cancel, [&](int done, int total) {
                item.chunks = total;
                item.chunksDone = done;
                if (done == 0) {
                    QMutexLocker lock(&m_shared->mutex);
                    m_shared->progress.chunksKnown += total;
                }
                item.state = IngestItem::State::Embedding;
                m_shared->change(item);
            }));
        const int embedded = item.chunksDone;
        {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->progress.chunksDone += embedded;
        }
        if (!staged->ready) {
            item.error = staged->result.error;
            const bool cancelled = staged->result.failure == IngestedFile::Failure::Cancelled;
            return end(item, cancelled ? IngestItem::State::Cancelled : IngestItem::State::Failed,
                       cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"));
        }
        item.pages = staged->doc.pages;
        item.format = staged->doc.format;
        staged->doc.record.metadata.insert(QStringLiteral("pages"), item.pages);
        staged->doc.record.metadata.insert(QStringLiteral("format"), item.format);
        setState(item, IngestItem::State::Storing);
        // Written on the store thread, with the files around it, while the next ones are parsed here.
        if (m_writer && m_writerTool != item.tool)
            m_writer.reset(); // finishes the other tool's group first
        if (!m_writer) {
            m_writerTool = item.tool;
            m_writer = std::make_unique<StagedWriter>(*c.target, m_storeThread,
                                                      [this](StagedDocument &done) { written(done); });
        }
        staged->key = item.id;
        m_inFlight.insert(item.id, {item, previous});
        // Counted as held from now on, so a copy of the file later in the folder is not parsed again.
        c.documents.insert(staged->doc.record.id, staged->doc.record);
        m_writer->add(staged);
    }

    void finishWriting()
    {
        if (m_writer)
            m_writer->finish();
    }

    // A file's group was written (on the store thread); here, on the worker thread, its row is updated.
    void written(StagedDocument &staged)
    {
        const InFlight flight = m_inFlight.take(staged.key);
        IngestItem item = flight.item;
        Collection &c = collection(item.tool);
        if (!staged.result.stored) {
            c.documents.remove(staged.doc.record.id);
            item.error = staged.result.error;
            return end(item, IngestItem::State::Failed, QStringLiteral("failed"));
        }
        item.documentId = staged.result.documentId;
        item.chunksDone = item.chunks;
        item.error.clear();
        c.documents.insert(item.documentId, staged.doc.record);
        dropReplaced(c, item, flight.previous);
        if (m_shared->chunksCounter)
            m_shared->chunksCounter->inc({QStringLiteral("stored")}, item.chunks);
        end(item, IngestItem::State::Stored, QStringLiteral("stored"));
    }

    // The file held other content before (it changed, or was re-indexed): that document leaves the store
    // unless another file still holds it.
    void dropReplaced(Collection &c, const IngestItem &item, const QString &previous)
    {
        if (previous.isEmpty() || previous == item.documentId || !c.documents.contains(previous))
            return;
        writeFinished(true); // so that the reference count below sees every stored row
        QString error;
        if (m_table->storedReferences(previous, item.id, &error) != 0)
            return;
        if (c.target->store->deleteDocument(c.target->collection, previous, &error))
            c.documents.remove(previous);
        else
            qWarning().noquote() << "ingestion queue: the earlier content of" << item.path
                                 << "was not removed:" << error;
    }

    void writeFinished(bool force)
    {
        if (m_finished.isEmpty() || (!force && m_finished.size() < kFlushRows && m_sinceFlush.elapsed() < kFlushMs))
            return;
        QString error;
        if (!m_table->update(m_finished, &error))
            qWarning().noquote() << "ingestion queue: cannot record" << m_finished.size() << "files:" << error;
        m_finished.clear();
        m_sinceFlush.restart();
    }

    void cancelRest()
    {
        finishWriting();
        writeFinished(true);
        QString error;
        const auto cancelled = m_table->cancelQueued(&error);
        if (!cancelled)
            return;
        for (IngestItem item : *cancelled) {
            item.error = cancelledIngestMessage(item.name);
            m_shared->finished(item, QStringLiteral("cancelled"));
        }
        m_table->update(*cancelled, &error);
    }

    std::shared_ptr<IngestShared> m_shared;
    std::shared_ptr<IngestItemTable> m_table;
    DocumentLibrary *m_library;
    QThreadPool *m_storeThread;
    QHash<QString, Collection> m_collections;
    QVector<IngestItem> m_finished;
    QElapsedTimer m_sinceFlush;
    struct InFlight
    {
        IngestItem item;
        QString previous; // the document the file held before, when it changed
    };
    QHash<qint64, InFlight> m_inFlight;
    std::unique_ptr<StagedWriter> m_writer;
    QString m_writerTool;
};
} // namespace

void IngestShared::finished(const IngestItem &item, const QString &outcome)
{
    {
        QMutexLocker lock(&mutex);
        pending.insert(item.id, item);
        ++progress.filesDone;
        progress.bytesDone += item.bytes;
        if (item.state == IngestItem::State::Failed)
            ++progress.filesFailed;
        if (item.unchanged)
            ++progress.filesUnchanged;
    }
    if (filesCounter)
        filesCounter->inc({outcome});
    if (chunksCounter && item.state == IngestItem::State::Failed && item.chunks > 0)
        chunksCounter->inc({QStringLiteral("failed")}, item.chunks);
}

void IngestShared::queued(const QVector<IngestItem> &items, bool force)
{
    QMutexLocker lock(&mutex);
    if (!workerRunning && progress.filesDone >= progress.filesTotal) {
        progress = IngestProgress(); // a new run
        clock.start();
    }
    for (const IngestItem &item : items) {
        pending.insert(item.id, item);
        if (item.state != IngestItem::State::Queued)
            continue;
        ++progress.filesTotal;
        progress.bytesTotal += item.bytes;
        if (force)
            forced.insert(item.id);
    }
}

void runIngestWorker(const std::shared_ptr<IngestShared> &shared, const std::shared_ptr<IngestItemTable> &table,
                     DocumentLibrary *library, QThreadPool *storeThread)
{
    Worker(shared, table, library, storeThread).run();
}

} // namespace aistack
