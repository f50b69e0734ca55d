#pragma once

#include "requestrecord.h"

#include <QMutex>
#include <QVector>
#include <atomic>
#include <functional>

namespace aistack {

// Collects answered requests from the server thread. Consumers (the GUI's table, the
// headless access log) take them in batches, so a burst of thousands of requests per second
// costs one lock per request and one hand-over per batch. Thread-safe.
class RequestLog
{
public:
    explicit RequestLog(int maxPending = 20000);

    void record(const RequestRecord &record);
    // Whether anyone takes records (the GUI's buffer or a sink); when not, callers skip building them.
    bool wanted() const { return m_wanted.load(std::memory_order_relaxed); }
    QVector<RequestRecord> takeBatch();
    quint64 droppedCount() const;

    // Called for every record on the recording thread (the headless access log).
    void setSink(std::function<void(const RequestRecord &)> sink);
    // Whether records are kept for takeBatch() (the GUI turns this on).
    void setBuffering(bool on);

private:
    mutable QMutex m_mutex;
    QVector<RequestRecord> m_pending;
    int m_maxPending;
    quint64 m_dropped = 0;
    bool m_buffering = false;
    std::atomic<bool> m_wanted{false};
    std::function<void(const RequestRecord &)> m_sink;
};

} // namespace aistack
