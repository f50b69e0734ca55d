#include "ingestqueue.h"

#include "common/threadhandoff.h"
#include "ingestitemtable.h"
#include "ingestworker.h"
#include "metrics/metricsregistry.h"
#include "rag/documentlibrary.h"
#include "rag/parse/documentparser.h"
#include "storage/storagegate.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IngestQueue)
};

constexpr int kFlushMs = 33;

// The files a path names: itself, or every file under a folder (sorted, so a folder goes in a stable order).
QStringList filesOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {info.absoluteFilePath()};
    QStringList found;
    // System: dangling links are listed too (and fail with their reason), never dropped silently.
    QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (!it.fileInfo().fileName().startsWith(QLatin1Char('.')))
            found << f;
    }
    found.sort();
    return found;
}

IngestItem itemFor(const QString &tool, const QString &path, const QStringList &supported)
{
    const QFileInfo info(path);
    IngestItem item;
    item.tool = tool;
    item.path = info.absoluteFilePath();
    item.name = info.fileName();
    item.bytes = info.size();
    item.modifiedAt = info.lastModified().toMSecsSinceEpoch();
    item.format = info.suffix().toLower();
    if (info.isSymLink() && !info.exists()) {
        item.state = IngestItem::State::Failed;
        item.error = Tr::tr("%1: cannot be read: it links to %2, which does not exist")
                         .arg(item.name, info.symLinkTarget());
    } else if (!info.exists()) {
        item.state = IngestItem::State::Failed;
        item.error = Tr::tr("%1: the file does not exist").arg(item.name);
    } else if (!info.isFile()) {
        item.state = IngestItem::State::Skipped;
        item.error = Tr::tr("%1: not a regular file (a device, socket or pipe)").arg(item.name);
    } else if (!supported.contains(item.format)) {
        item.state = IngestItem::State::Skipped;
        item.error = item.format.isEmpty()
                         ? Tr::tr("%1: a file without an extension is not read; supported: %2")
                               .arg(item.name, supported.join(QStringLiteral(", ")))
                         : Tr::tr("%1: .%2 files are not supported; supported: %3")
                               .arg(item.name, item.format, supported.join(QStringLiteral(", ")));
    } else if (!info.isReadable()) {
        item.state = IngestItem::State::Failed;
        item.error = Tr::tr("%1: cannot be read: permission denied").arg(item.name);
    }
    return item;
}
} // namespace

IngestQueue::IngestQueue(DocumentLibrary *library, Database &db, const StorageGate *gate,
                         MetricsRegistry *metrics, QObject *parent)
    : QObject(parent), m_library(library), m_gate(gate), m_table(std::make_shared<IngestItemTable>(db)),
      m_shared(std::make_shared<IngestShared>()), m_flush(new QTimer(this))
{
    qRegisterMetaType<IngestItem>();
    qRegisterMetaType<IngestProgress>();
    m_jobThread.setMaxThreadCount(1);
    m_jobThread.setObjectName(QStringLiteral("aistack-ingest-jobs"));
    m_workerThread.setMaxThreadCount(1);
    m_workerThread.setObjectName(QStringLiteral("aistack-ingest"));
    m_workerThread.setExpiryTimeout(-1);
    m_storeThread.setMaxThreadCount(1);
    m_storeThread.setObjectName(QStringLiteral("aistack-ingest-store"));
    m_storeThread.setExpiryTimeout(-1);
    m_flush->setInterval(kFlushMs);
    connect(m_flush, &QTimer::timeout, this, &IngestQueue::flush);
    if (metrics) {
        m_shared->filesCounter =
            metrics->counter(QStringLiteral("aistack_ingest_files_total"),
                             QStringLiteral("Files the desktop ingestion queue finished, by "
                                            "outcome (stored, unchanged, failed, cancelled, "
                                            "skipped)"),
                             {QStringLiteral("outcome")});
        m_shared->chunksCounter = metrics->counter(
            QStringLiteral("aistack_ingest_chunks_total"),
            QStringLiteral("Chunks the desktop ingestion queue stored or lost with a failed file"),
            {QStringLiteral("outcome")});
        m_queuedGauge = metrics->gauge(QStringLiteral("aistack_ingest_files_queued"),
                                       QStringLiteral("Files waiting in the desktop ingestion queue"));
        m_pendingChunks = metrics->gauge(QStringLiteral("aistack_ingest_chunks_pending"),
                                         QStringLiteral("Chunks parsed and not yet stored"));
    }
}

