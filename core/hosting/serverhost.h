#pragma once

#include "hostingsettings.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace aistack {

// What the GUI needs to know about the embedded server.
struct ServerStatus
{
    enum class State { Stopped, Starting, Listening, Stopping, Failed };
    State state = State::Stopped;
    QString host;
    int port = 0;
    bool tls = false;
    QDateTime since; // when the current state was entered
    QString error;   // for Failed; when Listening, why the last settings could not be applied

    QString url() const
    {
        const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
        return QStringLiteral("%1://%2:%3")
            .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), h)
            .arg(port);
    }
};

// Controls the embedded HTTP server. Implemented by the server layer, used by the GUI and
// the headless runner through this interface only. Calls never block; state changes arrive
// as statusChanged() on the caller's thread.
class ServerHost : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual ServerStatus status() const = 0;
    // The settings of the server's current (or next) run.
    virtual HostingSettings settings() const = 0;

public Q_SLOTS:
    virtual void start() = 0;
    virtual void stop() = 0;
    // Stops the server, then starts it again with the new settings. When they cannot be used (the port is
    // taken, say), the server starts again with the settings it ran with and says why in status().error.
    virtual void restartWith(const aistack::HostingSettings &settings) = 0;
    // Stops the server, then starts it again on the new address.
    void restartOn(const QString &host, int port)
    {
        HostingSettings s = settings();
        s.host = host;
        s.port = port;
        restartWith(s);
    }

Q_SIGNALS:
    void statusChanged(const aistack::ServerStatus &status);
    void stopped(); // the server thread has finished (after stop())
};

} // namespace aistack

Q_DECLARE_METATYPE(aistack::ServerStatus)
