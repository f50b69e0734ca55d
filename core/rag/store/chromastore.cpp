#include "chromastore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QUrl>
#include <cmath>

namespace aistack {

namespace {
// Document-level fields kept in every chunk's metadata, so that documents() can be answered from Chroma.
const QString kDocId = QStringLiteral("document_id");
const QString kFileName = QStringLiteral("file_name");
const QString kHash = QStringLiteral("content_hash");
const QString kAddedAt = QStringLiteral("added_at");
const QString kChunkCount = QStringLiteral("document_chunks");
const QString kBytes = QStringLiteral("document_bytes");

QJsonArray vectorJson(const QVector<float> &v)
{
    QJsonArray a;
    for (float x : v)
        a.append(double(x));
    return a;
}

QJsonObject whereDocument(const QString &id)
{
    return QJsonObject{{QStringLiteral("where"), QJsonObject{{kDocId, id}}}};
}

bool fail(const ChromaClient::Reply &reply, QString *error)
{
    *error = reply.error;
    return false;
}
} // namespace

ChromaStore::ChromaStore(ChromaSettings settings) : m_client(std::move(settings)) {}

bool ChromaStore::ensureTenantAndDatabase(QString *error)
{
    if (m_databaseReady)
        return true;
    const ChromaSettings &s = m_client.settings();
    const QString tenantPath =
        QStringLiteral("/api/v2/tenants/") + QString::fromLatin1(QUrl::toPercentEncoding(s.tenant));
    ChromaClient::Reply tenant = m_client.get(tenantPath);
    if (tenant.status == 404)
        tenant =
            m_client.post(QStringLiteral("/api/v2/tenants"), QJsonObject{{QStringLiteral("name"), s.tenant}});
    if (!tenant.ok() && tenant.status != 409)
        return fail(tenant, error);
    ChromaClient::Reply database = m_client.get(m_client.databasePath());
    if (database.status == 404)
        database = m_client.post(tenantPath + QStringLiteral("/databases"),
                                 QJsonObject{{QStringLiteral("name"), s.database}});
    if (!database.ok() && database.status != 409)
        return fail(database, error);
    m_databaseReady = true;
    return true;
}

int ChromaStore::maxBatchSize()
{
    QMutexLocker lock(&m_mutex);
    if (m_maxBatch == 0 && m_client.settings().maxBatch > 0)
        m_maxBatch = m_client.settings().maxBatch;
    if (m_maxBatch == 0) {
        const ChromaClient::Reply r = m_client.get(QStringLiteral("/api/v2/pre-flight-checks"));
        m_maxBatch = r.ok() ? r.json.toObject().value(QStringLiteral("max_batch_size")).toInt(1000) : 1000;
        m_maxBatch = std::max(1, m_maxBatch);
    }
    return m_maxBatch;
}

QString ChromaStore::collectionId(const QString &name, bool create, QString *error)
{
    const QString id = lookUpCollection(name, create, error);
    if (id.isEmpty() || !settleRollback(name, id, error))
        return {};
    return id;
}

bool ChromaStore::removeChunks(const QString &collectionId, const QStringList &ids, QString *error)
{
    const QString path =
        m_client.databasePath() + QStringLiteral("/collections/") + collectionId + QStringLiteral("/delete");
    const int batch = maxBatchSize();
    for (qsizetype from = 0; from < ids.size(); from += batch) {
        const ChromaClient::Reply r = m_client.post(
            path, QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(ids.mid(from, batch))}});
        if (!r.ok())
            return fail(r, error);
    }
    return true;
}

void ChromaStore::rollBack(const QString &name, const QString &collectionId, const QStringList &ids)
{
    QString error;
    if (ids.isEmpty() || removeChunks(collectionId, ids, &error))
        return;
    QMutexLocker lock(&m_mutex);
    m_rollback[name] += ids;
}

bool ChromaStore::settleRollback(const QString &name, const QString &collectionId, QString *error)
{
    QStringList ids;
    {
        QMutexLocker lock(&m_mutex);
        ids = m_rollback.value(name);
    }
    if (ids.isEmpty())
        return true;
    if (!removeChunks(collectionId, ids, error)) {
        *error = QStringLiteral("the part of a document written before a failure is not removed yet: %1")
                     .arg(*error);
        return false;
    }
    QMutexLocker lock(&m_mutex);
    QStringList &left = m_rollback[name];
    for (const QString &id : std::as_const(ids))
        left.removeOne(id);
    if (left.isEmpty())
        m_rollback.remove(name);
    return true;
}

