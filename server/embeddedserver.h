#pragma once

#include "hosting/serverhost.h"
#include "serverdependencies.h"

#include <QPointer>
#include <optional>

class QThread;

namespace aistack {

class ServerRuntime;

// The ServerHost of the application: runs a ServerRuntime on its own thread, restarts it with
// new hosting settings on request. All public methods are called from the owning (GUI/main) thread
// and return at once.
class EmbeddedServer : public ServerHost
{
    Q_OBJECT
public:
    explicit EmbeddedServer(ServerDependencies deps, QObject *parent = nullptr);
    ~EmbeddedServer() override;

    ServerStatus status() const override { return m_status; }
    HostingSettings settings() const override { return m_settings; }

    void start() override;
    void stop() override;
    void restartWith(const HostingSettings &settings) override;

private:
    void setState(ServerStatus::State state, const QString &error = {});
    void onThreadFinished();

    ServerDependencies m_deps;
    HostingSettings m_settings;                    // of the current or next run
    std::optional<HostingSettings> m_lastListened; // the settings of the last run that listened
    QString m_fallbackReason;                      // why the server is back on m_lastListened
    ServerStatus m_status;
    QThread *m_thread = nullptr;
    QPointer<ServerRuntime> m_runtime;
    bool m_restartPending = false;
};

} // namespace aistack
