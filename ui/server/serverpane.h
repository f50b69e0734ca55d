#pragma once

#include "hosting/serverhost.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace aistack {

class DesktopHosting;
class DesktopServices;
class HostingForm;
class MetricsFeed;
class RequestLog;
class RequestLogFilter;
class RequestLogModel;

// The Server pane: state, the URLs the server is reached at (copyable), uptime, live request and connection
// counts, start/stop/restart, where and how it listens (HostingForm), and the request log: this run's requests
// live and the earlier runs' read from the request-log file, filtered by protocol, status class and client.
// Figures come in batches from a metrics feed that runs only while the pane is visible; the pane never waits
// on the server.
class ServerPane : public QWidget
{
    Q_OBJECT
public:
    explicit ServerPane(DesktopServices *services, QWidget *parent = nullptr);

    RequestLogModel *logModel() const { return m_model; }
    RequestLogFilter *logFilter() const { return m_filter; }
    QTableView *logView() const { return m_table; }
    MetricsFeed *feed() const { return m_feed; }
    HostingForm *hostingForm() const { return m_form; }
    QListWidget *urlList() const { return m_urls; }
    QComboBox *protocolFilter() const { return m_protocolFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QLineEdit *clientFilter() const { return m_clientFilter; }
    QPushButton *startStopButton() const { return m_startStop; }
    QPushButton *restartButton() const { return m_restart; }
    // True once the earlier runs' requests have been read from the file.
    bool historyLoaded() const { return m_historyLoaded; }

Q_SIGNALS:
    void historyRead(int rows);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildStatus();
    QWidget *buildFilterBar();
    void onStatusChanged(const ServerStatus &status);
    void onSampled(const QVector<double> &values);
    void fillUrls(const ServerStatus &status);
    void updateCount();
    void showLogMenu(const QPoint &pos);
    void applyColours();

    DesktopHosting *m_hosting;
    ServerHost *m_server;
    RequestLog *m_requestLog;
    RequestLogModel *m_model;
    RequestLogFilter *m_filter;
    MetricsFeed *m_feed;
    QDateTime m_openedAt; // requests before this are an earlier run's (read from the file)
    bool m_historyLoaded = false;
    int m_requestsIndex = 0;
    int m_connectionsIndex = 0;
    int m_inFlightIndex = 0;
    QLabel *m_state = nullptr;
    QListWidget *m_urls = nullptr;
    QPushButton *m_copyUrl = nullptr;
    QLabel *m_uptime = nullptr;
    QLabel *m_requests = nullptr;
    QLabel *m_connections = nullptr;
    QLabel *m_inFlight = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_startStop = nullptr;
    QPushButton *m_restart = nullptr;
    HostingForm *m_form = nullptr;
    QComboBox *m_protocolFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_clientFilter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace aistack