QString ChromaStore::lookUpCollection(const QString &name, bool create, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_ids.constFind(name); it != m_ids.constEnd())
        return *it;
    if (!ensureTenantAndDatabase(error))
        return {};
    const QString base = m_client.databasePath() + QStringLiteral("/collections");
    ChromaClient::Reply r = create ? m_client.post(base, QJsonObject{{QStringLiteral("name"), name},
                                                                     {QStringLiteral("get_or_create"), true}})
                                   : m_client.get(base + QLatin1Char('/') + name);
    if (!create && r.status == 404)
        return {};
    if (!r.ok()) {
        *error = r.error;
        return {};
    }
    const QString id = r.json.toObject().value(QStringLiteral("id")).toString();
    m_ids.insert(name, id);
    return id;
}

bool ChromaStore::addDocument(const QString &name, const DocumentRecord &doc,
                              const QVector<StoredChunk> &chunks, QString *error, bool *replaced)
{
    QString id = collectionId(name, true, error);
    if (id.isEmpty())
        return false;
    // The chunks this document had before, to delete once the new ones are in.
    const QJsonObject findOld{{QStringLiteral("where"), QJsonObject{{kDocId, doc.id}}},
                              {QStringLiteral("include"), QJsonArray()}};
    QString path = m_client.databasePath() + QStringLiteral("/collections/") + id;
    ChromaClient::Reply existing = m_client.post(path + QStringLiteral("/get"), findOld);
    if (existing.status == 404) { // dropped by someone else since we looked it up: create it again
        {
            QMutexLocker lock(&m_mutex);
            m_ids.remove(name);
        }
        id = collectionId(name, true, error);
        if (id.isEmpty())
            return false;
        path = m_client.databasePath() + QStringLiteral("/collections/") + id;
        existing = m_client.post(path + QStringLiteral("/get"), findOld);
    }
    if (!existing.ok())
        return fail(existing, error);
    QSet<QString> stale;
    for (const QJsonValue &v : existing.json.toObject().value(QStringLiteral("ids")).toArray())
        stale.insert(v.toString());
    if (replaced)
        *replaced = !stale.isEmpty();
    const QString addedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const int batch = maxBatchSize();
    const QSet<QString> before = stale; // ids written again keep the earlier version's content
    QStringList written;                // new ids, to remove if a later batch fails
    for (int from = 0; from < chunks.size(); from += batch) {
        QJsonArray ids, embeddings, texts, metadatas;
        for (int i = from; i < std::min<int>(from + batch, chunks.size()); ++i) {
            const StoredChunk &c = chunks[i];
            stale.remove(c.id);
            QJsonObject meta = c.metadata;
            meta.insert(kDocId, doc.id);
            meta.insert(kFileName, doc.fileName);
            meta.insert(kHash, doc.contentHash);
            meta.insert(kAddedAt, addedAt);
            meta.insert(kChunkCount, int(chunks.size()));
            meta.insert(kBytes, double(doc.bytes));
            ids.append(c.id);
            if (!before.contains(c.id))
                written.append(c.id);
            embeddings.append(vectorJson(c.vector));
            texts.append(c.text);
            metadatas.append(meta);
        }
        const ChromaClient::Reply r = m_client.post(path + QStringLiteral("/upsert"),
                                                    QJsonObject{{QStringLiteral("ids"), ids},
                                                                {QStringLiteral("embeddings"), embeddings},
                                                                {QStringLiteral("documents"), texts},
                                                                {QStringLiteral("metadatas"), metadatas}});
        if (!r.ok()) {
            // A document larger than one batch is written whole or not at all: what the earlier batches
            // wrote is removed again, now or (Chroma unreachable) before the next use of the collection.
            // The failed batch too: a request that timed out may have been applied.
            rollBack(name, id, written);
            return fail(r, error);
        }
    }
    if (stale.isEmpty())
        return true;
    QJsonArray staleIds;
    for (const QString &s : std::as_const(stale))
        staleIds.append(s);
    const ChromaClient::Reply r =
        m_client.post(path + QStringLiteral("/delete"), QJsonObject{{QStringLiteral("ids"), staleIds}});
    return r.ok() || fail(r, error);
}

bool ChromaStore::deleteDocument(const QString &name, const QString &documentId, QString *error)
{
    const QString id = collectionId(name, false, error);
    if (id.isEmpty())
        return error->isEmpty();
    const ChromaClient::Reply r = m_client.post(m_client.databasePath() + QStringLiteral("/collections/") +
                                                    id + QStringLiteral("/delete"),
                                                whereDocument(documentId));
    return r.ok() || fail(r, error);
}

