#include "stderrlog.h"

#include <QDateTime>
#include <cstdio>

namespace aistack {

namespace {
StderrLog *g_handlerLog = nullptr; // only the composition root installs it

void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (g_handlerLog)
        g_handlerLog->write(logLevelOf(type), message);
}
} // namespace

StderrLog::~StderrLog()
{
    if (g_handlerLog == this) {
        qInstallMessageHandler(nullptr);
        g_handlerLog = nullptr;
    }
    flush();
}

void StderrLog::appendPrefix(qint64 ms, LogLevel level)
{
    if (ms / 1000 != m_stampSecond) {
        m_stampSecond = ms / 1000;
        m_stamp = QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8();
    }
    char millis[5];
    qsnprintf(millis, sizeof millis, ".%03d", int(ms % 1000));
    m_buffer += m_stamp;
    m_buffer += millis;
    m_buffer += ' ';
    m_buffer += logLevelName(level);
    m_buffer += ' ';
}

void StderrLog::writeOut()
{
    if (m_buffer.isEmpty())
        return;
    std::fwrite(m_buffer.constData(), 1, size_t(m_buffer.size()), stderr);
    std::fflush(stderr);
    m_buffer.clear();
}

void StderrLog::write(LogLevel level, const QByteArray &message)
{
    if (!enabled(level))
        return;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    appendPrefix(ms, level);
    m_buffer += message;
    m_buffer += '\n';
    if (m_buffer.size() > 32 * 1024 || int(level) >= int(LogLevel::Warning))
        writeOut();
}

void StderrLog::writeRequests(const QVector<RequestRecord> &batch)
{
    if (!enabled(LogLevel::Info))
        return;
    QMutexLocker lock(&m_mutex);
    m_buffer.reserve(m_buffer.size() + batch.size() * 128);
    for (const RequestRecord &r : batch) {
        appendPrefix(r.when.toMSecsSinceEpoch(), LogLevel::Info);
        r.appendLogLine(m_buffer);
        m_buffer += '\n';
    }
    writeOut();
}

void StderrLog::flush()
{
    QMutexLocker lock(&m_mutex);
    writeOut();
}

void StderrLog::installAsMessageHandler()
{
    g_handlerLog = this;
    qInstallMessageHandler(messageHandler);
}

} // namespace aistack
