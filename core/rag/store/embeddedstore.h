#pragma once

#include "storage/database.h"
#include "vectorindex.h"
#include "vectorstore.h"

#include <QHash>
#include <QMutex>
#include <QReadWriteLock>
#include <atomic>
#include <memory>
#include <mutex>

namespace aistack {

// The default store: SQLite holding chunks, their vectors (float32 blobs) and an FTS5 index per collection.
// Queries are hybrid: exact vector search over an in-memory copy of the collection's vectors, and BM25 over
// FTS5, fused by reciprocal rank; either part can be asked for alone.
class EmbeddedStore : public VectorStore
{
public:
    // path: a SQLite file (created with its folder), or ":memory:" for a database that lives as long as the
    // store. Returns nullptr and sets *error when the file cannot be opened or migrated.
    static std::unique_ptr<EmbeddedStore> open(const QString &path, QString *error);
    ~EmbeddedStore() override;

    QString kind() const override { return QStringLiteral("embedded"); }
    bool addDocument(const QString &collection, const DocumentRecord &doc, const QVector<StoredChunk> &chunks,
                     QString *error, bool *replaced = nullptr) override;
    // One transaction for the group, its statements prepared once; when the group fails, each document is
    // written alone, so that one bad document fails no other.
    bool addDocuments(const QString &collection, QVector<DocumentWrite> &writes) override;
    bool deleteDocument(const QString &collection, const QString &documentId, QString *error) override;
    std::optional<QVector<StoreHit>> query(const QString &collection, const StoreQuery &query,
                                           QString *error) override;
    qint64 count(const QString &collection, QString *error) override;
    std::optional<QVector<DocumentRecord>> documents(const QString &collection, QString *error) override;
    bool dropCollection(const QString &collection, QString *error) override;
    bool ping(QString *error) override;

    QString path() const { return m_path; }

private:
    struct Collection
    {
        qint64 id = 0;
        QMutex writeMutex; // one writer per collection: transaction and index update in the same order
        QReadWriteLock indexLock;
        // Set once the index is read from the database; readers test it without the write mutex, so a
        // question never waits behind an ingestion holding that mutex.
        std::atomic<bool> loaded{false};
        VectorIndex index;
        // How many chunks hold a keyword (for keywordMatch), valid while `generation` is unchanged; every
        // write to the collection bumps it under indexLock.
        std::atomic<quint64> generation{0};
        QMutex termMutex;
        QHash<QString, std::pair<quint64, qint64>> termChunks;
    };

    explicit EmbeddedStore(const QString &path);
    std::shared_ptr<Collection> collection(const QString &name, bool create, QString *error);
    bool loadIndex(Collection &c, QString *error); // with c.writeMutex held
    QString keywordMatch(QSqlDatabase &db, Collection &c, const QString &question);
    bool removeDocumentRows(QSqlDatabase &db, const Collection &c, const QString &documentId,
                            QVector<qint64> *removed, QString *error);
    // Writes the group in one transaction (with c.writeMutex held); rows added per document.
    bool writeGroup(Collection &c, QVector<DocumentWrite> &writes, QVector<QVector<qint64>> *removed,
                    QVector<QVector<qint64>> *added, QString *error);
    std::unique_lock<std::mutex> lockDatabase(); // in-memory databases take one connection at a time

    QString m_path;
    bool m_memory;
    Database m_db;
    std::mutex m_memoryMutex;
    QMutex m_mapMutex;
    QHash<QString, std::shared_ptr<Collection>> m_collections;
};

} // namespace aistack
