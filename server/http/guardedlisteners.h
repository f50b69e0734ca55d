#pragma once

#include "config/appconfig.h"
#include "connectionsweeper.h"

#include <QSslServer>
#include <QTcpServer>

namespace aistack {

class HttpServerMetrics;

// Listening sockets that put a ConnectionGuard on every accepted connection before
// QHttpServer sees it (QHttpServer takes connections through nextPendingConnection()).
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(const LimitsConfig &limits, HttpServerMetrics *metrics, QObject *parent = nullptr)
        : QTcpServer(parent), m_limits(limits), m_metrics(metrics), m_sweeper(this)
    {
    }
    QTcpSocket *nextPendingConnection() override;

private:
    LimitsConfig m_limits;
    HttpServerMetrics *m_metrics;
    ConnectionSweeper m_sweeper;
};

class GuardedSslServer : public QSslServer
{
public:
    GuardedSslServer(const LimitsConfig &limits, HttpServerMetrics *metrics, QObject *parent = nullptr)
        : QSslServer(parent), m_limits(limits), m_metrics(metrics), m_sweeper(this)
    {
    }
    QTcpSocket *nextPendingConnection() override;

private:
    LimitsConfig m_limits;
    HttpServerMetrics *m_metrics;
    ConnectionSweeper m_sweeper;
};

} // namespace aistack
