#include "ssedecoder.h"

namespace aistack {

QList<SseDecoder::Event> SseDecoder::feed(const QByteArray &bytes)
{
    QList<Event> events;
    m_buffer.append(bytes);
    while (m_pos < m_buffer.size()) {
        if (m_skipLf) {
            m_skipLf = false;
            if (m_buffer[m_pos] == '\n') {
                ++m_pos;
                continue;
            }
        }
        qsizetype end = m_pos;
        while (end < m_buffer.size() && m_buffer[end] != '\n' && m_buffer[end] != '\r')
            ++end;
        if (end == m_buffer.size())
            break; // no full line yet
        const QByteArray line = m_buffer.mid(m_pos, end - m_pos);
        m_skipLf = m_buffer[end] == '\r';
        m_pos = end + 1;
        if (line.isEmpty()) { // dispatch
            if (m_hasData)
                events.append(m_current);
            m_current = Event();
            m_hasData = false;
            continue;
        }
        if (line.startsWith(':'))
            continue; // comment / keep-alive
        const qsizetype colon = line.indexOf(':');
        const QByteArray field = colon < 0 ? line : line.left(colon);
        QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (field == "data") {
            if (m_hasData)
                m_current.data.append('\n');
            m_current.data.append(value);
            m_hasData = true;
        } else if (field == "event") {
            m_current.name = value;
        }
    }
    if (m_pos > 4096 || m_pos == m_buffer.size()) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    return events;
}

} // namespace aistack
