#pragma once

#include <QChartView>
#include <QVector>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace aistack {

// One small live chart of the Metrics pane: a few named lines over a time axis. Each update replaces every
// line's points in one call (QXYSeries::replace) and rescales the value axis; the title carries the current
// value, and so does each line's legend entry.
class MetricsChart : public QChartView
{
    Q_OBJECT
public:
    // name: what the chart shows (also its accessible name); lines: the legend names of its series.
    MetricsChart(const QString &name, const QStringList &lines, QWidget *parent = nullptr);

    const QString &name() const { return m_name; }
    int lineCount() const { return int(m_series.size()); }
    QLineSeries *line(int i) const { return m_series.at(i); }
    const QString &lineName(int i) const { return m_lines.at(i); }
    // The value axis starts at zero unless told otherwise (memory: its range follows the data).
    void setZeroBased(bool zeroBased) { m_zeroBased = zeroBased; }
    // Sparse lines (percentiles of steps that had observations): each point drawn as a dot, so that a lone
    // point shows.
    void setDotted(bool dotted);
    // Counts (connections, sessions): whole-number steps on the value axis.
    void setWholeNumbers(bool whole);
    // The line's colour, kept across theme changes (status classes: green, amber, red).
    void setLineColor(int i, const QColor &color);

    // Shows columns[i] (NaN: no point) over times (ms since the epoch) in the window [from, to], with
    // timeTicks labels on the time axis; title is the headline (name and current value), description the
    // current value of every line (for a screen reader and the tooltip). Only what changed is laid out again:
    // the axes keep their range (and their labels) while the data fits, the title while its text is the same.
    void setData(qint64 from, qint64 to, int timeTicks, const QVector<qint64> &times,
                 const QVector<QVector<double>> &columns, const QString &title, const QString &description);
    // Light or dark chart theme after the palette.
    void applyPalette(const QPalette &palette);

private:
    QString m_name;
    QStringList m_lines;
    QVector<QLineSeries *> m_series;
    QVector<QColor> m_colors;
    QDateTimeAxis *m_time;
    QValueAxis *m_value;
    bool m_zeroBased = true;
    bool m_wholeNumbers = false;
    bool m_rangeSet = false; // the value axis has a range of this chart's choosing
};

} // namespace aistack
