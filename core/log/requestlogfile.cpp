#include "requestlogfile.h"

#include "common/mayblock.h"

#include <QDebug>
#include <QDir>
#include <QFileInfo>

namespace aistack {

namespace {
QString rotatedPath(const QString &path)
{
    return path + QStringLiteral(".1");
}

// The complete lines of the last `budget` bytes of a file, oldest first.
QList<QByteArray> tailLines(const QString &path, qint64 budget)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 start = qMax<qint64>(0, file.size() - budget);
    file.seek(start);
    QByteArray data = file.readAll();
    if (start > 0) { // the first line is cut
        const int firstEnd = data.indexOf('\n');
        data = firstEnd < 0 ? QByteArray() : data.mid(firstEnd + 1);
    }
    QList<QByteArray> lines = data.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace

RequestLogFile::RequestLogFile(QString path, qint64 maxBytes) : m_path(std::move(path)), m_maxBytes(maxBytes)
{
}

bool RequestLogFile::open()
{
    if (m_file.isOpen())
        return true;
    if (m_failed)
        return false;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_failed = true; // said once; the pane and standard error still get the records
        qWarning().noquote() << "request log: cannot write" << m_path << ':' << m_file.errorString();
        return false;
    }
    return true;
}

void RequestLogFile::rotate()
{
    m_file.close();
    QFile::remove(rotatedPath(m_path));
    QFile::rename(m_path, rotatedPath(m_path));
}

void RequestLogFile::append(const QVector<RequestRecord> &batch)
{
    if (batch.isEmpty() || !open())
        return;
    m_block.resize(0); // keeps its capacity
    m_block.reserve(batch.size() * 112);
    for (const RequestRecord &r : batch) {
        r.appendFileTime(m_block, &m_stampSecond, &m_secondStamp);
        m_block += ' ';
        r.appendLogLine(m_block);
        m_block += '\n';
    }
    m_file.write(m_block);
    m_file.flush();
    if (m_file.size() >= m_maxBytes) {
        rotate();
        open();
    }
}

QVector<RequestRecord> RequestLogFile::readRecent(const QString &path, int maxRows)
{
    AISTACK_BLOCKING();
    const qint64 budget = qint64(maxRows) * 512; // generous for long paths
    QList<QByteArray> lines = tailLines(path, budget);
    if (lines.size() < maxRows)
        lines = tailLines(rotatedPath(path), budget) + lines;
    QVector<RequestRecord> out;
    const qsizetype first = qMax<qsizetype>(0, lines.size() - maxRows);
    out.reserve(lines.size() - first);
    for (qsizetype i = first; i < lines.size(); ++i) {
        RequestRecord r;
        if (RequestRecord::fromFileLine(lines.at(i), &r))
            out.push_back(r);
    }
    return out;
}

} // namespace aistack
