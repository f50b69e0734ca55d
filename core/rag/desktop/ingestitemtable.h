#pragma once

#include "ingestitem.h"

#include <QStringList>
#include <optional>

namespace aistack {

class Database;

// The `ingest_item` and `watched_folder` tables: the desktop's ingestion queue as it survives a restart or a
// kill. Blocking: for worker threads. Each method returns false / nullopt and sets *error on failure.
class IngestItemTable
{
public:
    explicit IngestItemTable(Database &db) : m_db(db) {}

    // Adds the items (ids filled in), or re-queues the row a path of the same tool already has.
    bool add(QVector<IngestItem> &items, QString *error);
    // Writes each item's state, error, document, chunks, pages and times.
    bool update(const QVector<IngestItem> &items, QString *error);
    // The next queued items after the row `after`, oldest first.
    std::optional<QVector<IngestItem>> queued(int limit, qint64 after, QString *error);
    // Every row of a tool (all tools when empty) that is not removed, newest first.
    std::optional<QVector<IngestItem>> items(const QString &tool, QString *error);
    std::optional<QVector<IngestItem>> byIds(const QVector<qint64> &ids, QString *error);
    // Rows of a tool whose path lies under folder.
    std::optional<QVector<IngestItem>> under(const QString &tool, const QString &folder, QString *error);
    // Sets the state of every queued row (the person cancelled); returns them.
    std::optional<QVector<IngestItem>> cancelQueued(QString *error);
    // How many stored rows other than `except` hold the document.
    int storedReferences(const QString &documentId, qint64 except, QString *error);
    int countQueued(QString *error);

    // Watched folders: (tool, path).
    std::optional<QVector<QPair<QString, QString>>> watchedFolders(QString *error);
    bool addWatchedFolder(const QString &tool, const QString &path, QString *error);
    bool removeWatchedFolder(const QString &tool, const QString &path, QString *error);

private:
    std::optional<QVector<IngestItem>> select(const QString &where, const QVariantList &binds, QString *error);
    bool write(const QString &sql, const QVariantList &binds, QString *error); // one statement, write-locked

    Database &m_db;
};

} // namespace aistack
