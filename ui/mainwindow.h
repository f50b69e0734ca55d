#pragma once

#include "hosting/serverhost.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace aistack {

class ChatPane;
class DesktopServices;
class DocumentsPane;
class MetricsPane;
class ServerPane;

// The main window: a sidebar of panes (Ctrl+1 … Ctrl+7) and a status bar with the listening address. It
// knows each pane's class and nothing of its inside; the panes get what they need from DesktopServices.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Pane { Server, Stack, Sessions, Documents, Chat, Feedback, Metrics, PaneCount };

    explicit MainWindow(DesktopServices *services, QWidget *parent = nullptr);

    ServerPane *serverPane() const { return m_serverPane; }
    ChatPane *chatPane() const { return m_chatPane; }
    DocumentsPane *documentsPane() const { return m_documentsPane; }
    MetricsPane *metricsPane() const { return m_metricsPane; }
    QListWidget *sidebar() const { return m_sidebar; }
    QStackedWidget *panes() const { return m_panes; }
    void showPane(Pane pane);

private:
    void onStatusChanged(const ServerStatus &status);

    QListWidget *m_sidebar;
    QStackedWidget *m_panes;
    ServerPane *m_serverPane;
    ChatPane *m_chatPane;
    DocumentsPane *m_documentsPane;
    MetricsPane *m_metricsPane = nullptr;
    QLabel *m_statusAddress;
};

} // namespace aistack
