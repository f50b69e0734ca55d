#pragma once

class QThreadPool;

namespace aistack {

// The one rule both APIs use to pick a pool for a query: one answered in process (a local model, the builtin
// embedder, the embedded store) is CPU work, served with fewer context switches by the pool sized to the
// cores; anything that may wait on a provider or a store goes to the large pool, whose threads may wait.
inline QThreadPool *queryPool(QThreadPool *waiting, QThreadPool *cpu, bool answersLocally)
{
    return answersLocally && cpu ? cpu : waiting;
}

} // namespace aistack
