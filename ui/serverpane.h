#pragma once

#include "hosting/serverhost.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace aistack {

class MetricsRegistry;
class RequestLog;
class RequestLogModel;

// The Server pane: state, address, uptime, live request and connection counts, start/stop,
// bind address and port (applied by restarting the server thread), and the live request log.
// Everything is refreshed from a timer: the pane never waits on the server.
class ServerPane : public QWidget
{
    Q_OBJECT
public:
    ServerPane(ServerHost *server, MetricsRegistry *metrics, RequestLog *requestLog,
               QWidget *parent = nullptr);

    RequestLogModel *logModel() const { return m_model; }

private:
    void onStatusChanged(const ServerStatus &status);
    void refresh();
    void applyAddress();

    ServerHost *m_server;
    MetricsRegistry *m_metrics;
    RequestLog *m_requestLog;
    RequestLogModel *m_model;
    QTimer *m_refresh;
    QLabel *m_state;
    QLabel *m_address;
    QLabel *m_uptime;
    QLabel *m_requests;
    QLabel *m_connections;
    QLabel *m_inFlight;
    QLabel *m_error;
    QPushButton *m_startStop;
    QLineEdit *m_hostEdit;
    QSpinBox *m_portEdit;
    QPushButton *m_apply;
    QTableView *m_table;
};

} // namespace aistack
