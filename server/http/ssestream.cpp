#include "ssestream.h"

#include <QTcpSocket>

namespace aistack {

SseStream::SseStream(ExchangePtr exchange) : QObject(exchange->socket()), m_exchange(std::move(exchange))
{
    connect(m_exchange->socket(), &QTcpSocket::disconnected, this, [this]() {
        if (m_cancelled)
            return;
        m_cancelled = true;
        Q_EMIT cancelled();
    });
}

SseStream *SseStream::open(const ExchangePtr &exchange, const HeaderList &headers)
{
    if (!exchange->connected())
        return nullptr;
    auto *stream = new SseStream(exchange);
    HeaderList h = headers;
    h.emplace_back("X-Accel-Buffering", "no");
    exchange->beginStream(200, "text/event-stream", h);
    return stream;
}

bool SseStream::send(const QByteArray &data, const QByteArray &event)
{
    QByteArray frame;
    if (!event.isEmpty())
        frame += "event: " + event + '\n';
    for (const QByteArray &line : data.split('\n'))
        frame += "data: " + line + '\n';
    frame += '\n';
    return m_exchange->writeChunk(frame);
}

bool SseStream::comment(const QByteArray &text)
{
    return m_exchange->writeChunk(": " + text + "\n\n");
}

void SseStream::close()
{
    m_exchange->endStream();
    deleteLater();
}

bool SseStream::isOpen() const
{
    return !m_cancelled && !m_exchange->finished() && m_exchange->connected();
}

} // namespace aistack
