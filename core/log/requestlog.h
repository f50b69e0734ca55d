#pragma once

#include "requestrecord.h"

#include <QVector>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace aistack {

// The access log's queue. The server thread only appends a record (one short, uncontended lock); a
// writer thread of its own, idle while nothing comes, lets records gather for up to 50 ms (or 1,024 of them)
// and hands them, as one batch in order, to the sinks (standard error, the request-log file) and to the buffer the GUI's table takes
// from. So formatting and writing never cost the server thread anything, and a burst costs one
// hand-over per batch. Destroying the log writes everything still pending first. Thread-safe.
class RequestLog
{
public:
    using BatchSink = std::function<void(const QVector<RequestRecord> &)>;

    // maxPending: records kept for takeBatch() (the newest; older ones are counted as dropped).
    explicit RequestLog(int maxPending = 20000);
    ~RequestLog();
    RequestLog(const RequestLog &) = delete;
    RequestLog &operator=(const RequestLog &) = delete;

    void record(const RequestRecord &record);
    // Whether anyone takes records (the GUI's buffer or a sink); when not, callers skip building them.
    bool wanted() const { return m_wanted.load(std::memory_order_relaxed); }

    // Records the writer has handed to the GUI's buffer since the last call, oldest first.
    QVector<RequestRecord> takeBatch();
    quint64 droppedCount() const;

    // Sinks run on the writer thread, each batch in the order recorded. Adding or removing one waits for
    // the batch being written. Returns an id for removeSink().
    int addSink(BatchSink sink);
    void removeSink(int id);
    // Whether records are kept for takeBatch() (the GUI turns this on).
    void setBuffering(bool on);

    // Waits until every record recorded before the call has been handed to the sinks (blocks: tests,
    // shutdown).
    void flush();

private:
    void writerLoop();
    void updateWanted();

    // The queue between the recording threads and the writer.
    mutable std::mutex m_queueMutex;
    std::condition_variable m_wake;
    std::condition_variable m_handedOver;
    QVector<RequestRecord> m_incoming;
    quint64 m_recorded = 0;
    quint64 m_handed = 0;
    bool m_flushWanted = false;
    bool m_stop = false;

    // What the writer hands batches to; held while a batch is written.
    std::mutex m_sinkMutex;
    std::vector<std::pair<int, BatchSink>> m_sinks;
    int m_nextSinkId = 1;
    std::atomic<bool> m_buffering{false};

    // The GUI's buffer.
    mutable std::mutex m_bufferMutex;
    QVector<RequestRecord> m_pending;
    int m_maxPending;
    quint64 m_dropped = 0;

    std::atomic<bool> m_wanted{false};
    std::thread m_writer;
};

} // namespace aistack
