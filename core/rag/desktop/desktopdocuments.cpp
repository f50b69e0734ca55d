#include "desktopdocuments.h"
#include "common/runonpool.h"

#include "conversations/conversationengine.h"
#include "folderwatcher.h"
#include "ingestitemtable.h"
#include "ingestqueue.h"
#include "rag/documentlibrary.h"
#include "rag/store/vectorstore.h"
#include "storage/storagegate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DesktopDocuments)
};
} // namespace

DesktopDocuments::DesktopDocuments(DocumentLibrary *library, IngestQueue *queue, FolderWatcher *watcher,
                                   const ConversationEngine *engine, QThreadPool *pool,
                                   const StorageGate *gate, QObject *parent)
    : QObject(parent), m_library(library), m_queue(queue), m_watcher(watcher), m_engine(engine), m_pool(pool),
      m_gate(gate)
{
}

QStringList DesktopDocuments::tools() const
{
    return m_library->ragTools();
}

QFuture<Outcome<QVector<IngestItem>>> DesktopDocuments::items(const QString &tool) const
{
    auto table = m_queue->table();
    DocumentLibrary *library = m_library;
    return runOnPool(m_pool, [table, library, tool, gate = m_gate]() {
        using Result = Outcome<QVector<IngestItem>>;
        QString error;
        if (gate && !gate->wait(&error))
            return Result::failure(error);
        const auto target = library->target(DocumentLibrary::desktopOwner(), tool, &error);
        if (!target)
            return Result::failure(error);
        auto rows = table->items(tool, &error);
        if (!rows)
            return Result::failure(error);
        const auto documents = target->store->documents(target->collection, &error);
        if (!documents)
            return Result::failure(error);
        // Documents stored before the queue kept rows (or by another process) get a row now.
        QSet<QString> listed;
        for (const IngestItem &item : std::as_const(*rows))
            if (item.state == IngestItem::State::Stored)
                listed.insert(item.documentId);
        QVector<IngestItem> imported;
        for (const DocumentRecord &d : *documents) {
            if (listed.contains(d.id))
                continue;
            IngestItem item;
            item.tool = tool;
            item.path = d.metadata.value(QStringLiteral("source_path")).toString();
            if (item.path.isEmpty())
                item.path = QStringLiteral("document:") + d.id; // no file known: one row per document
            item.name = d.fileName;
            item.bytes = d.bytes;
            item.state = IngestItem::State::Stored;
            item.documentId = d.id;
            item.chunks = d.chunkCount;
            item.pages = d.metadata.value(QStringLiteral("pages")).toInt();
            imported.push_back(item);
        }
        if (!imported.isEmpty()) {
            if (!table->add(imported, &error))
                return Result::failure(error);
            for (IngestItem &item : imported)
                item.state = IngestItem::State::Stored;
            if (!table->update(imported, &error))
                return Result::failure(error);
            rows = table->items(tool, &error);
            if (!rows)
                return Result::failure(error);
        }
        QHash<QString, const DocumentRecord *> byId;
        for (const DocumentRecord &d : *documents)
            byId.insert(d.id, &d);
        for (IngestItem &item : *rows) {
            if (item.state == IngestItem::State::Stored) {
                item.chunksDone = item.chunks;
                if (const DocumentRecord *d = byId.value(item.documentId))
                    item.format = d->metadata.value(QStringLiteral("format")).toString();
            }
            if (item.format.isEmpty())
                item.format = QFileInfo(item.name).suffix().toLower();
        }
        return Result::success(*rows);
    });
}

QFuture<QString> DesktopDocuments::remove(const QVector<qint64> &ids) const
{
    auto table = m_queue->table();
    DocumentLibrary *library = m_library;
    IngestQueue *queue = m_queue;
    return runOnPool(m_pool, [table, library, queue, ids, gate = m_gate]() {
        QString error;
        if (gate && !gate->wait(&error))
            return error;
        auto rows = table->byIds(ids, &error);
        if (!rows)
            return error;
        QVector<IngestItem> removed;
        for (IngestItem item : *rows) {
            if (item.isActive() || item.state == IngestItem::State::Queued)
                continue; // cancel first: the worker owns it
            if (item.state == IngestItem::State::Stored && !item.documentId.isEmpty() &&
                table->storedReferences(item.documentId, item.id, &error) == 0) {
                const auto target = library->target(DocumentLibrary::desktopOwner(), item.tool, &error);
                if (!target || !target->store->deleteDocument(target->collection, item.documentId, &error))
                    return Tr::tr("%1 could not be removed: %2").arg(item.name, error);
            }
            item.state = IngestItem::State::Removed;
            removed.push_back(item);
        }
        if (!table->update(removed, &error))
            return error;
        queue->announce(removed);
        return QString();
    });
}

QFuture<Outcome<QVector<CitedPassage>>> DesktopDocuments::preview(const QString &question) const
{
    const ConversationEngine *engine = m_engine;
    return runOnPool(m_pool, [engine, question]() {
        using Result = Outcome<QVector<CitedPassage>>;
        QueryError error;
        const auto passages = engine->passagesFor(question, &error);
        return passages ? Result::success(*passages) : Result::failure(describeQueryError(error));
    });
}

} // namespace aistack
