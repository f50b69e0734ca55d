#pragma once

#include "httpresponse.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QObject>
#include <functional>
#include <optional>

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
    // Looks at an upgrade request before the handshake: nullopt lets it through, a response refuses it.
    using Gate = std::function<std::optional<HttpResponse>(const QHttpServerRequest &)>;

    WebSocketDispatcher(QHttpServer &http, qint64 maxFrameBytes, HttpServerMetrics *metrics, QObject *parent);

    void setHandler(const QString &path, Handler handler, Gate gate = {});
    bool handles(const QString &path) const { return m_handlers.contains(path); }
    QStringList paths() const { return m_handlers.keys(); }
    Gate gate(const QString &path) const { return m_gates.value(path); }
    QList<QWebSocket *> sockets() const;
    void closeAll(); // server shutdown: 1001 Going Away

private:
    void onNewConnection();

    QHttpServer &m_http;
    qint64 m_maxFrameBytes;
    HttpServerMetrics *m_metrics;
    QHash<QString, Handler> m_handlers;
    QHash<QString, Gate> m_gates;
};

} // namespace aistack
