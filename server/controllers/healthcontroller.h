#pragma once

class QObject;
class QThreadPool;

namespace aistack {

class ReadinessRegistry;
class Router;

// Controllers are short-lived: their routes capture what they need by value.
// GET /liveness and GET /readiness (Lightspeed shapes). Readiness checks run on a worker
// pool; the reply is written from the server thread when they are done.
class HealthController
{
public:
    HealthController(const ReadinessRegistry *readiness, QThreadPool *pool, QObject *context)
        : m_readiness(readiness), m_pool(pool), m_context(context)
    {
    }
    void registerRoutes(Router &router);

private:
    const ReadinessRegistry *m_readiness;
    QThreadPool *m_pool;
    QObject *m_context;
};

} // namespace aistack
