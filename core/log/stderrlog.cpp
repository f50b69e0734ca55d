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

void StderrLog::write(LogLevel level, const QString &message)
{
    if (!enabled(level))
        return;
    const QByteArray line = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")).toUtf8()
                            + ' ' + logLevelName(level) + ' ' + message.toUtf8() + '\n';
    QMutexLocker lock(&m_mutex);
    m_buffer += line;
    if (m_buffer.size() > 32 * 1024 || int(level) >= int(LogLevel::Warning)) {
        std::fwrite(m_buffer.constData(), 1, size_t(m_buffer.size()), stderr);
        std::fflush(stderr);
        m_buffer.clear();
    }
}

void StderrLog::flush()
{
    QMutexLocker lock(&m_mutex);
    if (m_buffer.isEmpty())
        return;
    std::fwrite(m_buffer.constData(), 1, size_t(m_buffer.size()), stderr);
    std::fflush(stderr);
    m_buffer.clear();
}

void StderrLog::installAsMessageHandler()
{
    g_handlerLog = this;
    qInstallMessageHandler(messageHandler);
}

} // namespace aistack
