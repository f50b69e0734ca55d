#pragma once

#include <QHash>
#include <QObject>
#include <functional>

class QHttpServer;
class QWebSocket;

namespace aistack {

class HttpServerMetrics;

// Takes WebSocket connections upgraded on the HTTP port and hands each to the service
// registered for its path (KISS fills in /ws). Applies the frame and message size limit.
// Lives in the server thread; owns the sockets it hands out.
class WebSocketDispatcher : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(QWebSocket *)>;

    WebSocketDispatcher(QHttpServer &http, qint64 maxFrameBytes, HttpServerMetrics *metrics, QObject *parent);

    void setHandler(const QString &path, Handler handler);
    bool handles(const QString &path) const { return m_handlers.contains(path); }
    QList<QWebSocket *> sockets() const;
    void closeAll(); // server shutdown: 1001 Going Away

private:
    void onNewConnection();

    QHttpServer &m_http;
    qint64 m_maxFrameBytes;
    HttpServerMetrics *m_metrics;
    QHash<QString, Handler> m_handlers;
};

} // namespace aistack
