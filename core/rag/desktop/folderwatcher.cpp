#include "folderwatcher.h"
#include "common/runonpool.h"

#include "common/futurewatch.h"
#include "ingestitemtable.h"
#include "ingestqueue.h"
#include "rag/documentlibrary.h"
#include "rag/parse/documentparser.h"
#include "rag/store/vectorstore.h"
#include "storage/storagegate.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QLoggingCategory>

namespace aistack {

namespace {
constexpr int kQuietMs = 1500;
constexpr int kPeriodMs = 60 * 1000;
// Files are watched one by one (a folder's own watch reports no change inside its files) up to this many
// in all, within the system's inotify limit; beyond it the minute's look catches changed files.
constexpr int kMaxFileWatches = 4000;

struct ScanResult
{
    QString tool;
    QString folder;
    QStringList toQueue;
    QStringList directories;
    QStringList files;
    int removed = 0;
};

QString dirtyKey(const QString &tool, const QString &folder)
{
    return tool + QLatin1Char('\n') + folder;
}
} // namespace

FolderWatcher::FolderWatcher(IngestQueue *queue, DocumentLibrary *library, QThreadPool *pool, QObject *parent)
    : QObject(parent), m_queue(queue), m_library(library), m_pool(pool), m_table(queue->table())
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(kQuietMs);
    connect(&m_quiet, &QTimer::timeout, this, [this]() {
        const QSet<QString> dirty = std::exchange(m_dirty, {});
        for (const QString &key : dirty)
            scan(key.section(QLatin1Char('\n'), 0, 0), key.section(QLatin1Char('\n'), 1));
    });
    m_periodic.setInterval(kPeriodMs);
    connect(&m_periodic, &QTimer::timeout, this, &FolderWatcher::rescanAll);
    connect(&m_fs, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::onDirectoryChanged);
    connect(&m_fs, &QFileSystemWatcher::fileChanged, this, &FolderWatcher::onDirectoryChanged);
}

FolderWatcher::~FolderWatcher() = default;

void FolderWatcher::start()
{
    auto table = m_table;
    const StorageGate *gate = m_queue->gate();
    whenReady(this,
              runOnPool(m_pool,
                        [table, gate]() {
                            QString error;
                            if (gate && !gate->wait(&error))
                                return QVector<QPair<QString, QString>>();
                            return table->watchedFolders(&error).value_or(QVector<QPair<QString, QString>>());
                        }),
              [this](const QVector<QPair<QString, QString>> &folders) {
                  m_folders = folders;
                  Q_EMIT foldersChanged();
                  rescanAll();
                  if (!m_folders.isEmpty())
                      m_periodic.start();
              });
}

void FolderWatcher::add(const QString &toolName, const QString &path)
{
    const QString tool =
        toolName.isEmpty() && !m_library->ragTools().isEmpty() ? m_library->ragTools().first() : toolName;
    const QString folder = QFileInfo(path).absoluteFilePath();
    if (m_folders.contains({tool, folder}))
        return scan(tool, folder);
    auto table = m_table;
    const StorageGate *gate = m_queue->gate();
    whenReady(this,
              runOnPool(m_pool,
                        [table, gate, tool, folder]() {
                            QString error;
                            if (gate && !gate->wait(&error))
                                return error;
                            return table->addWatchedFolder(tool, folder, &error) ? QString() : error;
                        }),
              [this, tool, folder](const QString &error) {
                  if (!error.isEmpty()) {
                      qWarning().noquote() << "watched folder not added:" << folder << error;
                      return;
                  }
                  m_folders.push_back({tool, folder});
                  m_periodic.start();
                  Q_EMIT foldersChanged();
                  scan(tool, folder);
              });
}

void FolderWatcher::remove(const QString &tool, const QString &path)
{
    m_folders.removeAll({tool, path});
    const QStringList watched = m_fs.directories() + m_fs.files();
    for (const QString &entry : watched)
        if (entry == path || entry.startsWith(path + QLatin1Char('/')))
            m_fs.removePath(entry);
    Q_EMIT foldersChanged();
    auto table = m_table;
    whenReady(this,
              runOnPool(m_pool,
                        [table, tool, path]() {
                            QString error;
                            table->removeWatchedFolder(tool, path, &error);
                        }),
              []() {});
}

