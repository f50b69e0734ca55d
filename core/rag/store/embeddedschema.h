#pragma once

#include "storage/migrator.h"

namespace aistack {

// The embedded vector store's own SQLite schema (a database file of its own, next to the product's).
const QVector<Migration> &embeddedStoreMigrations();

// The FTS5 table that indexes one collection's chunk texts (external content: the text lives in rag_chunks).
QString ftsTableName(qint64 collectionId);
QString createFtsTableSql(qint64 collectionId);

} // namespace aistack
