#include "websocketdispatcher.h"

#include "httpservermetrics.h"

#include <QHttpServer>
#include <QWebSocket>

namespace aistack {

WebSocketDispatcher::WebSocketDispatcher(QHttpServer &http, qint64 maxFrameBytes, HttpServerMetrics *metrics,
                                         QObject *parent)
    : QObject(parent), m_http(http), m_maxFrameBytes(maxFrameBytes), m_metrics(metrics)
{
    connect(&m_http, &QHttpServer::newWebSocketConnection, this, &WebSocketDispatcher::onNewConnection);
}

void WebSocketDispatcher::setHandler(const QString &path, Handler handler, Gate gate)
{
    m_handlers.insert(path, std::move(handler));
    if (gate)
        m_gates.insert(path, std::move(gate));
}

QList<QWebSocket *> WebSocketDispatcher::sockets() const
{
    return findChildren<QWebSocket *>(QString(), Qt::FindDirectChildrenOnly);
}

void WebSocketDispatcher::closeAll()
{
    for (QWebSocket *ws : sockets())
        ws->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
}

void WebSocketDispatcher::onNewConnection()
{
    while (std::unique_ptr<QWebSocket> owned = m_http.nextPendingWebSocketConnection()) {
        QWebSocket *ws = owned.release();
        ws->setParent(this);
        // Up to twice the limit a message reaches its handler, which answers it with an error frame and
        // keeps the connection; beyond that the connection is closed with 1009 (too much data).
        ws->setMaxAllowedIncomingFrameSize(quint64(m_maxFrameBytes) * 2);
        ws->setMaxAllowedIncomingMessageSize(quint64(m_maxFrameBytes) * 2);
        m_metrics->webSockets->add(1);
        connect(ws, &QWebSocket::disconnected, ws, [this, ws]() {
            m_metrics->webSockets->add(-1);
            ws->deleteLater();
        });
        const auto it = m_handlers.constFind(ws->requestUrl().path());
        if (it == m_handlers.constEnd()) {
            ws->close(static_cast<QWebSocketProtocol::CloseCode>(4404),
                      QStringLiteral("no WebSocket service at this path"));
            continue;
        }
        (*it)(ws);
    }
}

} // namespace aistack
