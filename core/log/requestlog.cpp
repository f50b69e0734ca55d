#include "requestlog.h"

namespace aistack {

QByteArray RequestRecord::toLogLine() const
{
    QByteArray line;
    line.reserve(64 + path.size());
    line += client.toUtf8() + " \"" + method.toLatin1() + ' ' + path.toUtf8() + "\" " +
            QByteArray::number(status) + ' ' + QByteArray::number(durationMs, 'f', 2) + " ms " +
            QByteArray::number(bytesSent) + " B";
    return line;
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
    m_wanted = m_buffering || bool(m_sink);
}

void RequestLog::setBuffering(bool on)
{
    QMutexLocker lock(&m_mutex);
    m_buffering = on;
    m_wanted = m_buffering || bool(m_sink);
    if (!on)
        m_pending.clear();
}

} // namespace aistack
