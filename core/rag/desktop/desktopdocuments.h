#pragma once

#include "common/outcome.h"
#include "conversations/answerdetails.h"
#include "ingestitem.h"

#include <QFuture>
#include <QObject>

class QThreadPool;

namespace aistack {

class ConversationEngine;
class DocumentLibrary;
class FolderWatcher;
class IngestQueue;
class StorageGate;

// The Documents pane's way into core: the desktop stack's rag tools and their collections, the ingestion
// queue, watched folders, and the retrieval the chat uses. Slow calls run on core's pool and return a
// QFuture. Lives on the GUI thread.
class DesktopDocuments : public QObject
{
    Q_OBJECT
public:
    DesktopDocuments(DocumentLibrary *library, IngestQueue *queue, FolderWatcher *watcher,
                     const ConversationEngine *engine, QThreadPool *pool, const StorageGate *gate,
                     QObject *parent = nullptr);

    QStringList tools() const;
    IngestQueue *queue() const { return m_queue; }
    FolderWatcher *watcher() const { return m_watcher; }

    // Every file of a tool's collection and of its queue (stored, queued, failed, skipped, cancelled), newest
    // first. Documents the collection holds from before the queue existed are listed too.
    QFuture<Outcome<QVector<IngestItem>>> items(const QString &tool) const;
    // Removes the items' documents from the collection (retrieval no longer returns their chunks) unless
    // another file holds the same content; failed or skipped items just leave the list.
    QFuture<QString> remove(const QVector<qint64> &ids) const;
    // Exactly the passages the chat gets for a question (every rag tool, best first), with their scores.
    QFuture<Outcome<QVector<CitedPassage>>> preview(const QString &question) const;

private:
    DocumentLibrary *m_library;
    IngestQueue *m_queue;
    FolderWatcher *m_watcher;
    const ConversationEngine *m_engine;
    QThreadPool *m_pool;
    const StorageGate *m_gate;
};

} // namespace aistack
