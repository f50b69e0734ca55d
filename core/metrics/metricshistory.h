#pragma once

#include "periodicsampler.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace aistack {

class Counter;
class Gauge;
class Histogram;
class MetricFamily;
class MetricsRegistry;

// The last hour of the figures the Metrics pane draws, one sample a second, read straight from the
// MetricsRegistry that /metrics renders (reading changes nothing /metrics shows, and runs no collector).
// Counters are kept as running totals and histograms as running bucket counts, so a rate or a percentile over
// any stretch of the hour is the difference of two samples. Fixed memory: `capacity` samples, the oldest
// overwritten. Lives on the GUI thread; a sample takes a few microseconds (the families' own locks).
class MetricsHistory : public PeriodicSampler
{
    Q_OBJECT
public:
    enum Figure {
        RequestsKiss,       // running totals of answered requests by protocol (log/requestprotocol.h)
        RequestsLightspeed,
        RequestsOther,
        Status2xx,          // running totals of answered requests by status class (1xx and 3xx count as 2xx)
        Status4xx,
        Status5xx,
        OpenConnections,    // levels
        WebSockets,
        ActiveSessions,
        ActiveStacks,
        TokensReceived,     // running totals
        IngestChunks,
        CpuSeconds,
        ResidentBytes,      // level
        FigureCount
    };
    enum Distribution { Latency, FirstToken, QueueWait };
    static constexpr int kHour = 3600;

    explicit MetricsHistory(MetricsRegistry *registry, int capacity = kHour, int intervalMs = 1000,
                            QObject *parent = nullptr);

    // One sample now; emits sampled().
    void sample() override;
    qint64 samplesTaken() const { return m_taken; }

    // Samples held, at most capacity(); index 0 is the oldest held, size() - 1 the newest.
    int size() const { return int(qMin<qint64>(m_taken, m_capacity)); }
    int capacity() const { return m_capacity; }
    qint64 timeAt(int i) const; // ms since the epoch
    double figure(Figure f, int i) const;

    // The models ("provider/model") that have a first-token or queue-wait distribution, sorted.
    QStringList models() const;
    // A distribution's bucket upper bounds (+Inf last); empty while its family does not exist.
    QVector<double> bounds(Distribution d) const;
    // A distribution's running per-bucket counts at sample i (model: for FirstToken and QueueWait); zeros before
    // the distribution was first seen, empty when it never was.
    QVector<double> buckets(Distribution d, int i, const QString &model = {}) const;

Q_SIGNALS:
    void sampled();

private:
    // One fixed-width row of values per sample, in a ring shared by index with every other ring.
    struct Ring
    {
        qint64 first = 0; // the first sample index it holds a row for; earlier rows read as zeros
        QVector<double> rows;
    };
    void write(Ring &ring, int width, const QVector<double> &row);
    double read(const Ring &ring, int width, qint64 index, int column) const;
    qint64 indexOf(int i) const { return m_taken - size() + i; }
    template <typename T> T *family(T *&cached, const char *name);
    void sampleDistributions();

    MetricsRegistry *m_registry;
    int m_capacity;
    qint64 m_taken = 0;
    QVector<qint64> m_times;
    Ring m_figures;
    Ring m_latency;
    QHash<QString, Ring> m_firstToken;
    QHash<QString, Ring> m_queueWait;

    Counter *m_restCalls = nullptr;
    Counter *m_requests = nullptr;
    Gauge *m_openConnections = nullptr;
    Gauge *m_webSockets = nullptr;
    Gauge *m_sessions = nullptr;
    Gauge *m_stacks = nullptr;
    Counter *m_tokens = nullptr;
    Counter *m_chunks = nullptr;
    Histogram *m_latencyFamily = nullptr;
    Histogram *m_firstTokenFamily = nullptr;
    Histogram *m_queueWaitFamily = nullptr;
};

} // namespace aistack
