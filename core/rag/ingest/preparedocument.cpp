#include "preparedocument.h"

#include "metadataflattener.h"
#include "rag/parse/documentparser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace aistack {

QString documentIdForContent(const QByteArray &bytes, QString *contentHash)
{
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (contentHash)
        *contentHash = hash;
    return hash.left(32);
}

PreparedDocument prepareDocument(const IngestFile &file, const ChunkerSettings &chunking)
{
    PreparedDocument out;
    const QString name = QFileInfo(file.name).fileName(); // a label: any folder part is dropped
    QByteArray bytes = file.bytes;
    if (!file.path.isEmpty()) {
        QFile local(file.path);
        if (!local.open(QIODevice::ReadOnly)) {
            out.error = QCoreApplication::translate("IngestionPipeline", "%1: cannot be read: %2")
                            .arg(name, local.errorString());
            return out;
        }
        bytes = local.readAll();
    }
    const ParseOutcome parsed = parseDocument(name, bytes);
    if (!parsed.ok) {
        out.error = parsed.error;
        return out;
    }
    out.title = parsed.document.title;
    out.format = parsed.document.format;
    out.pages = parsed.document.pageCount;
    DocumentRecord &record = out.record;
    if (file.contentHash.size() == 64) {
        record.contentHash = file.contentHash;
        record.id = file.contentHash.left(32);
    } else {
        record.id = documentIdForContent(bytes, &record.contentHash);
    }
    record.fileName = name;
    record.bytes = bytes.size();
    record.metadata = flattenMetadata(file.metadata);
    const QVector<TextChunk> chunks = Chunker(chunking).chunk(parsed.document);
    out.chunks.reserve(chunks.size());
    for (const TextChunk &c : chunks) {
        StoredChunk s;
        s.id = record.id + QLatin1Char('-') + QString::number(c.index);
        s.text = c.text;
        QJsonObject &m = s.metadata;
        m.insert(QStringLiteral("file_name"), name);
        m.insert(QStringLiteral("start_offset"), double(c.start));
        m.insert(QStringLiteral("end_offset"), double(c.end));
        m.insert(QStringLiteral("total_tokens"), c.tokenCount);
        if (c.page > 0)
            m.insert(QStringLiteral("page"), c.page);
        if (!c.heading.isEmpty())
            m.insert(QStringLiteral("heading"), c.heading);
        for (auto it = record.metadata.begin(); it != record.metadata.end(); ++it)
            m.insert(it.key(), it.value());
        m.insert(QStringLiteral("document_id"), record.id);
        m.insert(QStringLiteral("chunk_index"), c.index);
        out.chunks.push_back(std::move(s));
    }
    record.chunkCount = int(out.chunks.size());
    out.ok = true;
    return out;
}

} // namespace aistack
