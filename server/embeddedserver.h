#pragma once

#include "hosting/serverhost.h"
#include "serverdependencies.h"

#include <QPointer>

class QThread;

namespace aistack {

class ServerRuntime;

// The ServerHost of the application: runs a ServerRuntime on its own thread, restarts it on
// a new address on request. All public methods are called from the owning (GUI/main) thread
// and return at once.
class EmbeddedServer : public ServerHost
{
    Q_OBJECT
public:
    explicit EmbeddedServer(ServerDependencies deps, QObject *parent = nullptr);
    ~EmbeddedServer() override;

    ServerStatus status() const override { return m_status; }
    void setAddress(const QString &host, int port);

    void start() override;
    void stop() override;
    void restartOn(const QString &host, int port) override;

private:
    void setState(ServerStatus::State state, const QString &error = {});
    void onThreadFinished();

    ServerDependencies m_deps;
    QString m_host;
    int m_port;
    ServerStatus m_status;
    QThread *m_thread = nullptr;
    QPointer<ServerRuntime> m_runtime;
    bool m_restartPending = false;
};

} // namespace aistack