IngestQueue::~IngestQueue()
{
    m_shared->shuttingDown.store(true);
    m_shared->cancel.store(
        true); // the file in progress stops at its next embedding batch; queued rows stay queued
    m_jobThread.waitForDone();
    m_workerThread.waitForDone();
    m_storeThread.waitForDone();
}

bool IngestQueue::isRunning() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->workerRunning;
}

IngestProgress IngestQueue::progress() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->progress;
}

void IngestQueue::announce(const QVector<IngestItem> &items)
{
    QMutexLocker lock(&m_shared->mutex);
    for (const IngestItem &item : items)
        m_shared->pending.insert(item.id, item);
}

void IngestQueue::enqueue(const QString &toolName, const QStringList &paths)
{
    const QString tool =
        toolName.isEmpty() && !m_library->ragTools().isEmpty() ? m_library->ragTools().first() : toolName;
    m_shared->cancel.store(false);
    ensureFlushing();
    auto table = m_table;
    auto shared = m_shared;
    m_jobThread.start(handOff([this, table, shared, tool, paths]() {
        QString storage;
        if (m_gate && !m_gate->wait(&storage)) {
            qWarning().noquote() << "ingestion queue: the database is not ready:" << storage;
            return;
        }
        const QStringList supported = supportedExtensions();
        QVector<IngestItem> items;
        for (const QString &path : paths)
            for (const QString &file : filesOf(path))
                items.push_back(itemFor(tool, file, supported));
        if (tool.isEmpty()) {
            for (IngestItem &item : items) {
                item.state = IngestItem::State::Failed;
                item.error = Tr::tr("%1: the stack has no rag tool to store documents for").arg(item.name);
            }
        }
        QString error;
        if (!table->add(items, &error)) {
            qWarning().noquote() << "ingestion queue: cannot queue" << items.size() << "files:" << error;
            return;
        }
        shared->queued(items, false);
        for (const IngestItem &item : std::as_const(items)) {
            if (item.state == IngestItem::State::Skipped && shared->filesCounter)
                shared->filesCounter->inc({QStringLiteral("skipped")});
            else if (item.state == IngestItem::State::Failed && shared->filesCounter)
                shared->filesCounter->inc({QStringLiteral("failed")});
        }
        startWorker();
    }));
}

void IngestQueue::resume()
{
    ensureFlushing();
    auto table = m_table;
    auto shared = m_shared;
    m_jobThread.start(handOff([this, table, shared]() {
        QString error;
        if (m_gate && !m_gate->wait(&error))
            return;
        // Rows are marked only when they end, so a file in progress at a kill is still queued.
        const int queued = table->countQueued(&error);
        if (queued <= 0)
            return;
        qInfo().noquote() << "ingestion queue: resuming" << queued << "file(s) not finished before";
        {
            QMutexLocker lock(&shared->mutex);
            shared->progress = IngestProgress();
            shared->progress.filesTotal = queued;
            shared->clock.start();
        }
        if (const auto rows = table->items(QString(), &error)) {
            QMutexLocker lock(&shared->mutex);
            for (const IngestItem &item : *rows)
                if (item.state == IngestItem::State::Queued)
                    shared->progress.bytesTotal += item.bytes;
        }
        startWorker();
    }));
}

