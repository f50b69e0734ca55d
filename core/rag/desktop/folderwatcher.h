#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

class QThreadPool;

namespace aistack {

class DocumentLibrary;
class IngestItemTable;
class IngestQueue;

// Watched folders: a folder added as watched is ingested, and so are its new and changed files from then on;
// a deleted file's document leaves the collection. Kept in the database. Folders are looked at again when
// the file system reports a change in them (after a short quiet time) and once a minute, on a worker
// thread. Lives on the GUI thread.
class FolderWatcher : public QObject
{
    Q_OBJECT
public:
    FolderWatcher(IngestQueue *queue, DocumentLibrary *library, QThreadPool *pool, QObject *parent = nullptr);
    ~FolderWatcher() override;

    // Loads the watched folders and looks at each once; call when the database is ready.
    void start();
    void add(const QString &tool, const QString &path);
    // Stops watching; the documents already stored stay.
    void remove(const QString &tool, const QString &path);
    // (tool, folder) pairs.
    QVector<QPair<QString, QString>> folders() const { return m_folders; }
    // Looks at every watched folder now.
    void rescanAll();

Q_SIGNALS:
    void foldersChanged();
    // A look at a folder finished: how many files were queued and removed.
    void scanned(const QString &folder, int queued, int removed);

private:
    void scan(const QString &tool, const QString &folder);
    void onDirectoryChanged(const QString &path); // a folder's entries or a file changed

    IngestQueue *m_queue;
    DocumentLibrary *m_library;
    QThreadPool *m_pool;
    std::shared_ptr<IngestItemTable> m_table;
    QVector<QPair<QString, QString>> m_folders;
    QFileSystemWatcher m_fs;
    QSet<QString> m_dirty; // "tool\nfolder" pairs waiting for their quiet time
    QTimer m_quiet;
    QTimer m_periodic;
};

} // namespace aistack
