// The embedded store's writes: documents added alone or in groups (one transaction), and removed.
#include "embeddedschema.h"
#include "embeddedsql.h"
#include "embeddedstore.h"

namespace aistack {

using namespace EmbeddedSql;

bool EmbeddedStore::removeDocumentRows(QSqlDatabase &db, const Collection &c, const QString &documentId,
                                       QVector<qint64> *removed, QString *error)
{
    QSqlQuery ids(db);
    ids.prepare(QStringLiteral("SELECT id FROM rag_chunks WHERE collection_id = ? AND doc_id = ?"));
    ids.addBindValue(c.id);
    ids.addBindValue(documentId);
    if (!run(ids, error))
        return false;
    while (ids.next())
        removed->push_back(ids.value(0).toLongLong());
    const QString fts = ftsTableName(c.id);
    QSqlQuery unindex(db);
    unindex.prepare(
        QStringLiteral("INSERT INTO %1 (%1, rowid, text) SELECT 'delete', id, text FROM rag_chunks "
                       "WHERE collection_id = ? AND doc_id = ?")
            .arg(fts));
    unindex.addBindValue(c.id);
    unindex.addBindValue(documentId);
    if (!run(unindex, error))
        return false;
    for (const char *table : {"rag_chunks", "rag_documents"}) {
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE collection_id = ? AND doc_id = ?")
                        .arg(QLatin1String(table)));
        del.addBindValue(c.id);
        del.addBindValue(documentId);
        if (!run(del, error))
            return false;
    }
    return true;
}

bool EmbeddedStore::addDocument(const QString &name, const DocumentRecord &doc,
                                const QVector<StoredChunk> &chunks, QString *error, bool *replaced)
{
    QVector<DocumentWrite> one{DocumentWrite{&doc, &chunks}};
    const bool ok = addDocuments(name, one);
    if (!ok && error)
        *error = one.first().error;
    if (replaced)
        *replaced = one.first().replaced;
    return ok;
}

