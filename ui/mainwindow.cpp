#include "mainwindow.h"

#include "placeholderpane.h"
#include "serverpane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

namespace aistack {

MainWindow::MainWindow(ServerHost *server, MetricsRegistry *metrics, RequestLog *requestLog, QWidget *parent)
    : QMainWindow(parent), m_sidebar(new QListWidget(this)), m_panes(new QStackedWidget(this)),
      m_serverPane(new ServerPane(server, metrics, requestLog, this)), m_statusAddress(new QLabel(this))
{
    setWindowTitle(tr("AI Stack Desktop"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/aistack.svg")));
    resize(1100, 720);

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(170);
    m_sidebar->setSpacing(2);

    struct Pane
    {
        QString name;
        QWidget *widget;
    };
    const QVector<Pane> panes{
        {tr("Server"), m_serverPane},
        {tr("Stack"), new PlaceholderPane(tr("Stack"),
                                          tr("Edit and validate the stack YAML: decision maker, "
                                             "prompt and rag tools, vector store."),
                                          this)},
        {tr("Sessions"), new PlaceholderPane(tr("Sessions"), tr("Browse and close client sessions."), this)},
        {tr("Documents"), new PlaceholderPane(tr("Documents"),
                                              tr("Upload documents into the stack's rag tools "
                                                 "and follow their ingestion."),
                                              this)},
        {tr("Chat"), new PlaceholderPane(
                         tr("Chat"), tr("Chat with the stack, with streamed answers and sources."), this)},
        {tr("Feedback"),
         new PlaceholderPane(tr("Feedback"), tr("Browse the feedback users have given."), this)},
        {tr("Metrics"),
         new PlaceholderPane(tr("Metrics"), tr("Live request, model and token metrics."), this)},
    };
    for (const Pane &p : panes) {
        m_sidebar->addItem(p.name);
        m_panes->addWidget(p.widget);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_panes, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_panes, 1);
    setCentralWidget(central);

    m_statusAddress->setObjectName(QStringLiteral("statusAddress"));
    statusBar()->addPermanentWidget(m_statusAddress);
    connect(server, &ServerHost::statusChanged, this, &MainWindow::onStatusChanged);
    onStatusChanged(server->status());
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
