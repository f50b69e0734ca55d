#include "serverruntime.h"

#include "auth/lcs/requestauthfactory.h"
#include "controllers/docscontroller.h"
#include "controllers/healthcontroller.h"
#include "controllers/infocontroller.h"
#include "controllers/metricscontroller.h"
#include "hosting/tlscredentials.h"
#include "http/connectionguard.h"
#include "http/errorreplies.h"
#include "http/guardedlisteners.h"
#include "http/httpservermetrics.h"
#include "http/router.h"
#include "http/websocketdispatcher.h"
#include "kiss/kisscontrollers.h"
#include "kiss/kissservice.h"
#include "lcs/lcscontrollers.h"
#include "lcs/lcsservice.h"
#ifdef AISTACK_TEST_ROUTES
#include "controllers/testroutescontroller.h"
#endif

#include <QHostInfo>
#include <QHttpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <optional>

namespace aistack {

namespace {
// The address a host setting names without a lookup, or nullopt for a host name.
std::optional<QHostAddress> literalBindAddress(const QString &host)
{
    if (host.isEmpty() || host == QLatin1String("localhost"))
        return QHostAddress(QHostAddress::LocalHost);
    if (host == QLatin1String("0.0.0.0"))
        return QHostAddress(QHostAddress::AnyIPv4);
    if (host == QLatin1String("::") || host == QLatin1String("*"))
        return QHostAddress(QHostAddress::Any);
    const QHostAddress address(host);
    if (!address.isNull())
        return address;
    return std::nullopt;
}

} // namespace

ServerRuntime::ServerRuntime(ServerDependencies deps, QString host, int port)
    : m_deps(std::move(deps)), m_host(std::move(host)), m_port(port), m_cors(m_deps.config->service.cors)
{
}

ServerRuntime::~ServerRuntime()
{
    // The children first (QHttpServer with the listener and its open connections, the WebSocket dispatcher):
    // they count in m_metrics and route through m_router, which go with the members. Deleting one child can
    // delete another, so the list is read again each time.
    while (!children().isEmpty())
        delete children().constFirst();
}

bool ServerRuntime::createListener(const QHostAddress &address, QString *error)
{
    const ServiceConfig &service = m_deps.config->service;
    if (service.tls.enabled()) {
        QSslConfiguration conf;
        if (!loadTlsCredentials(*service.tls.certificatePath, *service.tls.keyPath, service.tls.keyPassword,
                                &conf, error))
            return false;
        auto *ssl = new GuardedSslServer(service.limits, m_metrics.get(), this);
        ssl->setSslConfiguration(conf);
        m_listener = ssl;
    } else {
        m_listener = new GuardedTcpServer(service.limits, m_metrics.get(), this);
    }
    if (!m_listener->listen(address, quint16(m_port))) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_host)
                     .arg(m_port)
                     .arg(m_listener->errorString());
        delete m_listener;
        return false;
    }
    return true;
}

bool ServerRuntime::registerRoutes(QString *error)
{
    Router &router = *m_router;
    const AppConfig &config = *m_deps.config;
    InfoController(config.name).registerRoutes(router);
    HealthController(m_deps.readiness, m_deps.pool, this).registerRoutes(router);
    MetricsController(*m_deps.metrics).registerRoutes(router);
#ifdef AISTACK_TEST_ROUTES
    TestRoutesController(*m_deps.metrics, this).registerRoutes(router, *m_websockets);
#endif
    if (m_deps.kiss.authority) {
        const auto kiss = std::make_shared<const KissService>(m_deps.kiss, this);
        registerKissAuthRoutes(router, kiss);
        registerKissSessionsRoutes(router, kiss);
        registerKissQueriesRoutes(router, kiss);
        registerKissDocumentsRoutes(router, kiss);
        registerKissWebSocket(*m_websockets, kiss, m_deps.config->service.limits.maxWebSocketFrameBytes);
    }
    if (m_deps.lcs.engine) {
        const QHostAddress listening = m_listener->serverAddress();
        std::unique_ptr<RequestAuth> auth =
            makeRequestAuth(config, listening.toString(), listening.isLoopback(), error);
        if (!auth)
            return false;
        const auto lcs = std::make_shared<const LcsService>(m_deps.lcs, m_deps.config, std::move(auth), this);
        registerLcsQueryRoutes(router, lcs);
        registerLcsStreamingQueryRoutes(router, lcs);
        registerLcsConversationsRoutes(router, lcs);
        registerLcsFeedbackRoutes(router, lcs);
        registerLcsModelsRoutes(router, lcs);
        registerLcsToolsRoutes(router, lcs);
        registerLcsConfigRoutes(router, lcs);
        registerLcsAuthorizedRoutes(router, lcs);
    }
    for (const auto &install : m_deps.routeInstallers)
        install(router, *m_websockets, this);
    for (const QString &path : m_websockets->paths()) {
        // Upgrades are taken over by the WebSocket dispatcher; a plain GET gets 426.
        router.addUpgrade(
            path, {QStringLiteral("WebSocket endpoint (upgrade required)"), QStringLiteral("websocket")},
            m_websockets->gate(path), [](const QHttpServerRequest &, const ExchangePtr &exchange) {
                exchange->respond(ErrorReplies::upgradeRequired());
            });
    }
    DocsController(config.name).registerRoutes(router);
    return true;
}

