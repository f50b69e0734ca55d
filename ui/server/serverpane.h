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

class DesktopServices;
class MetricsFeed;
class RequestLog;
class RequestLogModel;

// The Server pane: state, address, uptime, live request and connection counts, start/stop,
// bind address and port (applied by restarting the server thread), and the live request log.
// Figures come in batches from a metrics feed that runs only while the pane is visible; the pane never
// waits on the server.
class ServerPane : public QWidget
{
    Q_OBJECT
public:
    explicit ServerPane(DesktopServices *services, QWidget *parent = nullptr);

    RequestLogModel *logModel() const { return m_model; }
    MetricsFeed *feed() const { return m_feed; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onStatusChanged(const ServerStatus &status);
    void onSampled(const QVector<double> &values);
    void applyAddress();

    ServerHost *m_server;
    RequestLog *m_requestLog;
    RequestLogModel *m_model;
    MetricsFeed *m_feed;
    int m_requestsIndex = 0;
    int m_connectionsIndex = 0;
    int m_inFlightIndex = 0;
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
