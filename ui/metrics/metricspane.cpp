#include "metricspane.h"

#include "common/csvfield.h"
#include "common/futurewatch.h"
#include "desktopservices.h"
#include "metrics/metricshistory.h"
#include "metrics/metricswindow.h"
#include "metricschart.h"
#include "widgets/backgroundsave.h"
#include "widgets/palettecolors.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace aistack {

namespace {
constexpr int kFiveMinutes = 300;
constexpr int kHour = 3600;

double lastValue(const QVector<double> &values)
{
    for (auto it = values.crbegin(); it != values.crend(); ++it) {
        if (!std::isnan(*it))
            return *it;
    }
    return qQNaN();
}
} // namespace

MetricsPane::MetricsPane(DesktopServices *services, QWidget *parent)
    : QWidget(parent), m_history(services->metricsHistory())
{
    setObjectName(QStringLiteral("metricsPane"));
    setFocusPolicy(Qt::StrongFocus); // Space pauses when the pane itself has the focus

    auto *title = new QLabel(tr("Metrics"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    // The window: a segmented pair of toggles.
    m_fiveMinutes = new QToolButton(this);
    m_fiveMinutes->setObjectName(QStringLiteral("fiveMinutesButton"));
    m_fiveMinutes->setText(tr("&5 min"));
    m_fiveMinutes->setAccessibleName(tr("Show the last 5 minutes"));
    m_hour = new QToolButton(this);
    m_hour->setObjectName(QStringLiteral("hourButton"));
    m_hour->setText(tr("1 &h"));
    m_hour->setAccessibleName(tr("Show the last hour"));
    m_windows = new QButtonGroup(this);
    for (QToolButton *b : {m_fiveMinutes, m_hour}) {
        b->setCheckable(true);
        b->setFocusPolicy(Qt::StrongFocus);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_windows->addButton(b);
    }
    m_fiveMinutes->setChecked(true);
    connect(m_fiveMinutes, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setWindowSeconds(kFiveMinutes);
    });
    connect(m_hour, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setWindowSeconds(kHour);
    });
    auto *segments = new QHBoxLayout;
    segments->setSpacing(0);
    segments->addWidget(m_fiveMinutes);
    segments->addWidget(m_hour);

    auto *modelLabel = new QLabel(tr("&Model:"), this);
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("modelPicker"));
    m_model->setAccessibleName(tr("Model for time to first token and queue wait"));
    m_model->setPlaceholderText(tr("No model calls yet"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_model->setMinimumContentsLength(16);
    modelLabel->setBuddy(m_model);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this]() {
        if (isVisible())
            redraw(); // a person's choice: shown at once, paused or not
    });

    m_pause = new QPushButton(this);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setToolTip(tr("Freeze the charts; sampling goes on (Space)"));
    connect(m_pause, &QPushButton::clicked, this, [this]() { setPaused(!m_paused); });
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export the visible series as CSV"));
    connect(m_export, &QPushButton::clicked, this, &MetricsPane::exportAsked);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    QPalette statePalette = m_state->palette();
    statePalette.setColor(QPalette::WindowText, PaletteColors::secondary(palette()));
    m_state->setPalette(statePalette);

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addLayout(segments);
    bar->addSpacing(12);
    bar->addWidget(modelLabel);
    bar->addWidget(m_model);
    bar->addSpacing(12);
    bar->addWidget(m_pause);
    bar->addWidget(m_export);
    bar->addSpacing(12);
    bar->addWidget(m_state, 1);

    const QStringList quantiles{tr("p50"), tr("p95"), tr("p99")};
    const struct
    {
        QString name;
        QStringList lines;
    } specs[ChartCount] = {
        {tr("Requests by protocol"), {tr("KISS"), tr("Lightspeed"), tr("Other")}},
        {tr("Requests by status"), {tr("2xx"), tr("4xx"), tr("5xx")}},
        {tr("Response time"), quantiles},
        {tr("Open connections"), {tr("HTTP"), tr("WebSocket")}},
        {tr("Sessions and stacks"), {tr("Sessions"), tr("Stacks")}},
        {tr("Tokens per second"), {tr("Generated")}},
        {tr("Time to first token"), quantiles.mid(0, 2)},
        {tr("Queue wait"), quantiles.mid(0, 2)},
        {tr("Ingestion"), {tr("Chunks")}},
        {tr("Memory"), {tr("Resident")}},
        {tr("CPU"), {tr("Process")}},
    };
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    for (int c = 0; c < ChartCount; ++c) {
        auto *chart = new MetricsChart(specs[c].name, specs[c].lines, this);
        chart->setObjectName(QStringLiteral("chart%1").arg(c));
        m_charts << chart;
        grid->addWidget(chart, c / 4, c % 4);
    }
    m_charts[Memory]->setZeroBased(false);
    m_charts[Connections]->setWholeNumbers(true);
    for (Chart c : {Latency, FirstToken, QueueWait})
        m_charts[c]->setDotted(true);
    m_charts[Sessions]->setWholeNumbers(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(grid, 1);

    setTabOrder(m_fiveMinutes, m_hour);
    setTabOrder(m_hour, m_model);
    setTabOrder(m_model, m_pause);
    setTabOrder(m_pause, m_export);

    updateState();
    changeEvent(nullptr); // the status colours for this palette
    // The history keeps the last hour whether or not the pane is shown: a sample costs a few microseconds a
    // second (bench/ui.sh measures it), and a 1 h window that starts empty each time the pane opens would show
    // nothing an admin came to see. The pane itself draws only while shown.
    m_history->setActive(true);
}

void MetricsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    connect(m_history, &MetricsHistory::sampled, this, &MetricsPane::refresh, Qt::UniqueConnection);
    refresh();
}

void MetricsPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    disconnect(m_history, &MetricsHistory::sampled, this, &MetricsPane::refresh);
}

void MetricsPane::changeEvent(QEvent *event)
{
    if (event)
        QWidget::changeEvent(event);
    if (event && event->type() != QEvent::PaletteChange)
        return;
    const QPalette p = palette();
    const bool dark = PaletteColors::isDark(p);
    for (MetricsChart *chart : std::as_const(m_charts))
        chart->applyPalette(p);
    MetricsChart *statuses = m_charts[Statuses];
    statuses->setLineColor(0, dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32));
    statuses->setLineColor(1, dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00));
    statuses->setLineColor(2, PaletteColors::error(p));
    QPalette statePalette = m_state->palette();
    statePalette.setColor(QPalette::WindowText, PaletteColors::secondary(p));
    m_state->setPalette(statePalette);
}

void MetricsPane::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier) {
        setPaused(!m_paused);
        return;
    }
    QWidget::keyPressEvent(event);
}

void MetricsPane::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    updateState();
    if (!paused)
        refresh();
}

void MetricsPane::setWindowSeconds(int seconds)
{
    if (seconds == m_seconds)
        return;
    m_seconds = seconds;
    (seconds == kHour ? m_hour : m_fiveMinutes)->setChecked(true);
    if (isVisible())
        redraw(); // a person's choice: shown at once, paused or not
}

