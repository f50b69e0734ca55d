#pragma once

#include <QByteArray>
#include <QList>

namespace aistack {

// Incremental Server-Sent Events decoder: feed it bytes as they arrive, in any split; it returns the
// complete events. Comment lines (keep-alives) are skipped; CRLF, CR and LF line ends are accepted.
class SseDecoder
{
public:
    struct Event
    {
        QByteArray name; // empty = "message"
        QByteArray data; // data lines joined with '\n'
    };

    QList<Event> feed(const QByteArray &bytes);
    // Bytes held back waiting for the end of a line or event.
    qsizetype pending() const { return m_buffer.size() - m_pos; }

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_skipLf = false;
    Event m_current;
    bool m_hasData = false;
};

} // namespace aistack
