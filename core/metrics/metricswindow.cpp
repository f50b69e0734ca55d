#include "metricswindow.h"

#include <cmath>
#include <limits>

namespace aistack {

namespace {
constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
}

MetricsWindow::MetricsWindow(const MetricsHistory &history, int seconds, int step) : m_history(history)
{
    const int newest = history.size() - 1;
    if (newest < 1)
        return;
    step = qMax(1, step);
    const int oldest = qMax(0, newest - seconds);
    for (int i = newest; i >= oldest; i -= step)
        m_samples.prepend(i);
    if (m_samples.first() != oldest)
        m_samples.prepend(oldest); // a history shorter than the window: the first row covers what is there
}

QVector<qint64> MetricsWindow::times() const
{
    QVector<qint64> out;
    out.reserve(rows());
    for (int r = 1; r < m_samples.size(); ++r)
        out << m_history.timeAt(m_samples[r]);
    return out;
}

QVector<double> MetricsWindow::rate(MetricsHistory::Figure f, double scale) const
{
    QVector<double> out;
    out.reserve(rows());
    for (int r = 1; r < m_samples.size(); ++r) {
        const int a = m_samples[r - 1], b = m_samples[r];
        const double seconds = double(m_history.timeAt(b) - m_history.timeAt(a)) / 1000.0;
        const double change = m_history.figure(f, b) - m_history.figure(f, a);
        out << (seconds > 0 ? qMax(0.0, change) / seconds * scale : kNone);
    }
    return out;
}

QVector<double> MetricsWindow::level(MetricsHistory::Figure f, double scale) const
{
    QVector<double> out;
    out.reserve(rows());
    for (int r = 1; r < m_samples.size(); ++r)
        out << m_history.figure(f, m_samples[r]) * scale;
    return out;
}

QVector<double> MetricsWindow::delta(MetricsHistory::Distribution d, int from, int to, const QString &model) const
{
    QVector<double> counts = m_history.buckets(d, to, model);
    const QVector<double> before = m_history.buckets(d, from, model);
    for (int j = 0; j < counts.size() && j < before.size(); ++j)
        counts[j] -= before[j];
    return counts;
}

QVector<double> MetricsWindow::quantile(MetricsHistory::Distribution d, double q, const QString &model) const
{
    const QVector<double> bounds = m_history.bounds(d);
    QVector<double> out;
    out.reserve(rows());
    for (int r = 1; r < m_samples.size(); ++r)
        out << histogramQuantile(bounds, delta(d, m_samples[r - 1], m_samples[r], model), q);
    return out;
}

double MetricsWindow::quantileOverWindow(MetricsHistory::Distribution d, double q, const QString &model) const
{
    if (m_samples.size() < 2)
        return kNone;
    return histogramQuantile(m_history.bounds(d), delta(d, m_samples.first(), m_samples.last(), model), q);
}

double MetricsWindow::countOverWindow(MetricsHistory::Distribution d, const QString &model) const
{
    if (m_samples.size() < 2)
        return 0;
    double n = 0;
    for (double c : delta(d, m_samples.first(), m_samples.last(), model))
        n += c;
    return n;
}

double MetricsWindow::histogramQuantile(const QVector<double> &bounds, const QVector<double> &counts, double q)
{
    double total = 0;
    for (double c : counts)
        total += c;
    if (total <= 0 || bounds.isEmpty() || counts.size() != bounds.size())
        return kNone;
    const double rank = qBound(0.0, q, 1.0) * total;
    double below = 0;
    for (int i = 0; i < counts.size(); ++i) {
        if (below + counts[i] >= rank && counts[i] > 0) {
            const double lower = i == 0 ? 0.0 : bounds[i - 1];
            if (std::isinf(bounds[i])) // the +Inf bucket: the highest finite bound is all that is known
                return lower;
            return lower + (bounds[i] - lower) * (rank - below) / counts[i];
        }
        below += counts[i];
    }
    return bounds.size() > 1 ? bounds[bounds.size() - 2] : kNone;
}

} // namespace aistack
