#pragma once

#include "chromaclient.h"
#include "vectorstore.h"

#include <QHash>
#include <QMutex>

namespace aistack {

// Chunks in a real Chroma server (1.0, v2 HTTP API). Collections are created on demand in the configured
// tenant and database (both created when missing). Chroma searches vectors only: hybrid and keyword
// queries use the vector part. A document is written with upsert and then its older chunks are deleted,
// so a failed re-add leaves the earlier version in place.
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
    // The collection's id; empty with no error when it does not exist and create is false.
    QString collectionId(const QString &name, bool create, QString *error);
    bool ensureTenantAndDatabase(QString *error);
    int maxBatchSize();

    ChromaClient m_client;
    QMutex m_mutex;
    QHash<QString, QString> m_ids; // collection name -> id
    bool m_databaseReady = false;
    int m_maxBatch = 0;
};

} // namespace aistack
