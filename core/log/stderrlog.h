#pragma once

#include "loglevel.h"
#include "requestrecord.h"

#include <QByteArray>
#include <QMutex>
#include <QVector>

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
    // The access-log lines of a batch of answered requests (INFO, each stamped with its own time), written
    // with one call (the request log's writer thread).
    void writeRequests(const QVector<RequestRecord> &batch);

    // Routes qDebug/qInfo/qWarning/... through this log (headless mode).
    void installAsMessageHandler();

private:
    void appendPrefix(qint64 ms, LogLevel level); // m_mutex held
    void writeOut();                              // m_mutex held
    LogLevel m_threshold;
    QMutex m_mutex;
    QByteArray m_buffer;
    qint64 m_stampSecond = -1; // the formatted date and time, redone once a second
    QByteArray m_stamp;
};

} // namespace aistack
