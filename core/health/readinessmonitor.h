#pragma once

#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>

class QThreadPool;

namespace aistack {

class ReadinessRegistry;

// Runs the readiness checks in the background, at start and then every interval, so that /readiness
// answers at once from the last result (a provider behind a slow resolver takes seconds to check; probes
// such as Kubernetes' give up after one). Runs never overlap: a slow check delays the next run, never a
// probe. Lives on the thread that creates it (the main thread); the checks run on the pool.
class ReadinessMonitor : public QObject
{
    Q_OBJECT
public:
    ReadinessMonitor(ReadinessRegistry *registry, QThreadPool *pool, int intervalMs, QObject *parent = nullptr);
    ~ReadinessMonitor() override;

    void start();
    // Starts a run now unless one is under way (e.g. after a configuration change).
    void refreshNow();

private:
    ReadinessRegistry *m_registry;
    QThreadPool *m_pool;
    QTimer m_timer;
    std::shared_ptr<std::atomic<bool>> m_running = std::make_shared<std::atomic<bool>>(false);
};

} // namespace aistack
