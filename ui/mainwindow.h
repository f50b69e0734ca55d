#pragma once

#include "hosting/serverhost.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace aistack {

class MetricsRegistry;
class RequestLog;
class ServerPane;

// The main window: a sidebar of panes and a status bar with the listening address.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ServerHost *server, MetricsRegistry *metrics, RequestLog *requestLog,
               QWidget *parent = nullptr);

    ServerPane *serverPane() const { return m_serverPane; }
    QListWidget *sidebar() const { return m_sidebar; }
    QStackedWidget *panes() const { return m_panes; }

private:
    void onStatusChanged(const ServerStatus &status);

    QListWidget *m_sidebar;
    QStackedWidget *m_panes;
    ServerPane *m_serverPane;
    QLabel *m_statusAddress;
};

} // namespace aistack
