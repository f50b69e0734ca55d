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
    // A line of the request-log file: the UTC time (ISO 8601, milliseconds), then the access-log line.
    QByteArray toFileLine() const;
    // Reads a line written by toFileLine(); false for anything else.
    static bool fromFileLine(const QByteArray &line, RequestRecord *out);
};

} // namespace aistack

Q_DECLARE_METATYPE(aistack::RequestRecord)