void IngestQueue::cancel()
{
    IngestShared *shared = m_shared.get();
    if (!shared)
        return;
    QMutexLocker lock(&shared->mutex);
    if (shared->workerRunning)
        shared->cancel.store(true);
}

void IngestQueue::retry(const QVector<qint64> &ids)
{
    requeue(ids, false);
}

void IngestQueue::reindex(const QVector<qint64> &ids)
{
    requeue(ids, true);
}

void IngestQueue::requeue(const QVector<qint64> &ids, bool force)
{
    if (ids.isEmpty())
        return;
    m_shared->cancel.store(false);
    ensureFlushing();
    auto table = m_table;
    auto shared = m_shared;
    m_jobThread.start(handOff([this, table, shared, ids, force]() {
        QString error;
        if (m_gate && !m_gate->wait(&error))
            return;
        auto rows = table->byIds(ids, &error);
        if (!rows)
            return;
        QStringList paths;
        QVector<IngestItem> again;
        const QStringList supported = supportedExtensions();
        for (const IngestItem &old : std::as_const(*rows)) {
            if (!force && !old.canRetry())
                continue;
            IngestItem item = itemFor(old.tool, old.path, supported);
            item.documentId = old.documentId;
            again.push_back(item);
        }
        if (!table->add(again, &error))
            return;
        shared->queued(again, force);
        startWorker();
    }));
}

void IngestQueue::startWorker()
{
    {
        IngestShared &s = *m_shared;
        QMutexLocker lock(&s.mutex);
        if (s.shuttingDown.load())
            return;
        if (s.workerRunning) {
            s.wake = true;
            return;
        }
        s.workerRunning = true;
        s.progress.running = true;
        if (!s.clock.isValid())
            s.clock.start();
    }
    auto shared = m_shared;
    auto table = m_table;
    DocumentLibrary *library = m_library;
    QThreadPool *store = &m_storeThread;
    m_workerThread.start(
        handOff([shared, table, library, store]() { runIngestWorker(shared, table, library, store); }));
}

void IngestQueue::ensureFlushing()
{
    if (!m_flush->isActive())
        m_flush->start();
}

void IngestQueue::flush()
{
    QVector<IngestItem> changed;
    IngestProgress progress;
    bool busy = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        changed.reserve(m_shared->pending.size());
        for (const IngestItem &item : std::as_const(m_shared->pending))
            changed.push_back(item);
        m_shared->pending.clear();
        progress = m_shared->progress;
        busy = m_shared->workerRunning || m_jobThread.activeThreadCount() > 0;
        const double seconds = m_shared->clock.isValid() ? m_shared->clock.elapsed() / 1000.0 : 0;
        if (seconds > 0.2) {
            progress.filesPerSecond = progress.filesDone / seconds;
            progress.chunksPerSecond = double(progress.chunksDone) / seconds;
            if (progress.bytesDone > 0 && progress.bytesTotal > progress.bytesDone)
                progress.etaSeconds = int(double(progress.bytesTotal - progress.bytesDone) * seconds /
                                          double(progress.bytesDone));
            else if (progress.filesDone >= progress.filesTotal)
                progress.etaSeconds = 0;
        }
    }
    std::sort(changed.begin(), changed.end(),
              [](const IngestItem &a, const IngestItem &b) { return a.id < b.id; });
    if (m_queuedGauge)
        m_queuedGauge->set(qMax(0, progress.filesTotal - progress.filesDone));
    if (m_pendingChunks)
        m_pendingChunks->set(double(qMax<qint64>(0, progress.chunksKnown - progress.chunksDone)));
    if (!changed.isEmpty())
        Q_EMIT itemsChanged(changed);
    if (!changed.isEmpty() || busy)
        Q_EMIT progressChanged(progress);
    if (!busy && changed.isEmpty()) {
        m_flush->stop();
        Q_EMIT progressChanged(progress);
        Q_EMIT idle(progress);
    }
}

} // namespace aistack
