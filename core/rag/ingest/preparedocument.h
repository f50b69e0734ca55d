#pragma once

#include "rag/chunk/chunker.h"
#include "rag/store/storetypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace aistack {

// A file handed to the ingestion pipeline. The name is only a label (never used as a path).
struct IngestFile
{
    QString name;
    QByteArray bytes;
    QJsonObject metadata; // the user's; flattened before storing
    QString path;         // a local file to read on the worker thread instead of bytes (GUI, command line)
    QString contentHash;  // the bytes' SHA-256 (hex) when the caller has it already; else computed
};

// A file parsed and cut into chunks, ready to embed and store.
struct PreparedDocument
{
    bool ok = false;
    QString error; // names the file
    DocumentRecord record;
    QVector<StoredChunk> chunks; // vectors still empty
    QString title;
    QString format; // "text", "markdown", "html", "csv", "json", "pdf", "docx"
    int pages = 0;  // 0 when the format has no pages
};

// Parses and chunks one file. Each chunk's metadata holds: document_id, file_name, chunk_index,
// start_offset, end_offset, total_tokens, page (PDF), heading (when known), and the user's flattened
// metadata (which may override any key except document_id and chunk_index).
PreparedDocument prepareDocument(const IngestFile &file, const ChunkerSettings &chunking);

// The id of a document with this content: the same bytes always get the same id.
QString documentIdForContent(const QByteArray &bytes, QString *contentHash = nullptr);

} // namespace aistack
