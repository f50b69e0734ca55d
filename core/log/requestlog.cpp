#include "requestlog.h"

#include <QThread>
#include <chrono>

namespace aistack {

namespace {
constexpr int kWakeAt = 1024;                       // a batch this large wakes the writer at once
constexpr auto kInterval = std::chrono::milliseconds(50); // otherwise a batch gathers this long
} // namespace

RequestLog::RequestLog(int maxPending) : m_maxPending(maxPending)
{
    m_writer = std::thread([this]() { writerLoop(); });
}

RequestLog::~RequestLog()
{
    {
        std::lock_guard<std::mutex> lock(m_queueMutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_writer.join(); // the writer hands over what is left before it ends
}

void RequestLog::record(const RequestRecord &record)
{
    bool wake;
    {
        std::lock_guard<std::mutex> lock(m_queueMutex);
        m_incoming.push_back(record);
        ++m_recorded;
        wake = m_incoming.size() == 1 || m_incoming.size() == kWakeAt; // the first of a batch, or a full one
    }
    if (wake)
        m_wake.notify_one();
}

void RequestLog::writerLoop()
{
    QThread::currentThread()->setObjectName(QStringLiteral("aistack-request-log"));
    QVector<RequestRecord> batch;
    for (;;) {
        bool stopping;
        {
            std::unique_lock<std::mutex> lock(m_queueMutex);
            // Idle until a record arrives, then a moment for the batch to gather (unless it is full already).
            m_wake.wait(lock, [this]() { return m_stop || m_flushWanted || !m_incoming.isEmpty(); });
            m_wake.wait_for(lock, kInterval,
                            [this]() { return m_stop || m_flushWanted || m_incoming.size() >= kWakeAt; });
            batch.swap(m_incoming);
            m_flushWanted = false;
            stopping = m_stop;
        }
        if (!batch.isEmpty()) {
            {
                std::lock_guard<std::mutex> sinks(m_sinkMutex);
                for (const auto &sink : m_sinks)
                    sink.second(batch);
            }
            if (m_buffering.load(std::memory_order_relaxed)) {
                std::lock_guard<std::mutex> lock(m_bufferMutex);
                m_pending += batch;
                const qsizetype over = m_pending.size() - m_maxPending;
                if (over > 0) { // the newest are kept
                    m_pending.remove(0, over);
                    m_dropped += quint64(over);
                }
            }
        }
        {
            std::lock_guard<std::mutex> lock(m_queueMutex);
            m_handed += quint64(batch.size());
            if (stopping && m_incoming.isEmpty()) {
                m_handedOver.notify_all();
                return;
            }
        }
        m_handedOver.notify_all();
        batch.clear();
    }
}

void RequestLog::flush()
{
    std::unique_lock<std::mutex> lock(m_queueMutex);
    const quint64 target = m_recorded;
    if (m_handed >= target)
        return;
    m_flushWanted = true;
    m_wake.notify_one();
    m_handedOver.wait(lock, [this, target]() { return m_handed >= target; });
}

QVector<RequestRecord> RequestLog::takeBatch()
{
    std::lock_guard<std::mutex> lock(m_bufferMutex);
    QVector<RequestRecord> out;
    out.swap(m_pending);
    return out;
}

quint64 RequestLog::droppedCount() const
{
    std::lock_guard<std::mutex> lock(m_bufferMutex);
    return m_dropped;
}

int RequestLog::addSink(BatchSink sink)
{
    std::lock_guard<std::mutex> lock(m_sinkMutex);
    const int id = m_nextSinkId++;
    m_sinks.emplace_back(id, std::move(sink));
    updateWanted();
    return id;
}

void RequestLog::removeSink(int id)
{
    std::lock_guard<std::mutex> lock(m_sinkMutex);
    for (auto it = m_sinks.begin(); it != m_sinks.end(); ++it) {
        if (it->first == id) {
            m_sinks.erase(it);
            break;
        }
    }
    updateWanted();
}

void RequestLog::setBuffering(bool on)
{
    std::lock_guard<std::mutex> lock(m_sinkMutex);
    m_buffering = on;
    updateWanted();
    if (!on) {
        std::lock_guard<std::mutex> buffer(m_bufferMutex);
        m_pending.clear();
    }
}

void RequestLog::updateWanted() // m_sinkMutex held
{
    m_wanted = m_buffering.load() || !m_sinks.empty();
}

} // namespace aistack
