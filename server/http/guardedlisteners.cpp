#include "guardedlisteners.h"

#include "connectionguard.h"

namespace aistack {

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket)
        new ConnectionGuard(socket, m_limits, m_metrics, &m_sweeper);
    return socket;
}

QTcpSocket *GuardedSslServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (socket)
        new ConnectionGuard(socket, m_limits, m_metrics, &m_sweeper);
    return socket;
}

} // namespace aistack
