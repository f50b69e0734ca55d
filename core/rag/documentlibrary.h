#pragma once

#include "config/appconfig.h"
#include "rag/ingest/ingestionpipeline.h"
#include "rag/retrieve/retrievalresult.h"

#include <QMutex>
#include <memory>
#include <optional>

class QThreadPool;

namespace aistack {

class ProviderRegistry;
class VectorStore;
class VectorStoreCache;

// The documents of one stack configuration: its vector store (opened on first use, on a worker thread)
// and, per rag tool, the embedder and the owner's collection. Used by the desktop panes, the command line
// and (per session) the KISS API.
class DocumentLibrary
{
public:
    // The owner of the documents a person adds on the desktop (GUI pane, --ingest).
    static QString desktopOwner() { return QStringLiteral("desktop"); }

    // With a store cache, the store is shared with every library naming the same vector_db.
    DocumentLibrary(std::optional<StackConfig> stack, ProviderRegistry *providers, QThreadPool *pool,
                    VectorStoreCache *stores = nullptr);
    ~DocumentLibrary();

    std::optional<StackConfig> stackConfig() const;
    // Puts another stack configuration in force (the desktop applied an edited file): ingestion and
    // retrieval started from now on use its rag tools and vector store; those running finish on the old.
    void setStackConfig(const std::optional<StackConfig> &stack);

    // The names of the stack's rag tools, in config order.
    QStringList ragTools() const;

    // Ingests files into the collection of (owner, tool); an empty tool means the first rag tool.
    IngestJob *ingest(const QString &owner, const QString &tool, QVector<IngestFile> files);

    // The top k chunks for a question (k = the tool's depth when 0). Blocking: for worker threads.
    std::optional<RetrievalResult> retrieve(const QString &owner, const QString &tool,
                                            const QString &question, int k, QString *error);

    // The store, opened on first use. Blocking: for worker threads.
    std::shared_ptr<VectorStore> store(QString *error);

    // Where the ingestion of (owner, tool) goes, or nullopt with *error.
    std::optional<IngestTarget> target(const QString &owner, const QString &tool, QString *error);

private:
    std::shared_ptr<const StackConfig> snapshot() const;
    static const ToolConfig *ragTool(const StackConfig *stack, const QString &name, QString *error);
    std::optional<IngestTarget> target(const StackConfig *stack, const QString &owner, const QString &tool,
                                       QString *error);

    std::shared_ptr<const StackConfig> m_stack; // null: no stack: section
    ProviderRegistry *m_providers;
    VectorStoreCache *m_stores;
    IngestionPipeline m_pipeline;
    mutable QMutex m_mutex;
    std::shared_ptr<VectorStore> m_store;
};

} // namespace aistack
