#include "serverpane.h"

#include "common/futurewatch.h"
#include "desktopservices.h"
#include "hosting/desktophosting.h"
#include "hostingform.h"
#include "log/requestlog.h"
#include "log/requestprotocol.h"
#include "metrics/metricsfeed.h"
#include "requestlogfilter.h"
#include "requestlogmodel.h"
#include "textcolour.h"
#include "widgets/palettecolors.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
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
    : QWidget(parent), m_hosting(services->hosting()), m_server(services->serverHost()),
      m_requestLog(services->requestLog()), m_model(new RequestLogModel(2000, this)),
      m_filter(new RequestLogFilter(this)), m_feed(new MetricsFeed(services->metricsRegistry(), 250, this)),
      m_openedAt(QDateTime::currentDateTimeUtc())
{
    setObjectName(QStringLiteral("serverPane"));
    m_requestLog->setBuffering(true);
    m_hosting->keepRequestLogFile();
    m_filter->setSourceModel(m_model);

    auto *title = new QLabel(tr("Server"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *hostingBox = new QGroupBox(tr("Hosting"), this);
    m_form = new HostingForm(m_hosting, hostingBox);
    auto *hostingLayout = new QVBoxLayout(hostingBox);
    hostingLayout->addWidget(m_form);
    hostingLayout->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(buildStatus(), 2);
    top->addWidget(hostingBox, 3);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("requestLogView"));
    m_table->setAccessibleName(tr("Request log"));
    m_table->setModel(m_filter);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(RequestLogModel::Path, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(RequestLogModel::Time, m_table->fontMetrics().horizontalAdvance(
                                                                          QStringLiteral("8888-88-88 88:88:88.")));
    const auto widthOf = [this](const QString &sample) {
        return m_table->fontMetrics().horizontalAdvance(sample) + 24;
    };
    m_table->horizontalHeader()->resizeSection(RequestLogModel::Protocol, widthOf(tr("Lightspeed")));
    m_table->horizontalHeader()->resizeSection(RequestLogModel::Method, widthOf(QStringLiteral("DELETE")));
    m_table->horizontalHeader()->resizeSection(RequestLogModel::Status, widthOf(tr("Status")));
    m_table->horizontalHeader()->resizeSection(RequestLogModel::Duration, widthOf(tr("Duration (ms)")));
    m_table->horizontalHeader()->resizeSection(RequestLogModel::Client, m_table->fontMetrics().horizontalAdvance(
                                                                            QStringLiteral("8888:8888:8888:8888")));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestLogModel::Time, Qt::DescendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setToolTip(tr("The menu key opens the actions of the current request"));
    connect(m_table, &QTableView::customContextMenuRequested, this, &ServerPane::showLogMenu);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_table, 1);

    connect(m_server, &ServerHost::statusChanged, this, &ServerPane::onStatusChanged);
    onStatusChanged(m_server->status());
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ServerPane::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ServerPane::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ServerPane::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ServerPane::updateCount);
    updateCount();

    m_requestsIndex = m_feed->watch(QStringLiteral("aistack_http_requests_total"));
    m_connectionsIndex = m_feed->watch(QStringLiteral("aistack_http_open_connections"));
    m_inFlightIndex = m_feed->watch(QStringLiteral("aistack_http_requests_in_flight"));
    connect(m_feed, &MetricsFeed::sampled, this, &ServerPane::onSampled);

    // The earlier runs' requests, read from the file off the GUI thread, below this run's.
    whenReady(this, m_hosting->recentRequests(m_model->maxRows()), [this](QVector<RequestRecord> rows) {
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [this](const RequestRecord &r) { return r.when >= m_openedAt; }),
                   rows.end());
        m_model->appendOlder(rows);
        m_historyLoaded = true;
        Q_EMIT historyRead(int(rows.size()));
    });
    applyColours();
}

