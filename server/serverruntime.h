#pragma once

#include "http/corspolicy.h"
#include "serverdependencies.h"

#include <QElapsedTimer>
#include <QObject>
#include <QHostAddress>
#include <QPointer>
#include <memory>

class QHttpServer;
class QTcpServer;
class QTimer;

namespace aistack {

class HttpServerMetrics;
class Router;
class WebSocketDispatcher;
struct ExchangeContext;

// The HTTP/WebSocket server of one run. Created in the GUI (or main) thread, moved to the
// server thread, and from start() on used only there: QHttpServer, its listener and every
// socket are created inside that thread.
class ServerRuntime : public QObject
{
    Q_OBJECT
public:
    ServerRuntime(ServerDependencies deps, QString host, int port);
    ~ServerRuntime() override;

public Q_SLOTS:
    void start();
    // Stops accepting, lets in-flight requests finish for up to graceMs, then closes everything.
    void stop(int graceMs);

Q_SIGNALS:
    void listening(const QString &host, int port, bool tls);
    void failed(const QString &error);
    void stopped();

private:
    void listenOn(const QHostAddress &address);
    bool createListener(const QHostAddress &address, QString *error);
    bool registerRoutes(QString *error);
    void finishStop();
    QList<QObject *> openConnections() const;

    ServerDependencies m_deps;
    QString m_host;
    int m_port;
    CorsPolicy m_cors;
    std::unique_ptr<HttpServerMetrics> m_metrics;
    std::shared_ptr<ExchangeContext> m_context;
    QHttpServer *m_http = nullptr;
    QPointer<QTcpServer> m_listener;
    std::unique_ptr<Router> m_router;
    WebSocketDispatcher *m_websockets = nullptr;
    QTimer *m_stopPoll = nullptr;
    QElapsedTimer m_stopClock;
    int m_graceMs = 0;
    bool m_stopRequested = false;
};

} // namespace aistack
