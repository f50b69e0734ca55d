#include "metricshistory.h"

#include "metricsregistry.h"
#include "processmetrics.h"
#include "log/requestprotocol.h"

#include <QDateTime>
#include <algorithm>

namespace aistack {

namespace {
QString modelKey(const QStringList &labels) // {provider, model}
{
    return labels.size() >= 2 ? labels.at(0) + QLatin1Char('/') + labels.at(1) : QString();
}

double totalOf(const Counter *c)
{
    return c ? c->total() : 0.0;
}

double totalOf(const Gauge *g)
{
    return g ? g->total() : 0.0;
}
} // namespace

MetricsHistory::MetricsHistory(MetricsRegistry *registry, int capacity, int intervalMs, QObject *parent)
    : PeriodicSampler(intervalMs, parent), m_registry(registry), m_capacity(qMax(2, capacity)),
      m_times(m_capacity, 0)
{
}

template <typename T> T *MetricsHistory::family(T *&cached, const char *name)
{
    if (!cached) // families are never removed; one found stays valid
        cached = dynamic_cast<T *>(m_registry->find(QLatin1String(name)));
    return cached;
}

void MetricsHistory::write(Ring &ring, int width, const QVector<double> &row)
{
    if (ring.rows.isEmpty()) {
        ring.rows.resize(qsizetype(m_capacity) * width);
        ring.first = m_taken;
    }
    std::copy(row.cbegin(), row.cbegin() + width, ring.rows.begin() + (m_taken % m_capacity) * width);
}

double MetricsHistory::read(const Ring &ring, int width, qint64 index, int column) const
{
    if (ring.rows.isEmpty() || index < ring.first)
        return 0.0;
    return ring.rows.at((index % m_capacity) * width + column);
}

void MetricsHistory::sample()
{
    QVector<double> row(FigureCount, 0.0);
    if (Counter *calls = family(m_restCalls, "ls_rest_api_calls_total")) {
        for (const auto &[labels, value] : calls->values()) {
            switch (protocolOfPath(labels.value(0))) {
            case RequestProtocol::Kiss:
                row[RequestsKiss] += value;
                break;
            case RequestProtocol::Lightspeed:
                row[RequestsLightspeed] += value;
                break;
            case RequestProtocol::Other:
                break;
            }
        }
    }
    double answered = 0;
    if (Counter *requests = family(m_requests, "aistack_http_requests_total")) {
        for (const auto &[labels, value] : requests->values()) { // {method, status_code}
            answered += value;
            const int status = labels.value(1).toInt();
            row[status >= 500 ? Status5xx : status >= 400 ? Status4xx : Status2xx] += value;
        }
    }
    row[RequestsOther] = qMax(0.0, answered - row[RequestsKiss] - row[RequestsLightspeed]);
    row[OpenConnections] = totalOf(family(m_openConnections, "aistack_http_open_connections"));
    row[WebSockets] = totalOf(family(m_webSockets, "aistack_websocket_connections"));
    row[ActiveSessions] = totalOf(family(m_sessions, "aistack_sessions_active"));
    row[ActiveStacks] = totalOf(family(m_stacks, "aistack_stacks_active"));
    row[TokensReceived] = totalOf(family(m_tokens, "ls_llm_token_received_total"));
    row[IngestChunks] = totalOf(family(m_chunks, "aistack_ingest_chunks_total"));
    const ProcessMetrics::Usage usage = ProcessMetrics::usage();
    row[CpuSeconds] = usage.cpuSeconds;
    row[ResidentBytes] = usage.residentBytes;

    m_times[m_taken % m_capacity] = QDateTime::currentMSecsSinceEpoch();
    write(m_figures, FigureCount, row);
    sampleDistributions();
    ++m_taken;
    Q_EMIT sampled();
}

void MetricsHistory::sampleDistributions()
{
    if (Histogram *latency = family(m_latencyFamily, "ls_response_duration_seconds")) {
        QHash<QString, QVector<double>> all;
        latency->addBuckets([](const QStringList &) { return QStringLiteral("all"); }, all);
        QVector<double> row = all.value(QStringLiteral("all"));
        row.resize(latency->bounds().size());
        write(m_latency, int(row.size()), row);
    }
    const auto perModel = [this](Histogram *h, QHash<QString, Ring> &rings) {
        if (!h)
            return;
        QHash<QString, QVector<double>> byModel;
        h->addBuckets(modelKey, byModel);
        const int width = int(h->bounds().size());
        for (auto it = byModel.cbegin(); it != byModel.cend(); ++it)
            write(rings[it.key()], width, it.value());
    };
    perModel(family(m_firstTokenFamily, "aistack_llm_time_to_first_token_seconds"), m_firstToken);
    perModel(family(m_queueWaitFamily, "aistack_llm_queue_wait_seconds"), m_queueWait);
}

qint64 MetricsHistory::timeAt(int i) const
{
    return m_times.at(indexOf(i) % m_capacity);
}

double MetricsHistory::figure(Figure f, int i) const
{
    return read(m_figures, FigureCount, indexOf(i), f);
}

QStringList MetricsHistory::models() const
{
    QStringList keys = m_firstToken.keys() + m_queueWait.keys();
    keys.removeDuplicates();
    keys.sort();
    return keys;
}

QVector<double> MetricsHistory::bounds(Distribution d) const
{
    const Histogram *h = d == Latency ? m_latencyFamily : d == FirstToken ? m_firstTokenFamily : m_queueWaitFamily;
    return h ? h->bounds() : QVector<double>();
}

QVector<double> MetricsHistory::buckets(Distribution d, int i, const QString &model) const
{
    const QVector<double> b = bounds(d);
    const Ring *ring = &m_latency;
    if (d != Latency) {
        const QHash<QString, Ring> &rings = d == FirstToken ? m_firstToken : m_queueWait;
        const auto it = rings.constFind(model);
        ring = it == rings.cend() ? nullptr : &it.value();
    }
    if (!ring || b.isEmpty())
        return {};
    QVector<double> out(b.size());
    for (int j = 0; j < b.size(); ++j)
        out[j] = read(*ring, int(b.size()), indexOf(i), j);
    return out;
}

} // namespace aistack
