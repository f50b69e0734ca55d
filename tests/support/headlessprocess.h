#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace aistack::test {

// The built `aistack` binary (path from AISTACK_BINARY), started with a temporary config on
// a free loopback port (--port 0), as a user or systemd would start it.
class HeadlessProcess
{
public:
    HeadlessProcess();
    ~HeadlessProcess();

    // Writes configYaml to a file in a temporary folder (which is also the data folder).
    QString writeConfig(const QByteArray &configYaml);
    // Starts `aistack --headless --config <file> --port 0 [extra]`, waits for "listening on".
    bool start(const QByteArray &configYaml, const QStringList &extraArgs = {}, int timeoutMs = 15000);
    // Extra environment for the next start (e.g. SESSION_DB_URL, ACCESS_TOKEN_SECRET_KEY); empty removes it.
    void setEnv(const QString &name, const QString &value);
    // SIGTERM, then waits for exit. Returns the exit code (-1 on crash or timeout).
    int terminate(int timeoutMs = 15000);

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString dir() const { return m_dir.path(); }
    QByteArray stderrText();
    QProcess &process() { return m_process; }
    QString url() const { return m_url; }

    static QString binary();
    // Runs the binary to completion with the given arguments (for --check-config, --version...).
    static int run(const QStringList &args, QByteArray *out, QByteArray *err,
                   const QProcessEnvironment &env = {}, int timeoutMs = 15000);
    // Resident set size of a process in bytes (from /proc).
    static qint64 rssBytes(qint64 pid);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_stderr;
    QList<QPair<QString, QString>> m_env;
    quint16 m_port = 0;
    QString m_url;
};

} // namespace aistack::test