void ServerRuntime::start()
{
    m_metrics = std::make_unique<HttpServerMetrics>(*m_deps.metrics);
    m_context = std::make_shared<ExchangeContext>();
    m_context->metrics = m_metrics.get();
    m_context->requestLog = m_deps.requestLog;
    m_context->cors = &m_cors;

    if (const std::optional<QHostAddress> literal = literalBindAddress(m_host)) {
        listenOn(*literal);
        return;
    }
    // A host name is looked up on QHostInfo's own thread: the server thread keeps its event loop (a stop
    // requested meanwhile is served at once) however long the resolver takes.
    QHostInfo::lookupHost(m_host, this, [this](const QHostInfo &info) {
        if (m_stopRequested)
            return;
        if (info.addresses().isEmpty()) {
            Q_EMIT failed(
                QStringLiteral("cannot resolve the bind address '%1': %2").arg(m_host, info.errorString()));
            return;
        }
        listenOn(info.addresses().constFirst());
    });
}

void ServerRuntime::listenOn(const QHostAddress &address)
{
    QString error;
    if (!createListener(address, &error)) {
        Q_EMIT failed(error);
        return;
    }
    m_http = new QHttpServer(this); // created in the server thread (its WebSocket server is a member)
    m_router = std::make_unique<Router>(*m_http, m_context);
    m_websockets = new WebSocketDispatcher(*m_http, m_deps.config->service.limits.maxWebSocketFrameBytes,
                                           m_metrics.get(), this);
    if (!registerRoutes(&error)) {
        delete m_listener;
        Q_EMIT failed(error);
        return;
    }
    m_http->bind(m_listener);
    const QHostAddress bound = m_listener->serverAddress();
    if (!bound.isLoopback())
        qWarning().noquote() << "listening beyond loopback on" << bound.toString()
                             << "- every client on the network can reach this server";
    Q_EMIT listening(m_host, m_listener->serverPort(), m_deps.config->service.tls.enabled());
}

QList<QObject *> ServerRuntime::openConnections() const
{
    QList<QObject *> open;
    if (m_listener) {
        for (QTcpSocket *s : m_listener->findChildren<QTcpSocket *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (s->state() != QAbstractSocket::UnconnectedState)
                open << s;
        }
    }
    if (m_websockets) {
        for (QWebSocket *ws : m_websockets->sockets())
            open << ws;
    }
    return open;
}

void ServerRuntime::stop(int graceMs)
{
    m_stopRequested = true;
    if (m_stopPoll)
        return;
    if (!m_listener) {
        finishStop();
        return;
    }
    m_listener->close(); // no new connections from here on
    m_graceMs = graceMs;
    m_stopClock.start();
    if (m_websockets)
        m_websockets->closeAll();
    for (QTcpSocket *s : m_listener->findChildren<QTcpSocket *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (ConnectionGuard *guard = ConnectionGuard::of(s); guard && !s->inherits("QWebSocket"))
            guard->closeWhenIdle();
        else
            s->disconnectFromHost();
    }
    m_stopPoll = new QTimer(this);
    m_stopPoll->setInterval(20);
    connect(m_stopPoll, &QTimer::timeout, this, [this]() {
        const QList<QObject *> open = openConnections();
        if (!open.isEmpty() && m_stopClock.elapsed() < m_graceMs)
            return;
        for (QObject *o : open) {
            if (auto *s = qobject_cast<QTcpSocket *>(o))
                s->abort();
            else if (auto *ws = qobject_cast<QWebSocket *>(o))
                ws->abort();
        }
        m_stopPoll->stop();
        finishStop();
    });
    m_stopPoll->start();
}

void ServerRuntime::finishStop()
{
    delete m_http; // also closes the listener it owns
    m_http = nullptr;
    m_router.reset();
    Q_EMIT stopped();
}

} // namespace aistack
