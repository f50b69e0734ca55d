#include "mainwindow.h"

#include "chat/chatpane.h"
#include "desktopservices.h"
#include "documents/documentspane.h"
#include "feedback/feedbackpane.h"
#include "metrics/metricspane.h"
#include "server/serverpane.h"
#include "sessions/sessionspane.h"
#include "stack/stackpane.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace aistack {

MainWindow::MainWindow(DesktopServices *services, QWidget *parent)
    : QMainWindow(parent), m_sidebar(new QListWidget(this)), m_panes(new QStackedWidget(this)),
      m_serverPane(new ServerPane(services, this)), m_chatPane(new ChatPane(services, this)),
      m_documentsPane(new DocumentsPane(services, this)), m_feedbackPane(new FeedbackPane(services, this)),
      m_sessionsPane(new SessionsPane(services, this)),
      m_statusAddress(new QLabel(this))
{
    setWindowTitle(tr("AI Stack Desktop"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/aistack.svg")));
    resize(1280, 800);

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Panes"));
    m_sidebar->setFixedWidth(170);
    m_sidebar->setSpacing(2);

    struct Entry
    {
        QString name;
        QWidget *widget;
    };
    const QVector<Entry> panes{
        {tr("Server"), m_serverPane},
        {tr("Stack"), m_stackPane = new StackPane(services, this)},
        {tr("Sessions"), m_sessionsPane},
        {tr("Documents"), m_documentsPane},
        {tr("Chat"), m_chatPane},
        {tr("Feedback"), m_feedbackPane},
        {tr("Metrics"), m_metricsPane = new MetricsPane(services, this)},
    };
    for (int i = 0; i < panes.size(); ++i) {
        auto *item = new QListWidgetItem(panes[i].name, m_sidebar);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(panes[i].name).arg(i + 1));
        m_panes->addWidget(panes[i].widget);
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        go->setShortcutContext(Qt::ApplicationShortcut);
        connect(go, &QAction::triggered, this, [this, i]() { showPane(Pane(i)); });
        addAction(go);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_panes, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(Chat); // what a person opens the app for
    connect(m_feedbackPane, &FeedbackPane::openInChat, this, [this](const QString &conversationId) {
        showPane(Chat);
        m_chatPane->openConversation(conversationId);
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_panes, 1);
    setCentralWidget(central);

    m_statusAddress->setObjectName(QStringLiteral("statusAddress"));
    statusBar()->addPermanentWidget(m_statusAddress);
    ServerHost *server = services->serverHost();
    connect(server, &ServerHost::statusChanged, this, &MainWindow::onStatusChanged);
    onStatusChanged(server->status());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_stackPane->hasUnsavedEdits()) {
        showPane(Stack);
        if (QMessageBox::question(this, tr("Quit"),
                                  tr("The Stack pane has edits that are not saved. Quit and lose them?"),
                                  QMessageBox::Discard | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showPane(Pane pane)
{
    m_sidebar->setCurrentRow(pane);
    if (QWidget *w = m_panes->currentWidget())
        w->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::onStatusChanged(const ServerStatus &status)
{
    switch (status.state) {
    case ServerStatus::State::Listening:
        m_statusAddress->setText(tr("Listening on %1").arg(status.url()));
        break;
    case ServerStatus::State::Failed:
        m_statusAddress->setText(tr("Server failed: %1").arg(status.error));
        break;
    case ServerStatus::State::Starting:
        m_statusAddress->setText(tr("Server starting…"));
        break;
    case ServerStatus::State::Stopping:
        m_statusAddress->setText(tr("Server stopping…"));
        break;
    case ServerStatus::State::Stopped:
        m_statusAddress->setText(tr("Server stopped"));
        break;
    }
}

} // namespace aistack
