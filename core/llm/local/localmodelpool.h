#pragma once

#include "localsettings.h"

#include <QHash>
#include <QMutex>
#include <memory>

namespace aistack {

class LocalEngine;

// Loaded in-process models, shared: every tool naming the same GGUF file uses one engine (one copy of the
// weights, one queue). The first tool to ask sets the context size and thread count. Thread-safe.
class LocalModelPool
{
public:
    // Null when this build has no llama.cpp.
    std::shared_ptr<LocalEngine> engine(const LocalSettings &settings);
    static bool available();

private:
    QMutex m_mutex;
    QHash<QString, std::weak_ptr<LocalEngine>> m_engines;
};

} // namespace aistack
