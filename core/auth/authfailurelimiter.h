#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QVector>

namespace aistack {

// Counts failed logins per client address in a sliding window. Once an address has `maxFailures` within
// `windowMs`, it is refused until the oldest failure leaves the window. Thread-safe; memory is bounded by
// forgetting addresses whose failures have all expired. A success forgives nothing: otherwise a valid login
// (or a new temporary session) would reset the count between guesses.
class AuthFailureLimiter
{
public:
    AuthFailureLimiter(int maxFailures, qint64 windowMs) : m_max(maxFailures), m_windowMs(windowMs) {}

    // 0 when the address may try; otherwise how many milliseconds until it may try again.
    qint64 retryAfterMs(const QString &address, qint64 nowMs);
    void recordFailure(const QString &address, qint64 nowMs);

private:
    void prune(QVector<qint64> &times, qint64 nowMs) const;
    void sweep(qint64 nowMs);

    int m_max;
    qint64 m_windowMs;
    QMutex m_mutex;
    QHash<QString, QVector<qint64>> m_failures;
    qint64 m_lastSweep = 0;
};

} // namespace aistack