std::optional<QVector<StoreHit>> ChromaStore::query(const QString &name, const StoreQuery &request,
                                                    QString *error)
{
    QVector<StoreHit> hits;
    if (request.vector.isEmpty()) {
        *error = QStringLiteral("the chroma store searches by vector only: the query needs an embedding");
        return std::nullopt;
    }
    const QString id = collectionId(name, false, error);
    if (id.isEmpty()) {
        if (error->isEmpty())
            return hits;
        return std::nullopt;
    }
    const ChromaClient::Reply r = m_client.post(
        m_client.databasePath() + QStringLiteral("/collections/") + id + QStringLiteral("/query"),
        QJsonObject{
            {QStringLiteral("query_embeddings"), QJsonArray{vectorJson(request.vector)}},
            {QStringLiteral("n_results"), std::max(1, request.k)},
            {QStringLiteral("include"), QJsonArray{QStringLiteral("documents"), QStringLiteral("metadatas"),
                                                   QStringLiteral("distances")}}});
    if (!r.ok()) {
        *error = r.error;
        return std::nullopt;
    }
    const QJsonObject o = r.json.toObject();
    const QJsonArray ids = o.value(QStringLiteral("ids")).toArray().at(0).toArray();
    const QJsonArray docs = o.value(QStringLiteral("documents")).toArray().at(0).toArray();
    const QJsonArray metas = o.value(QStringLiteral("metadatas")).toArray().at(0).toArray();
    const QJsonArray dists = o.value(QStringLiteral("distances")).toArray().at(0).toArray();
    for (int i = 0; i < ids.size(); ++i) {
        StoreHit hit;
        hit.id = ids[i].toString();
        hit.text = docs.at(i).toString();
        hit.metadata = metas.at(i).toObject();
        hit.documentId = hit.metadata.value(kDocId).toString();
        for (const QString &key : {kHash, kAddedAt, kChunkCount, kBytes})
            hit.metadata.remove(key);
        hit.distance = dists.at(i).isDouble() ? dists.at(i).toDouble() : std::nan("");
        hits.push_back(hit);
    }
    return hits;
}

qint64 ChromaStore::count(const QString &name, QString *error)
{
    QString lookupError;
    const QString id = collectionId(name, false, &lookupError);
    if (id.isEmpty()) {
        if (error)
            *error = lookupError;
        return lookupError.isEmpty() ? 0 : -1;
    }
    const ChromaClient::Reply r = m_client.get(m_client.databasePath() + QStringLiteral("/collections/") +
                                               id + QStringLiteral("/count"));
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return -1;
    }
    return qint64(r.json.toDouble());
}

std::optional<QVector<DocumentRecord>> ChromaStore::documents(const QString &name, QString *error)
{
    QVector<DocumentRecord> docs;
    const QString id = collectionId(name, false, error);
    if (id.isEmpty()) {
        if (error->isEmpty())
            return docs;
        return std::nullopt;
    }
    QMap<QString, DocumentRecord> byId;
    const int page = 1000;
    for (int offset = 0;; offset += page) {
        const ChromaClient::Reply r = m_client.post(
            m_client.databasePath() + QStringLiteral("/collections/") + id + QStringLiteral("/get"),
            QJsonObject{{QStringLiteral("include"), QJsonArray{QStringLiteral("metadatas")}},
                        {QStringLiteral("limit"), page},
                        {QStringLiteral("offset"), offset}});
        if (!r.ok()) {
            *error = r.error;
            return std::nullopt;
        }
        const QJsonArray metas = r.json.toObject().value(QStringLiteral("metadatas")).toArray();
        for (const QJsonValue &v : metas) {
            const QJsonObject m = v.toObject();
            const QString docId = m.value(kDocId).toString();
            if (docId.isEmpty() || byId.contains(docId))
                continue;
            DocumentRecord d;
            d.id = docId;
            d.fileName = m.value(kFileName).toString();
            d.contentHash = m.value(kHash).toString();
            d.addedAt = m.value(kAddedAt).toString();
            d.chunkCount = m.value(kChunkCount).toInt();
            d.bytes = qint64(m.value(kBytes).toDouble());
            byId.insert(docId, d);
        }
        if (metas.size() < page)
            break;
    }
    docs = byId.values();
    std::sort(docs.begin(), docs.end(),
              [](const DocumentRecord &a, const DocumentRecord &b) { return a.addedAt > b.addedAt; });
    return docs;
}

bool ChromaStore::dropCollection(const QString &name, QString *error)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!ensureTenantAndDatabase(error))
            return false;
    }
    const ChromaClient::Reply r =
        m_client.del(m_client.databasePath() + QStringLiteral("/collections/") + name);
    {
        QMutexLocker lock(&m_mutex);
        m_ids.remove(name);
    }
    return r.ok() || r.status == 404 || fail(r, error);
}

bool ChromaStore::ping(QString *error)
{
    const ChromaClient::Reply r = m_client.get(QStringLiteral("/api/v2/heartbeat"));
    return r.ok() || fail(r, error);
}

} // namespace aistack
