#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace aistack {

// One answered HTTP request, as the access log and the GUI's request table show it.
struct RequestRecord
{
    QDateTime when;
    QString method;
    QString path;
    int status = 0;
    double durationMs = 0;
    QString client;
    qint64 bytesSent = 0;

    QByteArray toLogLine() const; // one access-log line, built without QString formatting
    // Appends the access-log line to out: no temporaries, for the writer's batches.
    void appendLogLine(QByteArray &out) const;
    // A line of the request-log file: the UTC time (ISO 8601, milliseconds), then the access-log line.
    QByteArray toFileLine() const;
    // Appends the file line's time, "2026-01-02T03:04:05.678Z" (the part before the milliseconds is kept in
    // secondStamp/stampSecond and redone once a second).
    void appendFileTime(QByteArray &out, qint64 *stampSecond, QByteArray *secondStamp) const;
    // Reads a line written by toFileLine(); false for anything else.
    static bool fromFileLine(const QByteArray &line, RequestRecord *out);
};

} // namespace aistack

Q_DECLARE_METATYPE(aistack::RequestRecord)
