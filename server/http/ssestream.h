#pragma once

#include "httpexchange.h"

#include <QObject>

namespace aistack {

// A Server-Sent Events stream over a chunked response: each event is flushed as it is sent.
// cancelled() fires once when the client goes away, so the producer can stop its work.
class SseStream : public QObject
{
    Q_OBJECT
public:
    // Starts the stream (200, text/event-stream). Lives as long as the connection at most.
    static SseStream *open(const ExchangePtr &exchange, const HeaderList &headers = {});

    bool send(const QByteArray &data, const QByteArray &event = {});
    bool comment(const QByteArray &text); // keep-alive line, ignored by clients
    void close();
    bool isOpen() const;

Q_SIGNALS:
    void cancelled();

private:
    explicit SseStream(ExchangePtr exchange);
    ExchangePtr m_exchange;
    bool m_cancelled = false;
};

} // namespace aistack
