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
class FeedbackPane;
class MetricsPane;
class ServerPane;
class SessionsPane;
class StackPane;

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
    FeedbackPane *feedbackPane() const { return m_feedbackPane; }
    SessionsPane *sessionsPane() const { return m_sessionsPane; }
    MetricsPane *metricsPane() const { return m_metricsPane; }
    QListWidget *sidebar() const { return m_sidebar; }
    QStackedWidget *panes() const { return m_panes; }
    void showPane(Pane pane);

protected:
    // Quitting with edits the Stack pane has not saved asks first.
    void closeEvent(QCloseEvent *event) override;

private:
    void onStatusChanged(const ServerStatus &status);

    QListWidget *m_sidebar;
    QStackedWidget *m_panes;
    ServerPane *m_serverPane;
    ChatPane *m_chatPane;
    DocumentsPane *m_documentsPane;
    FeedbackPane *m_feedbackPane;
    SessionsPane *m_sessionsPane;
    StackPane *m_stackPane = nullptr;
    MetricsPane *m_metricsPane = nullptr;
    QLabel *m_statusAddress;
};

} // namespace aistack
