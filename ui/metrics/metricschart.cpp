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

MetricsChart::MetricsChart(const QString &name, const QStringList &lines, QWidget *parent)
    : QChartView(parent), m_name(name), m_lines(lines), m_colors(lines.size()), m_time(new QDateTimeAxis), m_value(new QValueAxis)
{
    setAccessibleName(name);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 170);
    auto *chart = new QChart;
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
    setChart(chart);
    applyPalette(palette());
}

void MetricsChart::setLineColor(int i, const QColor &color)
{
    m_colors[i] = color;
    QPen pen = m_series[i]->pen();
    pen.setColor(color);
    m_series[i]->setPen(pen);
}

void MetricsChart::setData(qint64 from, qint64 to, const QVector<qint64> &times,
                           const QVector<QVector<double>> &columns, const QString &title, const QStringList &legends)
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
        m_series[i]->replace(points);
        if (i < legends.size())
            m_series[i]->setName(legends[i]);
    }
    m_time->setFormat(to - from > 10 * 60 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    if (high < low) { // no points at all
        low = 0;
        high = 1;
    }
    if (m_zeroBased)
        low = qMin(0.0, low);
    if (high - low < 1e-9)
        high = low + qMax(1.0, std::fabs(low) * 0.1);
    m_value->setRange(low, high + (high - low) * 0.08);
    m_value->applyNiceNumbers();
    chart()->setTitle(title);
    setAccessibleDescription(title);
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
    m_time->setTickCount(4);
    m_value->setTickCount(4);
    m_value->setLabelFormat(QStringLiteral("%.3g"));
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
