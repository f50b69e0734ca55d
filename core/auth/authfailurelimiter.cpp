#include "authfailurelimiter.h"

namespace aistack {

void AuthFailureLimiter::prune(QVector<qint64> &times, qint64 nowMs) const
{
    qsizetype keep = 0;
    while (keep < times.size() && times[keep] <= nowMs - m_windowMs)
        ++keep;
    times.remove(0, keep);
}

void AuthFailureLimiter::sweep(qint64 nowMs)
{
    if (nowMs - m_lastSweep < m_windowMs)
        return;
    m_lastSweep = nowMs;
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        prune(*it, nowMs);
        it = it->isEmpty() ? m_failures.erase(it) : std::next(it);
    }
}

qint64 AuthFailureLimiter::retryAfterMs(const QString &address, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_failures.find(address);
    if (it == m_failures.end())
        return 0;
    prune(*it, nowMs);
    if (it->size() < m_max)
        return 0;
    return qMax<qint64>(1, it->at(it->size() - m_max) + m_windowMs - nowMs);
}

void AuthFailureLimiter::recordFailure(const QString &address, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    sweep(nowMs);
    QVector<qint64> &times = m_failures[address];
    prune(times, nowMs);
    times.append(nowMs);
    if (times.size() > m_max)
        times.remove(0, times.size() - m_max);
}

} // namespace aistack
