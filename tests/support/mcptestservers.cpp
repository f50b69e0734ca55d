#include "mcptestservers.h"

#include "httpclient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

namespace aistack::test {

McpTestServer::~McpTestServer()
{
    stop();
}

bool McpTestServer::start(QString *error)
{
    if (folder().isEmpty()) {
        *error = QStringLiteral("AISTACK_MCP_SERVERS is not set");
        return false;
    }
    m_port = freeLoopbackPort();
    return launch(error);
}

bool McpTestServer::launch(QString *error)
{
    const QString modules = folder() + QStringLiteral("/node_modules");
    QStringList arguments;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (m_kind == Kind::Everything) {
        arguments << QStringLiteral("-r") << QStringLiteral(AISTACK_MCP_LOOPBACK_ONLY)
                  << modules + QStringLiteral("/@modelcontextprotocol/server-everything/dist/index.js")
                  << QStringLiteral("streamableHttp");
        env.insert(QStringLiteral("PORT"), QString::number(m_port));
    } else {
        // An ES module finds its packages from its own folder: a copy beside a link to node_modules.
        const QString script = m_dir.filePath(QStringLiteral("jsonserver.mjs"));
        if (!QFile::exists(script) &&
            (!QFile::copy(QStringLiteral(AISTACK_MCP_JSON_SERVER), script) ||
             !QFile::link(modules, m_dir.filePath(QStringLiteral("node_modules"))))) {
            *error = QStringLiteral("cannot prepare %1").arg(script);
            return false;
        }
        arguments << script << QString::number(m_port);
        if (m_kind == Kind::Sessions)
            arguments << QStringLiteral("sessions");
    }
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("node"), arguments);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("node did not start: %1").arg(m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        if (probe.waitForConnected(200))
            return true;
        if (m_process.state() != QProcess::Running)
            break;
        QThread::msleep(100);
    }
    *error = QStringLiteral("the MCP server did not listen on %1: %2")
                 .arg(m_port)
                 .arg(QString::fromUtf8(m_process.readAll()));
    return false;
}

void McpTestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool McpTestServer::restart(QString *error)
{
    stop();
    return launch(error);
}

} // namespace aistack::test
