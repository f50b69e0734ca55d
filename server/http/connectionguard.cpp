#include "connectionguard.h"

#include "errorreplies.h"
#include "httpservermetrics.h"

#include <QTcpSocket>

namespace aistack {

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const LimitsConfig &limits, HttpServerMetrics *metrics)
    : QObject(socket), m_socket(socket), m_limits(limits), m_metrics(metrics),
      m_framer(limits.maxHeaderBytes, limits.maxBodyBytes)
{
    setObjectName(QStringLiteral("aistack-connection-guard"));
    m_metrics->openConnections->add(1);
    m_metrics->connections->inc();
    // Connected before QHttpServer connects its own slot, so this runs first on every read.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 n) {
        m_metrics->sentBytes->inc({}, double(n));
        if (m_socket && m_closing && m_socket->bytesToWrite() == 0)
            closeSoon();
    });
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(limits.idleTimeoutSeconds * 1000);
    connect(&m_idleTimer, &QTimer::timeout, this, [this]() {
        if (m_socket && inFlight() == 0 && !m_framer.inRequest())
            m_socket->disconnectFromHost();
    });
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(limits.requestTimeoutSeconds * 1000);
    connect(&m_requestTimer, &QTimer::timeout, this, [this]() {
        if (m_framer.inRequest())
            reject(408, "Request Timeout");
    });
    m_idleTimer.start();
}

ConnectionGuard::~ConnectionGuard()
{
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
        m_idleTimer.stop();
        m_requestTimer.stop();
        disconnect(m_socket, &QTcpSocket::readyRead, this, nullptr);
        return;
    }
    updateTimers();
}

void ConnectionGuard::updateTimers()
{
    if (m_framer.inRequest()) {
        m_idleTimer.stop();
        if (!m_requestTimer.isActive())
            m_requestTimer.start();
    } else {
        m_requestTimer.stop();
        if (inFlight() == 0)
            m_idleTimer.start();
        else
            m_idleTimer.stop();
    }
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
    m_requestTimer.stop();
    m_idleTimer.stop();
    const HttpResponse response = ErrorReplies::detail(status, QString::fromLatin1(detail));
    const quint64 seq = beginExchange();
    submit(seq, response.serialize({}, false, true), true, true);
}

quint64 ConnectionGuard::beginExchange()
{
    m_metrics->inFlight->add(1);
    m_idleTimer.stop();
    return m_nextSeq++;
}

void ConnectionGuard::write(const QByteArray &bytes)
{
    if (m_socket && !bytes.isEmpty() && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
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
        it->bytes.clear();
        if (!it->final)
            break; // a stream that is still going: it writes live from now on
        closeAfter = it->close;
        m_pending.erase(it);
    }
    if (inFlight() == 0) {
        Q_EMIT drained();
        if (m_closeWhenIdle && m_socket)
            m_socket->disconnectFromHost();
    }
    updateTimers();
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
        m_socket->disconnectFromHost();
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
