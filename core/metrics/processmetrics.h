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
    // CPU time (user + system) and resident memory of this process now, from one read of /proc/self/stat.
    struct Usage
    {
        double cpuSeconds = 0;
        double residentBytes = 0;
    };
    static Usage usage();
};

} // namespace aistack
