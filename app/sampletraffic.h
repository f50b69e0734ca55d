#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace aistack {

// What a few API clients on the LAN would do, sent to the app's own server over loopback so that the
// screenshots' admin panes (sessions, feedback, metrics, request log) show traffic that came through the
// real APIs: KISS sessions that query, Lightspeed users who ask and rate answers, and health probes.
class SampleTraffic
{
public:
    explicit SampleTraffic(quint16 port) : m_port(port) {}

    // Sends it all over about twelve seconds, waiting for each answer (a nested event loop: the window keeps
    // painting).
    void run();

private:
    QJsonObject send(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                     const QByteArray &token = {});
    void kissSession(int i);    // the i-th of five API clients
    void lightspeedUser(int i); // the i-th of four questions asked and rated

    quint16 m_port;
    QNetworkAccessManager m_network;
};

} // namespace aistack
