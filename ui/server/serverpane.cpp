#include "serverpane.h"

#include "desktopservices.h"
#include "log/requestlog.h"
#include "metrics/metricsfeed.h"
#include "requestlogmodel.h"
#include "widgets/palettecolors.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace aistack {

namespace {
QString formatUptime(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

ServerPane::ServerPane(DesktopServices *services, QWidget *parent)
    : QWidget(parent), m_server(services->serverHost()), m_requestLog(services->requestLog()),
      m_model(new RequestLogModel(2000, this)), m_feed(new MetricsFeed(services->metricsRegistry(), 250, this))
{
    setObjectName(QStringLiteral("serverPane"));
    m_requestLog->setBuffering(true);

    auto *title = new QLabel(tr("Server"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("addressLabel"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_uptime = new QLabel(this);
    m_requests = new QLabel(this);
    m_requests->setObjectName(QStringLiteral("requestsLabel"));
    m_connections = new QLabel(this);
    m_connections->setObjectName(QStringLiteral("connectionsLabel"));
    m_inFlight = new QLabel(this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, PaletteColors::error(palette()));
    m_error->setPalette(errorPalette);

    auto *form = new QFormLayout;
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Uptime:"), m_uptime);
    form->addRow(tr("Requests answered:"), m_requests);
    form->addRow(tr("Open connections:"), m_connections);
    form->addRow(tr("Requests in flight:"), m_inFlight);

    m_startStop = new QPushButton(this);
    m_startStop->setObjectName(QStringLiteral("startStopButton"));
    connect(m_startStop, &QPushButton::clicked, this, [this]() {
        const auto state = m_server->status().state;
        if (state == ServerStatus::State::Listening)
            m_server->stop();
        else if (state == ServerStatus::State::Stopped || state == ServerStatus::State::Failed)
            m_server->start();
    });

    m_hostEdit = new QLineEdit(this);
    m_hostEdit->setObjectName(QStringLiteral("hostEdit"));
    m_hostEdit->setPlaceholderText(tr("127.0.0.1"));
    m_hostEdit->setMaximumWidth(220);
    m_hostEdit->setToolTip(
        tr("Bind address. 127.0.0.1 keeps the server on this computer; 0.0.0.0 opens it to "
           "the network."));
    m_portEdit = new QSpinBox(this);
    m_portEdit->setObjectName(QStringLiteral("portEdit"));
    m_portEdit->setRange(0, 65535);
    m_apply = new QPushButton(tr("Apply and restart"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    connect(m_apply, &QPushButton::clicked, this, &ServerPane::applyAddress);

    auto *bindRow = new QHBoxLayout;
    bindRow->addWidget(new QLabel(tr("Bind address:"), this));
    bindRow->addWidget(m_hostEdit, 2);
    bindRow->addWidget(new QLabel(tr("Port:"), this));
    bindRow->addWidget(m_portEdit);
    bindRow->addWidget(m_apply);
    bindRow->addWidget(m_startStop);
    bindRow->addStretch(1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("requestLogView"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(RequestLogModel::Path, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(bindRow);
    layout->addWidget(new QLabel(tr("Request log (newest first)"), this));
    layout->addWidget(m_table, 1);

    connect(m_server, &ServerHost::statusChanged, this, &ServerPane::onStatusChanged);
    const ServerStatus initial = m_server->status();
    m_hostEdit->setText(initial.host);
    m_portEdit->setValue(initial.port);
    onStatusChanged(initial);

    m_requestsIndex = m_feed->watch(QStringLiteral("aistack_http_requests_total"));
    m_connectionsIndex = m_feed->watch(QStringLiteral("aistack_http_open_connections"));
    m_inFlightIndex = m_feed->watch(QStringLiteral("aistack_http_requests_in_flight"));
    connect(m_feed, &MetricsFeed::sampled, this, &ServerPane::onSampled);
}

void ServerPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_feed->setActive(true);
}

void ServerPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        QPalette p = m_error->palette();
        p.setColor(QPalette::WindowText, PaletteColors::error(palette()));
        m_error->setPalette(p);
    }
}

void ServerPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_feed->setActive(false);
}

void ServerPane::onStatusChanged(const ServerStatus &status)
{
    switch (status.state) {
    case ServerStatus::State::Stopped:
        m_state->setText(tr("Stopped"));
        break;
    case ServerStatus::State::Starting:
        m_state->setText(tr("Starting…"));
        break;
    case ServerStatus::State::Listening:
        m_state->setText(tr("Listening"));
        break;
    case ServerStatus::State::Stopping:
        m_state->setText(tr("Stopping…"));
        break;
    case ServerStatus::State::Failed:
        m_state->setText(tr("Failed"));
        break;
    }
    const bool listening = status.state == ServerStatus::State::Listening;
    if (listening) { // show the address really in use (port 0 means "any free port")
        m_hostEdit->setText(status.host);
        m_portEdit->setValue(status.port);
    }
    m_address->setText(listening ? status.url() : tr("not listening"));
    m_error->setText(status.error);
    m_error->setVisible(!status.error.isEmpty());
    m_startStop->setText(listening ? tr("Stop server") : tr("Start server"));
    m_startStop->setEnabled(listening || status.state == ServerStatus::State::Stopped ||
                            status.state == ServerStatus::State::Failed);
    m_apply->setEnabled(status.state != ServerStatus::State::Starting &&
                        status.state != ServerStatus::State::Stopping);
    if (m_feed->isActive())
        m_feed->sample();
}

void ServerPane::onSampled(const QVector<double> &values)
{
    m_model->appendBatch(m_requestLog->takeBatch());
    const ServerStatus status = m_server->status();
    const bool listening = status.state == ServerStatus::State::Listening;
    m_uptime->setText(listening ? formatUptime(status.since.secsTo(QDateTime::currentDateTime())) : tr("–"));
    const QLocale locale;
    m_requests->setText(locale.toString(qint64(values.value(m_requestsIndex))));
    m_connections->setText(locale.toString(qint64(values.value(m_connectionsIndex))));
    m_inFlight->setText(locale.toString(qint64(values.value(m_inFlightIndex))));
}

void ServerPane::applyAddress()
{
    const QString host =
        m_hostEdit->text().trimmed().isEmpty() ? QStringLiteral("127.0.0.1") : m_hostEdit->text().trimmed();
    m_server->restartOn(host, m_portEdit->value());
}

} // namespace aistack
