#pragma once

namespace aistack {

class MetricsRegistry;

// The standard process_* metrics (memory, CPU, file descriptors, start time), sampled from
// /proc on every render.
class ProcessMetrics
{
public:
    static void install(MetricsRegistry &registry);
    static double residentBytes();
};

} // namespace aistack
