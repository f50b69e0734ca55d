#pragma once

namespace aistack {

class Counter;
class Gauge;
class Histogram;
class MetricsRegistry;

// The stack series of /metrics.
struct StackMetrics
{
    explicit StackMetrics(MetricsRegistry *registry);

    Counter *queries;           // aistack_stack_queries_total{tool,kind}
    Counter *queryFailures;     // aistack_stack_query_failures_total{tool,kind}
    Histogram *decision;        // aistack_stack_decision_seconds: decision maker latency
    Counter *decisionFallbacks; // aistack_stack_decision_fallbacks_total: replies that named no tool
    Gauge *stacks;              // aistack_stacks_active: stacks held in memory
};

} // namespace aistack