QWidget *ServerPane::buildStatus()
{
    auto *box = new QGroupBox(tr("Status"), this);
    m_state = new QLabel(box);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_urls = new QListWidget(box);
    m_urls->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_urls->setObjectName(QStringLiteral("urlList"));
    m_urls->setAccessibleName(tr("Addresses the server is reached at"));
    m_urls->setMaximumHeight(m_urls->fontMetrics().height() * 4 + 8);
    m_copyUrl = new QPushButton(tr("Copy URL"), box);
    m_copyUrl->setObjectName(QStringLiteral("copyUrlButton"));
    m_copyUrl->setToolTip(tr("Copy the selected address (Ctrl+C in the list)"));
    const auto copy = [this]() {
        QListWidgetItem *item = m_urls->currentItem() ? m_urls->currentItem() : m_urls->item(0);
        if (item)
            QGuiApplication::clipboard()->setText(item->text());
    };
    connect(m_copyUrl, &QPushButton::clicked, this, copy);
    auto *copyKey = new QShortcut(QKeySequence::Copy, m_urls, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copyKey, &QShortcut::activated, this, copy);
    m_uptime = new QLabel(box);
    m_requests = new QLabel(box);
    m_requests->setObjectName(QStringLiteral("requestsLabel"));
    m_connections = new QLabel(box);
    m_connections->setObjectName(QStringLiteral("connectionsLabel"));
    m_inFlight = new QLabel(box);
    m_error = new QLabel(box);
    m_error->setObjectName(QStringLiteral("serverError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_startStop = new QPushButton(box);
    m_startStop->setObjectName(QStringLiteral("startStopButton"));
    connect(m_startStop, &QPushButton::clicked, this, [this]() {
        const auto state = m_server->status().state;
        if (state == ServerStatus::State::Listening)
            m_server->stop();
        else if (state == ServerStatus::State::Stopped || state == ServerStatus::State::Failed)
            m_server->start();
    });
    m_restart = new QPushButton(tr("Restart"), box);
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_restart->setToolTip(tr("Stop the server, letting requests in flight finish, and start it again"));
    connect(m_restart, &QPushButton::clicked, this, [this]() { m_server->restartWith(m_server->settings()); });

    auto *urlField = new QWidget(box);
    auto *urlRow = new QHBoxLayout(urlField);
    urlRow->setContentsMargins(0, 0, 0, 0);
    urlRow->addWidget(m_urls, 1);
    urlRow->addWidget(m_copyUrl, 0, Qt::AlignTop);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Reach it at:"), urlField);
    form->addRow(tr("Uptime:"), m_uptime);
    form->addRow(tr("Requests answered:"), m_requests);
    form->addRow(tr("Open connections:"), m_connections);
    form->addRow(tr("Requests in flight:"), m_inFlight);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startStop);
    buttons->addWidget(m_restart);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

QWidget *ServerPane::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *heading = new QLabel(tr("Request log"), bar);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_protocolFilter = new QComboBox(bar);
    m_protocolFilter->setObjectName(QStringLiteral("protocolFilter"));
    m_protocolFilter->setAccessibleName(tr("Show the requests of protocol"));
    m_protocolFilter->addItem(tr("All protocols"), -1);
    for (RequestProtocol p : {RequestProtocol::Kiss, RequestProtocol::Lightspeed, RequestProtocol::Other})
        m_protocolFilter->addItem(RequestLogModel::protocolName(int(p)), int(p));
    connect(m_protocolFilter, &QComboBox::currentIndexChanged, this,
            [this]() { m_filter->setProtocol(m_protocolFilter->currentData().toInt()); });

    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Show the requests of status"));
    m_statusFilter->addItem(tr("All statuses"), 0);
    m_statusFilter->addItem(tr("2xx success"), 2);
    m_statusFilter->addItem(tr("3xx redirect"), 3);
    m_statusFilter->addItem(tr("4xx client error"), 4);
    m_statusFilter->addItem(tr("5xx server error"), 5);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this]() { m_filter->setStatusClass(m_statusFilter->currentData().toInt()); });

    m_clientFilter = new QLineEdit(bar);
    m_clientFilter->setObjectName(QStringLiteral("clientFilter"));
    m_clientFilter->setAccessibleName(tr("Show the requests of client"));
    m_clientFilter->setPlaceholderText(tr("Client address contains…"));
    m_clientFilter->setClearButtonEnabled(true);
    connect(m_clientFilter, &QLineEdit::textChanged, m_filter, &RequestLogFilter::setClient);

    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("requestCount"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addSpacing(12);
    layout->addWidget(m_protocolFilter);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_clientFilter, 1);
    layout->addWidget(m_count);
    return bar;
}

void ServerPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_feed->setActive(true);
}

void ServerPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void ServerPane::applyColours()
{
    setTextColour(m_error, PaletteColors::error(palette()));
    setTextColour(m_count, PaletteColors::secondary(palette()));
}

void ServerPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_feed->setActive(false);
}

void ServerPane::fillUrls(const ServerStatus &status)
{
    m_urls->clear();
    if (status.state != ServerStatus::State::Listening) {
        m_urls->addItem(tr("not listening"));
        m_urls->setEnabled(false);
        m_copyUrl->setEnabled(false);
        return;
    }
    m_urls->setEnabled(true);
    m_copyUrl->setEnabled(true);
    const bool everyIpv4 = status.host == QLatin1String("0.0.0.0");
    const bool everyNetwork = status.host == QLatin1String("::") || status.host == QLatin1String("*");
    if (!everyIpv4 && !everyNetwork) {
        m_urls->addItem(status.url());
    } else {
        for (const DesktopHosting::NetworkAddress &a : DesktopHosting::networkAddresses()) {
            if (a.ipv6 && !everyNetwork)
                continue;
            ServerStatus one = status;
            one.host = a.address;
            m_urls->addItem(one.url());
        }
    }
    m_urls->setCurrentRow(0);
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
        m_state->setText(status.tls ? tr("Listening (HTTPS)") : tr("Listening"));
        break;
    case ServerStatus::State::Stopping:
        m_state->setText(tr("Stopping…"));
        break;
    case ServerStatus::State::Failed:
        m_state->setText(tr("Failed"));
        break;
    }
    const bool listening = status.state == ServerStatus::State::Listening;
    fillUrls(status);
    m_error->setText(status.error);
    m_error->setVisible(!status.error.isEmpty());
    m_startStop->setText(listening ? tr("Stop server") : tr("Start server"));
    m_startStop->setEnabled(listening || status.state == ServerStatus::State::Stopped ||
                            status.state == ServerStatus::State::Failed);
    m_restart->setEnabled(listening);
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

void ServerPane::showLogMenu(const QPoint &pos)
{
    // From the mouse: the row under it; from the keyboard (the menu key): the current row.
    QModelIndex index = m_table->indexAt(pos);
    QPoint at = pos;
    if (!index.isValid()) {
        index = m_table->currentIndex();
        at = m_table->visualRect(index).center();
    }
    if (!index.isValid())
        return;
    const RequestRecord r = m_model->recordAt(m_filter->mapToSource(index).row());
    const int protocol = int(protocolOfPath(r.path));
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("requestLogMenu"));
    menu.addAction(tr("Copy the request"), this,
                   [r]() { QGuiApplication::clipboard()->setText(QString::fromUtf8(r.toFileLine())); });
    menu.addSeparator();
    menu.addAction(tr("Show only client %1").arg(r.client), this, [this, r]() { m_clientFilter->setText(r.client); });
    menu.addAction(tr("Show only %1 requests").arg(RequestLogModel::protocolName(protocol)), this,
                   [this, protocol]() { m_protocolFilter->setCurrentIndex(m_protocolFilter->findData(protocol)); });
    menu.addAction(tr("Show only status %1xx").arg(r.status / 100), this, [this, r]() {
        m_statusFilter->setCurrentIndex(qMax(0, m_statusFilter->findData(r.status / 100)));
    });
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void ServerPane::updateCount()
{
    const QLocale locale;
    m_count->setText(m_filter->rowCount() == m_model->rowCount()
                         ? tr("%n request(s)", nullptr, m_model->rowCount())
                         : tr("%1 of %2 requests")
                               .arg(locale.toString(m_filter->rowCount()), locale.toString(m_model->rowCount())));
}

} // namespace aistack
