#pragma once

#include "config/appconfig.h"
#include "connectionguard.h"
#include "connectionsweeper.h"

#include <QSslServer>
#include <QTcpServer>

namespace aistack {

class HttpServerMetrics;

// A listening socket (plain or TLS) that puts a ConnectionGuard on every accepted connection
// before QHttpServer sees it: QHttpServer takes connections through nextPendingConnection().
template <typename Listener> class GuardedListener : public Listener
{
public:
    GuardedListener(const LimitsConfig &limits, HttpServerMetrics *metrics, QObject *parent = nullptr)
        : Listener(parent), m_limits(limits), m_metrics(metrics), m_sweeper(this)
    {
    }

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Listener::nextPendingConnection();
        if (socket) {
            // Replies are written whole; Nagle's algorithm would only hold back the tail of a reply (or a
            // WebSocket frame) until the client acknowledges the previous segment.
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            new ConnectionGuard(socket, m_limits, m_metrics, &m_sweeper);
        }
        return socket;
    }

private:
    LimitsConfig m_limits;
    HttpServerMetrics *m_metrics;
    ConnectionSweeper m_sweeper;
};

using GuardedTcpServer = GuardedListener<QTcpServer>;
using GuardedSslServer = GuardedListener<QSslServer>;

} // namespace aistack
