#pragma once

#include "requestrecord.h"

#include <QFile>
#include <QString>
#include <QVector>

namespace aistack {

// The request log kept across restarts: one line per answered request (RequestRecord::toFileLine), appended
// in batches by the request log's writer thread. Bounded: when the file passes maxBytes it becomes
// `<path>.1` (replacing the previous one) and a new file starts, so at most about twice maxBytes are kept.
class RequestLogFile
{
public:
    RequestLogFile(QString path, qint64 maxBytes);

    // Appends the batch with one write (the writer thread). Errors are reported once on qWarning.
    void append(const QVector<RequestRecord> &batch);
    QString path() const { return m_path; }

    // The newest maxRows records of the file and its rotated predecessor, oldest first (blocks: disk).
    static QVector<RequestRecord> readRecent(const QString &path, int maxRows);

private:
    bool open();
    void rotate();

    QString m_path;
    qint64 m_maxBytes;
    QFile m_file;
    bool m_failed = false;
    QByteArray m_block;                  // the batch's lines, reused
    qint64 m_stampSecond = -1;           // the time stamp's second, formatted once a second
    QByteArray m_secondStamp;
};

} // namespace aistack
