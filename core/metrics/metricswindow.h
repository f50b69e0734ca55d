#pragma once

#include "metricshistory.h"

#include <QString>
#include <QVector>

namespace aistack {

// A stretch of the history as the Metrics pane shows it: the last `seconds`, one row every `step` seconds, and
// the figures over it (rates, levels, percentiles), each a column of values with NaN where there is none (a
// percentile of a step without observations). Every column of a window shares its rows' times.
class MetricsWindow
{
public:
    MetricsWindow(const MetricsHistory &history, int seconds, int step);

    int rows() const { return int(m_samples.size()) - 1; } // the first sample is the baseline of the first row
    QVector<qint64> times() const;                          // ms since the epoch, one per row (its step's end)

    // Per-second rate of a running total over each step, times scale.
    QVector<double> rate(MetricsHistory::Figure f, double scale = 1.0) const;
    // A level at each row, times scale.
    QVector<double> level(MetricsHistory::Figure f, double scale = 1.0) const;
    // The q-quantile (0..1) of the observations made in each step.
    QVector<double> quantile(MetricsHistory::Distribution d, double q, const QString &model = {}) const;
    // The q-quantile of every observation in the window; NaN when there was none.
    double quantileOverWindow(MetricsHistory::Distribution d, double q, const QString &model = {}) const;
    // Observations in the window.
    double countOverWindow(MetricsHistory::Distribution d, const QString &model = {}) const;

    // Prometheus' histogram_quantile: linear interpolation inside the bucket holding the q-th observation;
    // counts are per bucket (not cumulative), bounds the buckets' upper bounds with +Inf last. NaN for no counts.
    static double histogramQuantile(const QVector<double> &bounds, const QVector<double> &counts, double q);

private:
    QVector<double> delta(MetricsHistory::Distribution d, int from, int to, const QString &model) const;

    const MetricsHistory &m_history;
    QVector<int> m_samples; // history indices: the baseline, then each row's sample, oldest first
};

} // namespace aistack
