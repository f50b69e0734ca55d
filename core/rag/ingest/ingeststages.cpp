#include "ingeststages.h"
#include "common/runonpool.h"

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

StagedDocument prepareAndEmbed(const IngestFile &file, const IngestTarget &target,
                               const std::atomic<bool> *cancelled,
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

namespace {
// Writes a group; each document's result says what became of it.
void storeGroup(const QVector<std::shared_ptr<StagedDocument>> &group, const IngestTarget &target)
{
    QVector<VectorStore::DocumentWrite> writes;
    writes.reserve(group.size());
    for (const auto &staged : group)
        writes.push_back({&staged->doc.record, &staged->doc.chunks});
    target.store->addDocuments(target.collection, writes);
    for (int i = 0; i < group.size(); ++i) {
        IngestedFile &result = group[i]->result;
        if (!writes[i].stored) {
            result.error = Tr::tr("%1: could not be stored: %2").arg(result.fileName, writes[i].error);
            result.failure = IngestedFile::Failure::Store;
            continue;
        }
        result.stored = true;
        result.replaced = writes[i].replaced;
        for (const StoredChunk &c : std::as_const(group[i]->doc.chunks))
            result.chunkIds << c.id;
        group[i]->doc.chunks.clear();
    }
}
} // namespace

StagedWriter::StagedWriter(IngestTarget target, QThreadPool *storePool, Written written)
    : m_target(std::move(target)), m_pool(storePool), m_written(std::move(written))
{
}

StagedWriter::~StagedWriter()
{
    finish();
}

void StagedWriter::add(std::shared_ptr<StagedDocument> staged)
{
    if (m_pending.isEmpty())
        m_pendingSince.start();
    m_pendingChunks += staged->doc.chunks.size();
    m_pending.push_back(std::move(staged));
    if (m_pendingChunks >= kGroupChunks || m_pending.size() >= kGroupDocuments ||
        m_pendingSince.elapsed() >= kGroupWaitMs)
        send();
}

void StagedWriter::send()
{
    if (m_pending.isEmpty())
        return;
    collect(); // one group in flight at a time: the store writes them in order
    m_writing = std::move(m_pending);
    m_pending.clear();
    m_pendingChunks = 0;
    if (m_pool) {
        m_future = runOnPool(m_pool, [group = m_writing, target = m_target]() { storeGroup(group, target); });
    } else {
        storeGroup(m_writing, m_target);
        collect();
    }
}

void StagedWriter::collect()
{
    if (m_writing.isEmpty())
        return;
    m_future.waitForFinished();
    const QVector<std::shared_ptr<StagedDocument>> done = std::move(m_writing);
    m_writing.clear();
    for (const auto &staged : done)
        if (m_written)
            m_written(*staged);
}

void StagedWriter::finish()
{
    send();
    collect();
}

} // namespace aistack
