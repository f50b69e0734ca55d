#pragma once

#include <QDateTime>
#include <QString>

// Timestamps written as the original's Python code writes them (microseconds; Qt keeps milliseconds).
namespace aistack::PythonTime {

// str(datetime.now(UTC)): "2025-08-22 10:11:12.123000+00:00"
inline QString str(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000+00:00"));
}

// datetime.now(UTC).isoformat(): "2025-08-22T10:11:12.123000+00:00"
inline QString iso(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000+00:00"));
}

} // namespace aistack::PythonTime
