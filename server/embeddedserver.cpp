#include "embeddedserver.h"

#include "serverruntime.h"

#include <QThread>

namespace aistack {

EmbeddedServer::EmbeddedServer(ServerDependencies deps, QObject *parent)
    : ServerHost(parent), m_deps(std::move(deps)), m_settings(HostingSettings::fromConfig(*m_deps.config))
{
    qRegisterMetaType<aistack::ServerStatus>();
    qRegisterMetaType<aistack::HostingSettings>();
    m_status.host = m_settings.host;
    m_status.port = m_settings.port;
    m_status.tls = m_settings.tls();
}

EmbeddedServer::~EmbeddedServer()
{
    if (m_thread) { // application exit: no grace period left
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

void EmbeddedServer::setState(ServerStatus::State state, const QString &error)
{
    m_status.state = state;
    m_status.error = error;
    m_status.since = QDateTime::currentDateTime();
    Q_EMIT statusChanged(m_status);
}

void EmbeddedServer::start()
{
    if (m_thread)
        return; // running, starting or stopping
    m_status.host = m_settings.host;
    m_status.port = m_settings.port;
    m_status.tls = m_settings.tls();
    setState(ServerStatus::State::Starting);
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("aistack-server"));
    ServerDependencies deps = m_deps; // the configuration with this run's hosting settings
    auto config = std::make_shared<AppConfig>(*m_deps.config);
    m_settings.applyTo(config.get());
    deps.config = config;
    auto *runtime = new ServerRuntime(deps, m_settings.host, m_settings.port);
    m_runtime = runtime;
    runtime->moveToThread(m_thread);
    connect(m_thread, &QThread::started, runtime, &ServerRuntime::start);
    connect(m_thread, &QThread::finished, runtime, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, &EmbeddedServer::onThreadFinished);
    connect(runtime, &ServerRuntime::listening, this, [this](const QString &host, int port, bool tls) {
        m_status.host = host;
        m_status.port = port;
        m_status.tls = tls;
        m_settings.port = port; // a restart keeps the port chosen for "any free port" (0)
        m_lastListened = m_settings;
        setState(ServerStatus::State::Listening, m_fallbackReason);
        m_fallbackReason.clear();
    });
    connect(runtime, &ServerRuntime::failed, this, [this](const QString &error) {
        // New settings that cannot be used: back to the last ones that listened.
        m_restartPending = m_lastListened && *m_lastListened != m_settings;
        if (m_restartPending) {
            m_fallbackReason =
                tr("The new settings could not be used (%1); the server runs with its previous settings.")
                    .arg(error);
            m_settings = *m_lastListened;
        }
        m_status.error = error;
        if (m_thread)
            m_thread->quit();
        setState(ServerStatus::State::Failed, error);
    });
    connect(runtime, &ServerRuntime::stopped, m_thread, &QThread::quit);
    m_thread->start();
}

void EmbeddedServer::stop()
{
    if (!m_thread || !m_runtime || m_status.state == ServerStatus::State::Stopping)
        return;
    setState(ServerStatus::State::Stopping);
    const int grace = m_deps.config->service.limits.shutdownGraceSeconds * 1000;
    QMetaObject::invokeMethod(m_runtime, "stop", Qt::QueuedConnection, Q_ARG(int, grace));
}

void EmbeddedServer::restartWith(const HostingSettings &settings)
{
    m_settings = settings;
    if (!m_thread) {
        start();
        return;
    }
    m_restartPending = true;
    stop();
}

void EmbeddedServer::onThreadFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_status.state != ServerStatus::State::Failed)
        setState(ServerStatus::State::Stopped);
    Q_EMIT stopped();
    if (m_restartPending) {
        m_restartPending = false;
        start();
    }
}

} // namespace aistack
