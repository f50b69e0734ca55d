#pragma once

#include "chromaclient.h"
#include "vectorstore.h"

#include <QHash>
#include <QMutex>

namespace aistack {

// Chunks in a real Chroma server (1.0, v2 HTTP API). Collections are created on demand in the configured
// tenant and database (both created when missing). Chroma searches vectors only: hybrid and keyword
// queries use the vector part. A document is written with upsert and then its older chunks are deleted,
// so a failed re-add leaves the earlier version in place. A document with more chunks than one request may
// carry (the server's max_batch_size) goes in several; when one fails, the chunks the others wrote are
// removed, at once or, with Chroma unreachable, before this store uses the collection again, so a document
// is whole or absent. (A process that dies between two batches leaves its part behind.)
class ChromaStore : public VectorStore
{
public:
    explicit ChromaStore(ChromaSettings settings);

    QString kind() const override { return QStringLiteral("chroma"); }
    bool addDocument(const QString &collection, const DocumentRecord &doc, const QVector<StoredChunk> &chunks,
                     QString *error, bool *replaced = nullptr) override;
    bool deleteDocument(const QString &collection, const QString &documentId, QString *error) override;
    std::optional<QVector<StoreHit>> query(const QString &collection, const StoreQuery &query,
                                           QString *error) override;
    qint64 count(const QString &collection, QString *error) override;
    std::optional<QVector<DocumentRecord>> documents(const QString &collection, QString *error) override;
    bool dropCollection(const QString &collection, QString *error) override;
    bool ping(QString *error) override;

private:
    // The collection's id; empty with no error when it does not exist and create is false. Settles a
    // rollback left for the collection first (empty with the error when it cannot be settled yet).
    QString collectionId(const QString &name, bool create, QString *error);
    QString lookUpCollection(const QString &name, bool create, QString *error);
    bool removeChunks(const QString &collectionId, const QStringList &ids, QString *error);
    // Removes the chunks of a document that failed half-way, or keeps them for settleRollback.
    void rollBack(const QString &name, const QString &collectionId, const QStringList &ids);
    bool settleRollback(const QString &name, const QString &collectionId, QString *error);
    bool ensureTenantAndDatabase(QString *error);
    int maxBatchSize();

    ChromaClient m_client;
    QMutex m_mutex;
    QHash<QString, QString> m_ids;          // collection name -> id
    QHash<QString, QStringList> m_rollback; // collection name -> chunk ids still to remove
    bool m_databaseReady = false;
    int m_maxBatch = 0;
};

} // namespace aistack
