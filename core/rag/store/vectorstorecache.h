#pragma once

#include "config/appconfig.h"

#include <QHash>
#include <QMutex>
#include <memory>

namespace aistack {

class VectorStore;

// One open store per distinct `vector_db`, shared by every stack configuration that names it: two stacks
// on the same SQLite file must share one embedded store (and its in-memory vectors), and an `in_memory`
// store must be the same for the desktop and every session. Thread-safe.
class VectorStoreCache
{
public:
    std::shared_ptr<VectorStore> open(const VectorDbConfig &config, QString *error);

private:
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<VectorStore>> m_stores;
};

} // namespace aistack