void MetricsPane::updateState()
{
    m_pause->setText(m_paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setAccessibleName(m_paused ? tr("Resume the live charts") : tr("Pause the live charts"));
    m_state->setText(m_paused ? tr("Paused at %1 — Space resumes")
                                    .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                              : tr("Live, every second — Space pauses"));
}

void MetricsPane::refresh()
{
    if (m_paused || !isVisible())
        return;
    redraw();
}

void MetricsPane::refreshModels()
{
    const QStringList models = m_history->models();
    QStringList shown;
    for (int i = 0; i < m_model->count(); ++i)
        shown << m_model->itemText(i);
    if (models == shown)
        return;
    const QString current = m_model->currentText();
    const QSignalBlocker block(m_model);
    m_model->clear();
    m_model->addItems(models);
    m_model->setCurrentIndex(models.isEmpty() ? -1 : qMax(0, models.indexOf(current)));
}

void MetricsPane::redraw()
{
    ++m_refreshes;
    refreshModels();
    const int step = m_seconds > kFiveMinutes ? 10 : 1;
    const MetricsWindow window(*m_history, m_seconds, step);
    const QVector<qint64> times = window.times();
    // The time axis moves in whole steps of its labels' grain, so its labels are laid out again only then, not
    // every second: 5 min are drawn on 6 min labelled every 2 min, 1 h on 80 min labelled every 20 min, the
    // newest point at most one grain from the right edge.
    const qint64 grain = m_seconds > kFiveMinutes ? 20 * 60000 : 60000;
    const qint64 newest = times.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : times.last();
    const qint64 to = (newest / grain + 1) * grain;
    const qint64 from = to - qint64(m_seconds) * 1000 - grain;
    const int timeTicks = m_seconds > kFiveMinutes ? 5 : 4;
    const QString model = m_model->currentText();
    const QLocale locale;
    const QString span = m_seconds == kHour ? tr("1 h") : tr("5 min");

    const auto number = [&locale](double v) {
        if (std::isnan(v))
            return tr("–");
        return locale.toString(v, 'f', std::fabs(v) < 10 && v != std::floor(v) ? 1 : 0);
    };
    const auto perSecond = [&](double v) { return tr("%1/s").arg(number(v)); };
    const auto duration = [&](double seconds) {
        if (std::isnan(seconds))
            return tr("–");
        return seconds < 1 ? tr("%1 ms").arg(number(seconds * 1000)) : tr("%1 s").arg(locale.toString(seconds, 'f', 2));
    };

    m_times = times;
    m_columnNames.clear();
    m_columns.clear();
    // Draws one chart: its columns, its title (name and current value), and each line's current value in its
    // description.
    const auto show = [&](Chart c, const QVector<QVector<double>> &columns, const QString &title,
                          const QStringList &values, const QString &unit) {
        MetricsChart *chart = m_charts[c];
        QStringList now;
        for (int i = 0; i < chart->lineCount(); ++i) {
            const QString line = chart->lineName(i);
            now << tr("%1 %2").arg(line, values.value(i));
            m_columnNames << (unit.isEmpty() ? tr("%1: %2").arg(chart->name(), line)
                                             : tr("%1: %2 (%3)").arg(chart->name(), line, unit));
            m_columns << columns.value(i);
        }
        chart->setData(from, to, timeTicks, times, columns, title, now.join(tr(", ")));
    };
    const auto sumLast = [](const QVector<QVector<double>> &columns) {
        double sum = 0;
        for (const auto &c : columns)
            sum += std::isnan(lastValue(c)) ? 0 : lastValue(c);
        return sum;
    };

    using H = MetricsHistory;
    {
        const QVector<QVector<double>> cols{window.rate(H::RequestsKiss), window.rate(H::RequestsLightspeed),
                                            window.rate(H::RequestsOther)};
        show(Protocols, cols, tr("Requests: %1").arg(perSecond(sumLast(cols))),
             {perSecond(lastValue(cols[0])), perSecond(lastValue(cols[1])), perSecond(lastValue(cols[2]))},
             tr("per second"));
    }
    {
        const QVector<QVector<double>> cols{window.rate(H::Status2xx), window.rate(H::Status4xx),
                                            window.rate(H::Status5xx)};
        const double all = sumLast(cols);
        const double errors = lastValue(cols[2]);
        show(Statuses, cols,
             all > 0 ? tr("Errors (5xx): %1 %").arg(number(errors / all * 100)) : tr("Errors (5xx): none"),
             {perSecond(lastValue(cols[0])), perSecond(lastValue(cols[1])), perSecond(lastValue(cols[2]))},
             tr("per second"));
    }
    const auto percentiles = [&](Chart c, H::Distribution d, const QString &key, int lines, const QString &nothing) {
        static const double qs[] = {0.5, 0.95, 0.99};
        QVector<QVector<double>> cols;
        QStringList values;
        for (int i = 0; i < lines; ++i) {
            QVector<double> col = window.quantile(d, qs[i], key);
            for (double &v : col)
                v *= 1000; // drawn in milliseconds
            cols << col;
            values << duration(window.quantileOverWindow(d, qs[i], key));
        }
        const double count = window.countOverWindow(d, key);
        const QString name = m_charts[c]->name();
        show(c, cols,
             count > 0 ? tr("%1 p95: %2").arg(name, duration(window.quantileOverWindow(d, 0.95, key)))
                       : tr("%1: %2").arg(name, nothing),
             values, tr("ms"));
    };
    percentiles(Latency, H::Latency, {}, 3, tr("no requests"));
    {
        const QVector<QVector<double>> cols{window.level(H::OpenConnections), window.level(H::WebSockets)};
        show(Connections, cols, tr("Open connections: %1").arg(number(sumLast(cols))),
             {number(lastValue(cols[0])), number(lastValue(cols[1]))}, {});
    }
    {
        const QVector<QVector<double>> cols{window.level(H::ActiveSessions), window.level(H::ActiveStacks)};
        show(Sessions, cols,
             tr("Active sessions: %1").arg(number(lastValue(cols[0]))),
             {number(lastValue(cols[0])), number(lastValue(cols[1]))}, {});
    }
    {
        const QVector<double> col = window.rate(H::TokensReceived);
        show(Tokens, {col}, tr("Tokens: %1").arg(perSecond(lastValue(col))), {perSecond(lastValue(col))},
             tr("per second"));
    }
    const QString noModel = model.isEmpty() ? tr("no calls yet") : tr("none in %1").arg(span);
    percentiles(FirstToken, H::FirstToken, model, 2, noModel);
    percentiles(QueueWait, H::QueueWait, model, 2, noModel);
    {
        const QVector<double> col = window.rate(H::IngestChunks);
        show(Ingestion, {col}, tr("Ingestion: %1").arg(tr("%1 chunks/s").arg(number(lastValue(col)))),
             {perSecond(lastValue(col))}, tr("chunks per second"));
    }
    {
        const QVector<double> col = window.level(H::ResidentBytes, 1.0 / (1024 * 1024));
        const QString value = tr("%1 MiB").arg(number(lastValue(col)));
        show(Memory, {col}, tr("Memory: %1").arg(value), {value}, tr("MiB"));
    }
    {
        const QVector<double> col = window.rate(H::CpuSeconds, 100.0);
        const QString value = tr("%1 %").arg(number(lastValue(col)));
        show(Cpu, {col}, tr("CPU: %1").arg(value), {value}, tr("% of one core"));
    }
}

QFuture<QString> MetricsPane::exportCsv(const QString &path) const
{
    QByteArray out = "time";
    for (const QString &name : m_columnNames)
        out += ',' + csvField(name);
    out += '\n';
    for (int r = 0; r < m_times.size(); ++r) {
        QByteArray row = QDateTime::fromMSecsSinceEpoch(m_times[r], Qt::UTC).toString(Qt::ISODate).toUtf8();
        for (const QVector<double> &column : m_columns) {
            row += ',';
            const double v = column.value(r, qQNaN());
            if (!std::isnan(v))
                row += QByteArray::number(v, 'g', 8);
        }
        out += row + '\n';
    }
    return saveInBackground(path, out);
}

void MetricsPane::exportAsked()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("aistack-metrics-%1.csv").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export metrics"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    whenReady(this, exportCsv(path), [this](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export metrics"), error);
    });
}

} // namespace aistack
