#pragma once

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
    QString error;   // for Failed

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

public Q_SLOTS:
    virtual void start() = 0;
    virtual void stop() = 0;
    // Stops the server, then starts it again on the new address.
    virtual void restartOn(const QString &host, int port) = 0;

Q_SIGNALS:
    void statusChanged(const aistack::ServerStatus &status);
    void stopped(); // the server thread has finished (after stop())
};

} // namespace aistack

Q_DECLARE_METATYPE(aistack::ServerStatus)
