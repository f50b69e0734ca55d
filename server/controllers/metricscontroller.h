#pragma once

namespace aistack {

class MetricsRegistry;
class Router;

// GET /metrics: the Prometheus text exposition of the shared registry.
class MetricsController
{
public:
    explicit MetricsController(MetricsRegistry &registry) : m_registry(registry) {}
    void registerRoutes(Router &router);

private:
    MetricsRegistry &m_registry;
};

} // namespace aistack
