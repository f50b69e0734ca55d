#include "stackengine.h"

#include "metrics/metricfamily.h"
#include "rag/documentlibrary.h"
#include "rag/store/collectionname.h"
#include "rag/store/vectorstore.h"
#include "stackconfigsource.h"
#include "stackmetrics.h"

namespace aistack {

StackEngine::StackEngine(StackConfigSource &source, ProviderRegistry &providers, VectorStoreCache &stores,
                         QThreadPool *pool, StackMetrics *metrics)
    : m_source(source), m_providers(providers), m_stores(stores), m_pool(pool), m_metrics(metrics)
{
}

std::shared_ptr<DocumentLibrary> StackEngine::libraryFor(const std::shared_ptr<const StackConfig> &config)
{
    QMutexLocker lock(&m_mutex);
    if (config != m_lastConfig) {
        m_lastConfig = config;
        m_lastLibrary = std::make_shared<DocumentLibrary>(*config, &m_providers, m_pool, &m_stores);
    }
    return m_lastLibrary;
}

std::shared_ptr<Stack> StackEngine::build(const QString &owner, StackError *error)
{
    QString message;
    const std::shared_ptr<const StackConfig> config = m_source.current(&message);
    if (!config) {
        *error = StackError::make(StackError::Kind::NoStack, message);
        return nullptr;
    }
    auto stack = std::make_shared<Stack>(owner, config, libraryFor(config), m_providers, m_metrics);
    QMutexLocker lock(&m_mutex);
    m_stacks.insert(owner, stack);
    m_metrics->stacks->set(m_stacks.size());
    lock.unlock();
    changed();
    return stack;
}

std::shared_ptr<Stack> StackEngine::find(const QString &owner) const
{
    QMutexLocker lock(&m_mutex);
    return m_stacks.value(owner);
}

void StackEngine::remove(const QString &owner)
{
    QMutexLocker lock(&m_mutex);
    const bool removed = m_stacks.remove(owner) > 0;
    m_metrics->stacks->set(m_stacks.size());
    lock.unlock();
    if (removed)
        changed();
}

void StackEngine::setOnChange(std::function<void()> onChange)
{
    QMutexLocker lock(&m_mutex);
    m_onChange = std::move(onChange);
}

void StackEngine::changed() const
{
    std::function<void()> notify;
    {
        QMutexLocker lock(&m_mutex);
        notify = m_onChange;
    }
    if (notify)
        notify();
}

int StackEngine::outdatedCount() const
{
    const std::shared_ptr<const StackConfig> inForce = m_source.latest();
    QMutexLocker lock(&m_mutex);
    int outdated = 0;
    for (const std::shared_ptr<Stack> &stack : m_stacks)
        outdated += stack->config() != inForce ? 1 : 0;
    return outdated;
}

int StackEngine::rebuildOutdated(QString *failed, QStringList *owners)
{
    QString message;
    const std::shared_ptr<const StackConfig> config = m_source.current(&message);
    if (!config) {
        *failed = message;
        return 0;
    }
    QVector<std::shared_ptr<Stack>> outdated;
    {
        QMutexLocker lock(&m_mutex);
        for (const std::shared_ptr<Stack> &stack : std::as_const(m_stacks))
            if (stack->config() != config)
                outdated << stack;
    }
    const std::shared_ptr<DocumentLibrary> library = libraryFor(config);
    int rebuilt = 0;
    for (const std::shared_ptr<Stack> &old : std::as_const(outdated)) {
        auto stack = std::make_shared<Stack>(old->owner(), config, library, m_providers, m_metrics);
        QMutexLocker lock(&m_mutex);
        auto it = m_stacks.find(old->owner());
        if (it == m_stacks.end() || *it != old)
            continue; // closed or initialised again meanwhile
        *it = stack;
        ++rebuilt;
        if (owners)
            *owners << old->owner();
    }
    if (!outdated.isEmpty())
        changed();
    return rebuilt;
}

int StackEngine::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_stacks.size());
}

bool StackEngine::deleteDocuments(const QString &owner, QString *error)
{
    std::shared_ptr<DocumentLibrary> library;
    if (const std::shared_ptr<Stack> stack = find(owner)) {
        library = stack->library();
    } else {
        const std::shared_ptr<const StackConfig> config = m_source.current(error);
        if (!config)
            return false;
        library = libraryFor(config);
    }
    const QStringList tools = library->ragTools();
    if (tools.isEmpty())
        return true;
    const std::shared_ptr<VectorStore> store = library->store(error);
    if (!store)
        return false;
    for (const QString &tool : tools) {
        if (!store->dropCollection(collectionName(owner, tool), error))
            return false;
    }
    return true;
}

} // namespace aistack
