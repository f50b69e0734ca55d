#include "headlessprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <csignal>

namespace aistack::test {

HeadlessProcess::HeadlessProcess()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

HeadlessProcess::~HeadlessProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString HeadlessProcess::binary()
{
    return qEnvironmentVariable("AISTACK_BINARY");
}

QString HeadlessProcess::writeConfig(const QByteArray &configYaml)
{
    const QString path = m_dir.filePath(QStringLiteral("aistack.yaml"));
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(configYaml);
    return path;
}

bool HeadlessProcess::start(const QByteArray &configYaml, const QStringList &extraArgs, int timeoutMs)
{
    const QString config = writeConfig(configYaml);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path()); // keep the user's folders out of it
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    if (!env.contains(QStringLiteral("LOG_LEVEL")))
        env.insert(QStringLiteral("LOG_LEVEL"), QStringLiteral("INFO"));
    for (const auto &[name, value] : std::as_const(m_env)) {
        if (value.isEmpty())
            env.remove(name);
        else
            env.insert(name, value);
    }
    m_process.setProcessEnvironment(env);
    m_process.setWorkingDirectory(m_dir.path());
    m_process.start(binary(), QStringList{QStringLiteral("--headless"), QStringLiteral("--config"), config,
                                          QStringLiteral("--port"), QStringLiteral("0")} +
                                  extraArgs);
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on (https?://[^\\s]+):(\\d+)"));
    QByteArray out;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        m_stderr += m_process.readAllStandardError();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_url = m.captured(1) + QLatin1Char(':') + m.captured(2);
            m_port = quint16(m.captured(2).toUInt());
            return true;
        }
    }
    return false;
}

void HeadlessProcess::setEnv(const QString &name, const QString &value)
{
    m_env.append({name, value});
}

int HeadlessProcess::terminate(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    m_stderr += m_process.readAllStandardError();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QByteArray HeadlessProcess::stderrText()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

int HeadlessProcess::run(const QStringList &args, QByteArray *out, QByteArray *err,
                         const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(binary(), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

qint64 HeadlessProcess::rssBytes(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

} // namespace aistack::test
