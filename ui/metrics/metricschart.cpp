#include "metricschart.h"

#include "widgets/palettecolors.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

namespace aistack {

// Made with its chart: QChartView(parent) makes a default chart, which setChart() would release, not delete.
MetricsChart::MetricsChart(const QString &name, const QStringList &lines, QWidget *parent)
    : QChartView(new QChart, parent), m_name(name), m_lines(lines), m_colors(lines.size()), m_time(new QDateTimeAxis), m_value(new QValueAxis)
{
    setAccessibleName(name);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 170);
    QChart *chart = this->chart();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(4);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_value, Qt::AlignLeft);
    for (const QString &legend : lines) {
        auto *series = new QLineSeries(chart);
        series->setName(legend);
        series->setUseOpenGL(false);
        chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_value);
        m_series << series;
    }
    chart->legend()->setVisible(lines.size() > 1);
    applyPalette(palette());
}

void MetricsChart::setLineColor(int i, const QColor &color)
{
    m_colors[i] = color;
    QPen pen = m_series[i]->pen();
    pen.setColor(color);
    m_series[i]->setPen(pen);
}

namespace {
// The smallest of 1, 2, 2.5, 5 times a power of ten that is at least x (x > 0).
double niceCeil(double x)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(x)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= x * (1 - 1e-9))
            return m * magnitude;
    }
    return 10 * magnitude;
}
} // namespace

void MetricsChart::setDotted(bool dotted)
{
    for (QLineSeries *series : std::as_const(m_series)) {
        series->setPointsVisible(dotted);
        series->setMarkerSize(4);
    }
}

void MetricsChart::setWholeNumbers(bool whole)
{
    m_wholeNumbers = whole;
    m_rangeSet = false;
}

void MetricsChart::setData(qint64 from, qint64 to, int timeTicks, const QVector<qint64> &times,
                           const QVector<QVector<double>> &columns, const QString &title, const QString &description)
{
    double low = qInf(), high = -qInf();
    for (int i = 0; i < m_series.size(); ++i) {
        const QVector<double> &values = columns.value(i);
        QList<QPointF> points;
        points.reserve(values.size());
        for (int r = 0; r < values.size() && r < times.size(); ++r) {
            if (std::isnan(values[r]))
                continue;
            points.append(QPointF(double(times[r]), values[r]));
            low = qMin(low, values[r]);
            high = qMax(high, values[r]);
        }
        if (points != m_series[i]->points()) // an unchanged line (none yet, say) is not drawn again
            m_series[i]->replace(points);
    }
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(from), end = QDateTime::fromMSecsSinceEpoch(to);
    if (m_time->min() != start || m_time->max() != end) {
        m_time->setFormat(QStringLiteral("HH:mm"));
        m_time->setTickCount(timeTicks);
        m_time->setRange(start, end);
    }
    // The value axis: 0 (or a round number below the data) up to a round number above it, in four steps; it
    // grows at once when the data outgrows it and shrinks when the data uses less than a third of it.
    if (high < low) { // no points at all
        low = 0;
        high = 0;
    }
    double bottom = 0;
    if (!m_zeroBased && high > low) {
        const double step = niceCeil((high - low) / 4);
        bottom = std::floor(low / step) * step;
    } else if (!m_zeroBased) {
        bottom = high > 0 ? std::floor(high * 0.9) : 0;
    }
    const double span = high - bottom;
    double step = span > 0 ? niceCeil(span * 1.05 / 4) : 0.25;
    if (m_wholeNumbers)
        step = std::ceil(step);
    const double top = bottom + step * 4;
    const bool fits = m_rangeSet && bottom >= m_value->min() && high <= m_value->max();
    const bool tooBig = (m_value->max() - m_value->min()) > 3 * (top - bottom);
    const bool farAbove = !m_zeroBased && bottom > m_value->min() + (top - bottom);
    if (!fits || tooBig || farAbove) {
        m_value->setLabelFormat(step == std::floor(step) ? QStringLiteral("%.0f") : QStringLiteral("%.3g"));
        m_value->setRange(bottom, top);
        m_rangeSet = true;
    }
    if (chart()->title() != title)
        chart()->setTitle(title);
    setAccessibleDescription(description);
    setToolTip(description);
}

void MetricsChart::applyPalette(const QPalette &palette)
{
    QChart *c = chart();
    c->setTheme(PaletteColors::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme sets its own background and fonts: the window's surface and a compact size read better in a grid.
    c->setBackgroundBrush(palette.color(QPalette::Base));
    c->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    c->setTitleBrush(palette.color(QPalette::Text));
    QFont title = font();
    title.setBold(true);
    c->setTitleFont(title);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    c->legend()->setFont(small);
    c->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_value)}) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(PaletteColors::secondary(palette));
        QPen grid = axis->gridLinePen();
        grid.setColor(palette.color(QPalette::Midlight));
        axis->setGridLinePen(grid);
    }
    m_value->setTickCount(5);
    for (int i = 0; i < m_series.size(); ++i) {
        QPen pen = m_series[i]->pen();
        pen.setWidthF(1.6);
        if (m_colors[i].isValid())
            pen.setColor(m_colors[i]);
        m_series[i]->setPen(pen);
    }
    setBackgroundBrush(palette.color(QPalette::Window));
}

} // namespace aistack