bool EmbeddedStore::writeGroup(Collection &c, QVector<DocumentWrite> &writes, QVector<QVector<qint64>> *removed,
                               QVector<QVector<qint64>> *added, QString *error)
{
    *removed = QVector<QVector<qint64>>(writes.size());
    *added = QVector<QVector<qint64>>(writes.size());
    auto dbLock = lockDatabase();
    return m_db.transaction(
        [&](QSqlDatabase &db, QString *err) {
            // Kept statements: parsing SQL again for every small document was a good part of its cost.
            const Database::ReusedQuery exists = m_db.reused(
                QStringLiteral("SELECT 1 FROM rag_documents WHERE collection_id = ? AND doc_id = ?"), err);
            const Database::ReusedQuery document = m_db.reused(
                QStringLiteral("INSERT INTO rag_documents (collection_id, doc_id, file_name, content_hash, "
                               "metadata, chunk_count, bytes, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                err);
            const Database::ReusedQuery insert = m_db.reused(
                QStringLiteral("INSERT INTO rag_chunks (collection_id, doc_id, chunk_id, text, metadata, "
                               "vector) VALUES (?, ?, ?, ?, ?, ?)"),
                err);
            const Database::ReusedQuery index = m_db.reused(
                QStringLiteral("INSERT INTO %1 (rowid, text) VALUES (?, ?)").arg(ftsTableName(c.id)), err);
            if (!exists || !document || !insert || !index)
                return false;
            const QString now = nowIso();
            int dims = 0;
            for (int w = 0; w < writes.size(); ++w) {
                const DocumentRecord &doc = *writes[w].doc;
                const QVector<StoredChunk> &chunks = *writes[w].chunks;
                exists->bindValue(0, c.id);
                exists->bindValue(1, doc.id);
                if (!run(*exists, err))
                    return false;
                const bool present = exists->next();
                exists->finish();
                if (present && !removeDocumentRows(db, c, doc.id, &(*removed)[w], err))
                    return false;
                int i = 0;
                for (const QVariant &v : {QVariant(c.id), QVariant(doc.id), QVariant(doc.fileName),
                                          QVariant(doc.contentHash), QVariant(compactJson(doc.metadata)),
                                          QVariant(int(chunks.size())), QVariant(doc.bytes), QVariant(now)})
                    document->bindValue(i++, v);
                if (!run(*document, err))
                    return false;
                for (const StoredChunk &chunk : chunks) {
                    insert->bindValue(0, c.id);
                    insert->bindValue(1, doc.id);
                    insert->bindValue(2, chunk.id);
                    insert->bindValue(3, chunk.text);
                    insert->bindValue(4, compactJson(chunk.metadata));
                    insert->bindValue(5, vectorBlob(chunk.vector));
                    if (!run(*insert, err))
                        return false;
                    const qint64 rowId = insert->lastInsertId().toLongLong();
                    index->bindValue(0, rowId);
                    index->bindValue(1, chunk.text);
                    if (!run(*index, err))
                        return false;
                    (*added)[w].push_back(rowId);
                }
                if (!chunks.isEmpty())
                    dims = int(chunks.first().vector.size());
            }
            if (dims == 0)
                return true;
            QSqlQuery dimsQuery(db);
            dimsQuery.prepare(QStringLiteral("UPDATE rag_collections SET dims = ? WHERE id = ?"));
            dimsQuery.addBindValue(dims);
            dimsQuery.addBindValue(c.id);
            return run(dimsQuery, err);
        },
        error);
}

bool EmbeddedStore::addDocuments(const QString &name, QVector<DocumentWrite> &writes)
{
    // A document whose chunks' vectors differ in size fails alone; the others are written.
    int dims = 0;
    QVector<int> valid;
    for (int w = 0; w < writes.size(); ++w) {
        const QVector<StoredChunk> &chunks = *writes[w].chunks;
        const int size = chunks.isEmpty() ? 0 : int(chunks.first().vector.size());
        bool ok = true;
        for (const StoredChunk &chunk : chunks)
            ok = ok && !chunk.vector.isEmpty() && chunk.vector.size() == size;
        if (ok && size > 0 && dims > 0 && size != dims)
            ok = false;
        if (!ok) {
            writes[w].stored = false;
            writes[w].error = QStringLiteral("every chunk of a document needs a vector of the same size");
            continue;
        }
        if (size > 0)
            dims = size;
        valid << w;
    }
    if (valid.size() < writes.size()) {
        QVector<DocumentWrite> rest;
        for (int w : std::as_const(valid))
            rest << writes[w];
        addDocuments(name, rest);
        for (int i = 0; i < valid.size(); ++i)
            writes[valid[i]] = rest[i];
        return false;
    }
    if (writes.isEmpty())
        return true;
    const auto fail = [&writes](const QString &why) {
        for (DocumentWrite &w : writes)
            w.error = why;
        return false;
    };
    QString error;
    const auto c = collection(name, true, &error);
    if (!c)
        return fail(error);
    QMutexLocker writeLock(&c->writeMutex);
    if (!loadIndex(*c, &error))
        return fail(error);
    {
        QReadLocker lock(&c->indexLock);
        if (c->index.size() > 0 && dims > 0 && c->index.dims() != dims)
            return fail(QStringLiteral("collection %1 holds %2-dimension vectors but these have %3 (was the "
                                       "embeddings model changed? remove the collection's documents first)")
                            .arg(name)
                            .arg(c->index.dims())
                            .arg(dims));
    }
    QVector<QVector<qint64>> removed;
    QVector<QVector<qint64>> added;
    if (!writeGroup(*c, writes, &removed, &added, &error)) {
        if (writes.size() == 1)
            return fail(error);
        writeLock.unlock();
        bool all = true; // the group failed: each alone, so that one bad document fails no other
        for (DocumentWrite &w : writes) {
            QVector<DocumentWrite> one{w};
            all = addDocuments(name, one) && all;
            w = one.first();
        }
        return all;
    }
    QWriteLocker lock(&c->indexLock);
    ++c->generation;
    for (int w = 0; w < writes.size(); ++w) {
        for (qint64 id : std::as_const(removed[w]))
            c->index.remove(id);
        const QVector<StoredChunk> &chunks = *writes[w].chunks;
        for (int i = 0; i < chunks.size(); ++i)
            c->index.add(added[w][i], chunks[i].vector.constData(), dims);
        writes[w].stored = true;
        writes[w].replaced = !removed[w].isEmpty();
        writes[w].error.clear();
    }
    return true;
}

bool EmbeddedStore::deleteDocument(const QString &name, const QString &documentId, QString *error)
{
    const auto c = collection(name, false, error);
    if (!c)
        return error->isEmpty();
    QMutexLocker writeLock(&c->writeMutex);
    if (!loadIndex(*c, error))
        return false;
    QVector<qint64> removed;
    auto dbLock = lockDatabase();
    if (!m_db.transaction([&](QSqlDatabase &db,
                              QString *err) { return removeDocumentRows(db, *c, documentId, &removed, err); },
                          error))
        return false;
    dbLock = {};
    QWriteLocker lock(&c->indexLock);
    ++c->generation;
    for (qint64 id : std::as_const(removed))
        c->index.remove(id);
    return true;
}

} // namespace aistack
