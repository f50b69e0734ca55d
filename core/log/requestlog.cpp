#include "requestlog.h"

namespace aistack {

QString RequestRecord::toLogLine() const
{
    return QStringLiteral("%1 \"%2 %3\" %4 %5 ms %6 B")
        .arg(client, method, path)
        .arg(status)
        .arg(durationMs, 0, 'f', 2)
        .arg(bytesSent);
}

RequestLog::RequestLog(int maxPending) : m_maxPending(maxPending) {}

void RequestLog::record(const RequestRecord &record)
{
    std::function<void(const RequestRecord &)> sink;
    {
        QMutexLocker lock(&m_mutex);
        if (m_buffering) {
            if (m_pending.size() >= m_maxPending) {
                m_pending.removeFirst();
                ++m_dropped;
            }
            m_pending.push_back(record);
        }
        sink = m_sink;
    }
    if (sink)
        sink(record);
}

QVector<RequestRecord> RequestLog::takeBatch()
{
    QMutexLocker lock(&m_mutex);
    QVector<RequestRecord> out;
    out.swap(m_pending);
    return out;
}

quint64 RequestLog::droppedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_dropped;
}

void RequestLog::setSink(std::function<void(const RequestRecord &)> sink)
{
    QMutexLocker lock(&m_mutex);
    m_sink = std::move(sink);
}

void RequestLog::setBuffering(bool on)
{
    QMutexLocker lock(&m_mutex);
    m_buffering = on;
    if (!on)
        m_pending.clear();
}

} // namespace aistack
