#include "connectionguard.h"

#include "connectionsweeper.h"
#include "errorreplies.h"
#include "httpservermetrics.h"

#include <QTcpSocket>
#include <QTimer>

namespace aistack {

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const LimitsConfig &limits, HttpServerMetrics *metrics,
                                 ConnectionSweeper *sweeper)
    : QObject(socket), m_socket(socket), m_limits(limits), m_metrics(metrics),
      m_framer(limits.maxHeaderBytes, limits.maxBodyBytes), m_sweeper(sweeper),
      m_lastActivityMs(ConnectionSweeper::nowMs())
{
    m_sweeper->add(this);
    setObjectName(QStringLiteral("aistack-connection-guard"));
    m_metrics->openConnections->add(1);
    m_metrics->connections->inc();
    // Connected before QHttpServer connects its own slot, so this runs first on every read.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this]() {
        m_lastActivityMs = ConnectionSweeper::nowMs();
        if (m_socket && m_closing && m_socket->bytesToWrite() == 0)
            closeSoon();
    });
}

ConnectionGuard::~ConnectionGuard()
{
    if (m_sweeper)
        m_sweeper->remove(this);
    m_metrics->openConnections->add(-1);
    if (inFlight() > 0)
        m_metrics->inFlight->add(-inFlight());
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QStringLiteral("aistack-connection-guard"),
                                                         Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void ConnectionGuard::onReadyRead()
{
    if (!m_socket || m_closing)
        return;
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    m_metrics->receivedBytes->inc({}, double(fresh.size()));
    m_lastActivityMs = ConnectionSweeper::nowMs();
    const bool wasInRequest = m_framer.inRequest();
    const quint64 completedBefore = m_framer.completedRequests();
    switch (m_framer.feed(fresh.constData(), fresh.size())) {
    case RequestFramer::Verdict::Ok:
        break;
    case RequestFramer::Verdict::HeaderTooLarge:
        return reject(431, "Request Header Fields Too Large");
    case RequestFramer::Verdict::BodyTooLarge:
        return reject(413, "Request body too large");
    case RequestFramer::Verdict::Malformed:
        return reject(400, "Bad Request");
    }
    if (m_framer.upgraded()) { // a WebSocket now owns the connection
        if (m_sweeper)
            m_sweeper->remove(this);
        disconnect(m_socket, &QTcpSocket::readyRead, this, nullptr);
        return;
    }
    if (m_framer.inRequest() && (!wasInRequest || m_framer.completedRequests() != completedBefore))
        m_requestStartedMs = m_lastActivityMs; // a new request has begun
    // Qt 6.4 ignores "Expect: 100-continue" (clients then wait a second before sending the
    // body); answer it here, unless an earlier response is still being written.
    if (m_framer.takeContinueRequest() && inFlight() == 0)
        write("HTTP/1.1 100 Continue\r\n\r\n");
}

void ConnectionGuard::checkDeadlines(qint64 nowMs)
{
    if (!m_socket || m_closing || m_framer.upgraded())
        return;
    if (m_framer.inRequest()) {
        if (nowMs - m_requestStartedMs > qint64(m_limits.requestTimeoutSeconds) * 1000)
            reject(408, "Request Timeout");
        return;
    }
    if (inFlight() == 0 && nowMs - m_lastActivityMs > qint64(m_limits.idleTimeoutSeconds) * 1000)
        m_socket->disconnectFromHost();
}

void ConnectionGuard::reject(int status, const char *detail)
{
    if (!m_socket)
        return;
    m_metrics->rejected->inc({QString::number(status)});
    // Nothing more reaches QHttpServer; what the client still sends is read and dropped.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, [this]() {
        if (m_socket)
            m_socket->skip(m_socket->bytesAvailable());
    });
    m_socket->skip(m_socket->bytesAvailable());
    m_linger = true;
    const HttpResponse response = ErrorReplies::detail(status, QString::fromLatin1(detail));
    const quint64 seq = beginExchange();
    submit(seq, response.serialize({}, false, true), true, true);
}

quint64 ConnectionGuard::beginExchange()
{
    m_metrics->inFlight->add(1);
    return m_nextSeq++;
}

void ConnectionGuard::write(const QByteArray &bytes)
{
    if (m_socket && !bytes.isEmpty() && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(bytes);
        m_metrics->sentBytes->inc({}, double(bytes.size()));
    }
}

void ConnectionGuard::submit(quint64 seq, const QByteArray &bytes, bool final, bool close)
{
    if (seq != m_turn) {
        Pending &p = m_pending[seq];
        p.bytes += bytes;
        p.final = p.final || final;
        p.close = p.close || close;
        return;
    }
    write(bytes);
    if (!final)
        return;
    bool closeAfter = close;
    for (;;) {
        ++m_turn;
        m_metrics->inFlight->add(-1);
        if (closeAfter) {
            m_closing = true;
            if (!m_socket || m_socket->bytesToWrite() == 0)
                closeSoon();
            break;
        }
        auto it = m_pending.find(m_turn);
        if (it == m_pending.end())
            break;
        write(it->bytes);
        const bool finished = it->final;
        closeAfter = it->close;
        m_pending.erase(it);
        if (!finished)
            break; // a stream that is still going: it writes live from now on
    }
    m_lastActivityMs = ConnectionSweeper::nowMs();
    if (inFlight() == 0 && m_closeWhenIdle && m_socket)
        m_socket->disconnectFromHost();
}

void ConnectionGuard::closeWhenIdle()
{
    m_closeWhenIdle = true;
    if (inFlight() == 0 && m_socket)
        m_socket->disconnectFromHost();
}

void ConnectionGuard::closeSoon()
{
    if (m_closeScheduled || !m_socket)
        return;
    m_closeScheduled = true;
    if (!m_linger) {
        // From the event loop, not from inside the socket's own call chain: bytesWritten comes while a
        // QSslSocket is still writing, and closing a TLS connection whose peer has already gone (a client
        // that sends its request and close_notify at once) frees the TLS state under that write, which
        // crashes the process (Qt 6.4).
        QMetaObject::invokeMethod(
            this,
            [this]() {
                if (m_socket)
                    m_socket->disconnectFromHost();
            },
            Qt::QueuedConnection);
        return;
    }
    // Linger briefly so that a client still sending a refused body reads the reply
    // instead of a connection reset.
    QTimer::singleShot(300, this, [this]() {
        if (m_socket)
            m_socket->disconnectFromHost();
    });
}

} // namespace aistack
