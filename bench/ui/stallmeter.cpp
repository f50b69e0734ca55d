#include "stallmeter.h"

#include <algorithm>

StallMeter::StallMeter(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(10);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start()
{
    m_late.clear();
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_late.push_back(std::max(0.0, double(now - m_last) / 1e6 - 10.0));
    m_last = now;
}

double StallMeter::worstMs() const
{
    return m_late.isEmpty() ? 0 : *std::max_element(m_late.begin(), m_late.end());
}

double StallMeter::percentileMs(double p) const
{
    if (m_late.isEmpty())
        return 0;
    QVector<double> sorted = m_late;
    std::sort(sorted.begin(), sorted.end());
    return sorted[std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size())))];
}
