#include "stackmetrics.h"

#include "metrics/metricsregistry.h"

namespace aistack {

StackMetrics::StackMetrics(MetricsRegistry *r)
    : queries(r->counter(QStringLiteral("aistack_stack_queries_total"),
                         QStringLiteral("Queries answered by a stack tool"),
                         {QStringLiteral("tool"), QStringLiteral("kind")})),
      queryFailures(r->counter(QStringLiteral("aistack_stack_query_failures_total"),
                               QStringLiteral("Queries a stack tool could not answer"),
                               {QStringLiteral("tool"), QStringLiteral("kind")})),
      decision(r->histogram(QStringLiteral("aistack_stack_decision_seconds"),
                            QStringLiteral("Time the decision maker took to pick a tool"))),
      decisionFallbacks(r->counter(
          QStringLiteral("aistack_stack_decision_fallbacks_total"),
          QStringLiteral("Decision maker replies that named no tool (the fallback tool answered)"))),
      stacks(
          r->gauge(QStringLiteral("aistack_stacks_active"), QStringLiteral("Session stacks held in memory")))
{
}

} // namespace aistack
