#pragma once

#include "config/appconfig.h"
#include "llm/llmtypes.h"
#include "mcpclient.h"
#include "mcprequestheaders.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QMutex>
#include <QThreadPool>
#include <memory>
#include <vector>

namespace aistack {

class Counter;
class Histogram;
class MetricsRegistry;

// What one MCP server looked like the last time it was asked for its tools.
struct McpServerState
{
    enum class Status { NotChecked, Online, Offline };
    McpServerConfig config;
    Status status = Status::NotChecked;
    QString error; // why it is offline
    QVector<McpTool> tools;
    QDateTime checkedAt;
};

// The configured mcp_servers and their tools: one MCP client per server, the tools each last listed, and
// the calls the model asks for. Blocking calls for worker threads; thread-safe.
class McpRegistry
{
public:
    // metrics (may be null): aistack_mcp_tool_calls_total{server,tool,outcome} and
    // aistack_mcp_tool_call_seconds{server}.
    explicit McpRegistry(const QVector<McpServerConfig> &servers, MetricsRegistry *metrics = nullptr);
    ~McpRegistry(); // ends every session (DELETE)
    McpRegistry(const McpRegistry &) = delete;
    McpRegistry &operator=(const McpRegistry &) = delete;

    bool isEmpty() const { return m_servers.empty(); }
    // Every server's last known state, in configuration order. Never blocks on a server.
    QVector<McpServerState> states() const;
    // Lists one server's tools again (without a request's headers) and keeps the result; returns the new
    // state. An unreachable server keeps its last known tools, to say which are unavailable.
    McpServerState refresh(const QString &server);
    void refreshAll();

    // The tools a query may use, each with its server in ToolSpec::source. A server not listed yet, or one
    // the request brings headers for, is listed now; a server that cannot be reached is left out, and it and
    // its last known tools are named in *unavailable.
    QList<ToolSpec> toolsFor(const McpRequestHeaders &headers, QStringList *unavailable);
    // Runs one call on the tool's server; the response is cut to maxChars. A server that cannot be reached
    // or a tool that fails gives a run with isError and the reason as its response.
    ToolRun call(const ToolRun &request, const McpRequestHeaders &headers, int maxChars);

    // Ends every server's session (DELETE); later calls start new ones.
    void closeAll();
    // Where tool calls run (not the callers' pools: a query's worker waits for its calls).
    QThreadPool *pool() { return &m_pool; }

    // The headers of a request meant for one server.
    static McpClient::Headers headersFor(const McpServerConfig &server, const McpRequestHeaders &headers);

private:
    struct Server
    {
        McpServerConfig config;
        std::unique_ptr<McpClient> client;
    };
    const Server *find(const QString &name) const;
    // A server's tools as listed now with these headers; kept nowhere.
    McpServerState list(const Server &server, const McpRequestHeaders &headers) const;

    std::vector<Server> m_servers;
    Counter *m_calls = nullptr;
    Histogram *m_callSeconds = nullptr;
    mutable QMutex m_mutex;
    QVector<McpServerState> m_states; // guarded by m_mutex, in m_servers' order
    QThreadPool m_pool;
};

} // namespace aistack

Q_DECLARE_METATYPE(aistack::McpServerState)
