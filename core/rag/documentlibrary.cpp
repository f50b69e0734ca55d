#include "documentlibrary.h"

#include "llm/providerregistry.h"
#include "rag/retrieve/retriever.h"
#include "rag/store/collectionname.h"
#include "rag/store/storefactory.h"
#include "rag/store/vectorstorecache.h"

#include <QCoreApplication>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLibrary)
};
} // namespace

DocumentLibrary::DocumentLibrary(std::optional<StackConfig> stack, ProviderRegistry *providers,
                                 QThreadPool *pool, VectorStoreCache *stores)
    : m_stack(stack ? std::make_shared<const StackConfig>(std::move(*stack)) : nullptr), m_providers(providers),
      m_stores(stores), m_pipeline(pool)
{
}

DocumentLibrary::~DocumentLibrary() = default;

std::shared_ptr<const StackConfig> DocumentLibrary::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_stack;
}

std::optional<StackConfig> DocumentLibrary::stackConfig() const
{
    const std::shared_ptr<const StackConfig> stack = snapshot();
    return stack ? std::optional<StackConfig>(*stack) : std::nullopt;
}

void DocumentLibrary::setStackConfig(const std::optional<StackConfig> &stack)
{
    QMutexLocker lock(&m_mutex);
    m_stack = stack ? std::make_shared<const StackConfig>(*stack) : nullptr;
    m_store.reset(); // opened again, from the new vector_db, on next use
}

QStringList DocumentLibrary::ragTools() const
{
    QStringList names;
    if (const std::shared_ptr<const StackConfig> stack = snapshot()) {
        for (const ToolConfig &t : stack->tools)
            if (t.kind == QLatin1String("rag"))
                names << t.name;
    }
    return names;
}

const ToolConfig *DocumentLibrary::ragTool(const StackConfig *stack, const QString &name, QString *error)
{
    if (stack) {
        for (const ToolConfig &t : stack->tools) {
            if (t.kind == QLatin1String("rag") && (name.isEmpty() || t.name == name))
                return &t;
        }
    }
    *error = name.isEmpty()
                 ? Tr::tr("the stack has no rag tool to store documents for (add a tool with kind: rag)")
                 : Tr::tr("the stack has no rag tool named '%1'").arg(name);
    return nullptr;
}

std::shared_ptr<VectorStore> DocumentLibrary::store(QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (m_store)
        return m_store;
    if (!m_stack || !m_stack->vectorDb) {
        *error = Tr::tr("the stack has no vector_db");
        return nullptr;
    }
    m_store =
        m_stores ? m_stores->open(*m_stack->vectorDb, error) : openVectorStore(*m_stack->vectorDb, error);
    return m_store;
}

std::optional<IngestTarget> DocumentLibrary::target(const QString &owner, const QString &toolName,
                                                    QString *error)
{
    const std::shared_ptr<const StackConfig> stack = snapshot();
    return target(stack.get(), owner, toolName, error);
}

std::optional<IngestTarget> DocumentLibrary::target(const StackConfig *stack, const QString &owner,
                                                    const QString &toolName, QString *error)
{
    const ToolConfig *tool = ragTool(stack, toolName, error);
    if (!tool)
        return std::nullopt;
    IngestTarget t;
    t.store = store(error);
    if (!t.store)
        return std::nullopt;
    t.collection = collectionName(owner, tool->name);
    t.embedder = m_providers->embeddingProvider(*tool); // already set to the tool's embeddings model
    return t;
}

IngestJob *DocumentLibrary::ingest(const QString &owner, const QString &tool, QVector<IngestFile> files)
{
    return m_pipeline.ingest(std::move(files),
                             [this, owner, tool](QString *error) { return target(owner, tool, error); });
}

std::optional<RetrievalResult> DocumentLibrary::retrieve(const QString &owner, const QString &toolName,
                                                         const QString &question, int k, QString *error)
{
    const std::shared_ptr<const StackConfig> stack = snapshot();
    const std::optional<IngestTarget> t = target(stack.get(), owner, toolName, error);
    if (!t)
        return std::nullopt;
    const ToolConfig *tool = ragTool(stack.get(), toolName, error);
    return Retriever(t->store, t->embedder, t->embeddingModel)
        .retrieve(t->collection, question, k > 0 ? k : tool->depth, SearchMode::Hybrid, error);
}

} // namespace aistack
