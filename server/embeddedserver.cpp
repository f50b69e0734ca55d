#include "embeddedserver.h"

#include "serverruntime.h"

#include <QThread>

namespace aistack {

EmbeddedServer::EmbeddedServer(ServerDependencies deps, QObject *parent)
    : ServerHost(parent), m_deps(std::move(deps)), m_host(m_deps.config->service.host),
      m_port(m_deps.config->service.port)
{
    qRegisterMetaType<aistack::ServerStatus>();
    m_status.host = m_host;
    m_status.port = m_port;
    m_status.tls = m_deps.config->service.tls.enabled();
}

EmbeddedServer::~EmbeddedServer()
{
    if (m_thread) { // application exit: no grace period left
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

void EmbeddedServer::setAddress(const QString &host, int port)
{
    m_host = host;
    m_port = port;
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
    m_status.host = m_host;
    m_status.port = m_port;
    setState(ServerStatus::State::Starting);
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("aistack-server"));
    auto *runtime = new ServerRuntime(m_deps, m_host, m_port);
    m_runtime = runtime;
    runtime->moveToThread(m_thread);
    connect(m_thread, &QThread::started, runtime, &ServerRuntime::start);
    connect(m_thread, &QThread::finished, runtime, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, &EmbeddedServer::onThreadFinished);
    connect(runtime, &ServerRuntime::listening, this, [this](const QString &host, int port, bool tls) {
        m_status.host = host;
        m_status.port = port;
        m_status.tls = tls;
        setState(ServerStatus::State::Listening);
    });
    connect(runtime, &ServerRuntime::failed, this, [this](const QString &error) {
        m_restartPending = false;
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

void EmbeddedServer::restartOn(const QString &host, int port)
{
    setAddress(host, port);
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
