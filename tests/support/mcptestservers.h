#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace aistack::test {

// The two real MCP servers of the tests (installer/mcp-servers.sh; the folder comes from AISTACK_MCP_SERVERS,
// which the test runner sets), each a node process on a loopback port, stopped with this object.
// - Everything: @modelcontextprotocol/server-everything in streamableHttp mode: sessions, answers in SSE.
//   The package listens without a host; tests/mcp/loopbackonly.cjs, preloaded, makes that 127.0.0.1.
// - Json: tests/mcp/jsonserver.mjs on the MCP SDK: no sessions, answers in plain JSON, 127.0.0.1 only.
// - Sessions: the same script keeping sessions; an unknown session gets 404 (POST /expire forgets them all,
//   GET /stats counts the sessions started, the 404s given and the sessions ended by DELETE).
class McpTestServer
{
public:
    enum class Kind { Everything, Json, Sessions };
    explicit McpTestServer(Kind kind) : m_kind(kind) {}
    ~McpTestServer();

    static QString folder() { return qEnvironmentVariable("AISTACK_MCP_SERVERS"); }

    // Starts it and waits until it listens (up to 30 s).
    bool start(QString *error);
    void stop();
    // Starts it again on the same port: a new process that knows no session of the old one.
    bool restart(QString *error);
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_port); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    bool launch(QString *error);

    Kind m_kind;
    QProcess m_process;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
};

} // namespace aistack::test
