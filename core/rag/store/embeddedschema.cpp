// The embedded vector store's schema, one migration per version. Never edit a released step: add one.
#include "embeddedschema.h"

namespace aistack {

const QVector<Migration> &embeddedStoreMigrations()
{
    static const QVector<Migration> migrations{
        {1,
         QStringLiteral("collections, documents, chunks"),
         {QStringLiteral("CREATE TABLE rag_collections (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                         "dims INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)"),
          QStringLiteral(
              "CREATE TABLE rag_documents (collection_id INTEGER NOT NULL REFERENCES "
              "rag_collections(id), doc_id TEXT NOT NULL, file_name TEXT NOT NULL, content_hash TEXT "
              "NOT NULL, metadata TEXT NOT NULL, chunk_count INTEGER NOT NULL, bytes INTEGER NOT NULL, "
              "added_at TEXT NOT NULL, PRIMARY KEY (collection_id, doc_id))"),
          QStringLiteral(
              "CREATE TABLE rag_chunks (id INTEGER PRIMARY KEY, collection_id INTEGER NOT NULL, "
              "doc_id TEXT NOT NULL, chunk_id TEXT NOT NULL, text TEXT NOT NULL, metadata TEXT NOT "
              "NULL, vector BLOB NOT NULL, FOREIGN KEY (collection_id, doc_id) REFERENCES "
              "rag_documents(collection_id, doc_id))"),
          QStringLiteral("CREATE INDEX rag_chunks_by_doc ON rag_chunks (collection_id, doc_id)")},
         {}},
    };
    return migrations;
}

QString ftsTableName(qint64 collectionId)
{
    return QStringLiteral("rag_fts_%1").arg(collectionId);
}

QString createFtsTableSql(qint64 collectionId)
{
    return QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS %1 USING fts5(text, content='rag_chunks', "
                          "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')")
        .arg(ftsTableName(collectionId));
}

} // namespace aistack
