#include "ingeststages.h"

#include "blockingembed.h"
#include "rag/store/vectorstore.h"

#include <QCoreApplication>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IngestionPipeline)
};
} // namespace

QString cancelledIngestMessage(const QString &file)
{
    return Tr::tr("%1: cancelled; nothing was stored").arg(file);
}

StagedDocument prepareAndEmbed(const IngestFile &file, const IngestTarget &target, const std::atomic<bool> *cancelled,
                       const std::function<void(int, int)> &onChunks)
{
    StagedDocument staged;
    IngestedFile &result = staged.result;
    result.fileName = file.name;
    staged.doc = prepareDocument(file, target.chunking);
    PreparedDocument &doc = staged.doc;
    if (!doc.ok) {
        result.error = doc.error;
        result.failure = IngestedFile::Failure::Document;
        return staged;
    }
    result.documentId = doc.record.id;
    const int total = int(doc.chunks.size());
    if (onChunks)
        onChunks(0, total);
    const int batch = std::max(1, target.embedBatch);
    for (int from = 0; from < total; from += batch) {
        if (cancelled && cancelled->load()) {
            result.error = cancelledIngestMessage(file.name);
            result.failure = IngestedFile::Failure::Cancelled;
            return staged;
        }
        QStringList texts;
        const int to = std::min(total, from + batch);
        for (int i = from; i < to; ++i)
            texts << doc.chunks[i].text;
        QString error;
        auto vectors = embedAndWait(*target.embedder, texts, target.embeddingModel, cancelled, &error);
        if (!vectors) {
            result.error = Tr::tr("%1: embedding failed: %2").arg(file.name, error);
            result.failure = IngestedFile::Failure::Embedding;
            return staged;
        }
        for (int i = from; i < to; ++i)
            doc.chunks[i].vector = std::move((*vectors)[i - from]);
        if (onChunks)
            onChunks(to, total);
    }
    staged.ready = true;
    return staged;
}

void storeStaged(StagedDocument &staged, const IngestTarget &target)
{
    IngestedFile &result = staged.result;
    QString error;
    if (!target.store->addDocument(target.collection, staged.doc.record, staged.doc.chunks, &error,
                                   &result.replaced)) {
        result.error = Tr::tr("%1: could not be stored: %2").arg(result.fileName, error);
        result.failure = IngestedFile::Failure::Store;
        return;
    }
    result.stored = true;
    for (const StoredChunk &c : std::as_const(staged.doc.chunks))
        result.chunkIds << c.id;
    staged.doc.chunks.clear();
}

} // namespace aistack
