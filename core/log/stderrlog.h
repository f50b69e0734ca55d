#pragma once

#include "loglevel.h"

#include <QByteArray>
#include <QMutex>

namespace aistack {

// Buffered, thread-safe log lines on standard error, filtered by level. Lines are flushed
// when the buffer grows past 32 KiB, on flush() (called by a timer) and on destruction, so
// that an access log at tens of thousands of requests per second costs no syscall each.
class StderrLog
{
public:
    explicit StderrLog(LogLevel threshold) : m_threshold(threshold) {}
    ~StderrLog();

    bool enabled(LogLevel level) const { return int(level) >= int(m_threshold); }
    void write(LogLevel level, const QString &message) { write(level, message.toUtf8()); }
    void write(LogLevel level, const QByteArray &message);
    void flush();

    // Routes qDebug/qInfo/qWarning/... through this log (headless mode).
    void installAsMessageHandler();

private:
    LogLevel m_threshold;
    QMutex m_mutex;
    QByteArray m_buffer;
    qint64 m_stampSecond = -1; // the formatted date and time, redone once a second
    QByteArray m_stamp;
};

} // namespace aistack
