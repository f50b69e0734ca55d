#pragma once

#include "stack.h"

#include <QHash>
#include <QMutex>
#include <functional>
#include <memory>

class QThreadPool;

namespace aistack {

class ProviderRegistry;
class StackConfigSource;
class VectorStoreCache;

// The stacks held in memory, one per owner, built from the stack configuration current at init. Stacks
// built from the same configuration share one document library; every library shares the stores of the
// cache. Thread-safe; build and deleteDocuments block (worker threads).
class StackEngine
{
public:
    StackEngine(StackConfigSource &source, ProviderRegistry &providers, VectorStoreCache &stores,
                QThreadPool *pool, StackMetrics *metrics);

    // Builds a stack for the owner from the current configuration and puts it in place of the old one
    // (queries running on the old one finish on it).
    std::shared_ptr<Stack> build(const QString &owner, StackError *error);
    std::shared_ptr<Stack> find(const QString &owner) const;
    void remove(const QString &owner);
    int size() const;

    // How many stacks in memory were built from another configuration than the one in force (sessions that
    // keep the previous configuration after the desktop applied a new one). Does not block.
    int outdatedCount() const;
    // Rebuilds those stacks from the configuration in force; a session closed meanwhile stays closed.
    // Returns how many were rebuilt (their owners in *owners when given); *failed gets the first failure.
    // Blocking: for worker threads.
    int rebuildOutdated(QString *failed, QStringList *owners = nullptr);
    // Called (on the thread that changed it) whenever a stack is built, rebuilt or removed.
    void setOnChange(std::function<void()> onChange);

    // Deletes the owner's collection of every rag tool: of its stack's configuration when it has one in
    // memory, else of the current one.
    bool deleteDocuments(const QString &owner, QString *error);

private:
    std::shared_ptr<DocumentLibrary> libraryFor(const std::shared_ptr<const StackConfig> &config);
    void changed() const;

    StackConfigSource &m_source;
    ProviderRegistry &m_providers;
    VectorStoreCache &m_stores;
    QThreadPool *m_pool;
    StackMetrics *m_metrics;
    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<Stack>> m_stacks;
    std::shared_ptr<const StackConfig> m_lastConfig;
    std::shared_ptr<DocumentLibrary> m_lastLibrary;
    std::function<void()> m_onChange;
};

} // namespace aistack