void FolderWatcher::rescanAll()
{
    for (const auto &[tool, folder] : std::as_const(m_folders))
        scan(tool, folder);
}

void FolderWatcher::onDirectoryChanged(const QString &dir)
{
    for (const auto &[tool, folder] : std::as_const(m_folders)) {
        if (dir == folder || dir.startsWith(folder + QLatin1Char('/')))
            m_dirty.insert(dirtyKey(tool, folder));
    }
    m_quiet.start();
}

void FolderWatcher::scan(const QString &tool, const QString &folder)
{
    auto table = m_table;
    IngestQueue *queue = m_queue;
    DocumentLibrary *library = m_library;
    const StorageGate *gate = m_queue->gate();
    whenReady(
        this,
        runOnPool(m_pool,
                  [table, gate, queue, library, tool, folder]() {
                      ScanResult r;
                      r.tool = tool;
                      r.folder = folder;
                      QString error;
                      if (gate && !gate->wait(&error))
                          return r;
                      const auto rows = table->under(tool, folder, &error);
                      if (!rows)
                          return r;
                      QHash<QString, IngestItem> known;
                      for (const IngestItem &item : *rows)
                          known.insert(item.path, item);
                      if (!QFileInfo(folder).isDir())
                          return r; // an unmounted or deleted folder removes nothing: it may come back
                      r.directories << folder;
                      QSet<QString> present;
                      QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                                      QDirIterator::Subdirectories);
                      while (it.hasNext()) {
                          const QString path = it.next();
                          const QFileInfo info = it.fileInfo();
                          if (info.fileName().startsWith(QLatin1Char('.')))
                              continue;
                          if (info.isDir()) {
                              r.directories << path;
                              continue;
                          }
                          present.insert(path);
                          r.files << path;
                          const auto row = known.constFind(path);
                          if (row == known.constEnd()) {
                              r.toQueue << path;
                              continue;
                          }
                          const bool changed = row->modifiedAt != info.lastModified().toMSecsSinceEpoch() ||
                                               row->bytes != info.size();
                          const bool waiting = row->state == IngestItem::State::Queued || row->isActive();
                          if ((changed || row->state == IngestItem::State::Removed) && !waiting &&
                              row->state != IngestItem::State::Skipped)
                              r.toQueue << path;
                      }
                      // Files gone from the folder: their documents leave the collection.
                      QVector<IngestItem> gone;
                      for (const IngestItem &item : std::as_const(*rows)) {
                          if (present.contains(item.path) || item.state == IngestItem::State::Removed)
                              continue;
                          IngestItem removed = item;
                          if (item.state == IngestItem::State::Stored && !item.documentId.isEmpty() &&
                              table->storedReferences(item.documentId, item.id, &error) == 0) {
                              if (const auto target =
                                      library->target(DocumentLibrary::desktopOwner(), tool, &error))
                                  target->store->deleteDocument(target->collection, item.documentId, &error);
                          }
                          removed.state = IngestItem::State::Removed;
                          gone.push_back(removed);
                      }
                      if (!gone.isEmpty() && table->update(gone, &error)) {
                          queue->announce(gone);
                          r.removed = int(gone.size());
                      }
                      return r;
                  }),
        [this](const ScanResult &r) {
            if (!r.directories.isEmpty()) {
                const QStringList watched = m_fs.directories();
                QStringList add;
                for (const QString &d : r.directories)
                    if (!watched.contains(d))
                        add << d;
                const QStringList watchedFiles = m_fs.files();
                for (const QString &f : r.files) {
                    if (watchedFiles.size() + add.size() >= kMaxFileWatches)
                        break;
                    if (!watchedFiles.contains(f))
                        add << f;
                }
                if (!add.isEmpty())
                    m_fs.addPaths(add);
            }
            if (!r.toQueue.isEmpty())
                m_queue->enqueue(r.tool, r.toQueue);
            if (r.removed > 0)
                m_queue->publish();
            Q_EMIT scanned(r.folder, int(r.toQueue.size()), r.removed);
        });
}

} // namespace aistack
