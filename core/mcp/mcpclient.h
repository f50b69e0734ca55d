#pragma once

#include "common/blockinghttp.h"
#include "common/threadnetworks.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QVector>
#include <atomic>
#include <optional>

namespace aistack {

// Where an MCP server is and how long to wait for it (from an entry of the configuration's mcp_servers).
struct McpEndpoint
{
    QString name;
    QString url;           // the streamable HTTP endpoint, e.g. http://127.0.0.1:3001/mcp
    int timeoutMs = 30000; // per request
};

// A tool as the server lists it.
struct McpTool
{
    QString name;
    QString description;
    QJsonObject inputSchema; // JSON Schema of the arguments
};

// What a tool call gave: its content blocks, their text joined, and whether the tool itself failed.
struct McpToolResult
{
    QJsonArray content;
    QString text;
    bool isError = false;
};

// A client of one MCP server over streamable HTTP (protocol 2025-11-25, and the older versions a server
// offers). The session starts on first use: initialize, then notifications/initialized; later requests carry
// Mcp-Session-Id and MCP-Protocol-Version. Answers may be JSON or SSE (replies matched by JSON-RPC id, empty
// events skipped). A request whose session the server no longer knows (404, or the reference server's 400
// "No valid session ID") starts a new session and asks once more.
// Blocking calls for worker threads (each waits in a local event loop); thread-safe.
class McpClient
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    static const QString kProtocolVersion; // "2025-11-25"

    explicit McpClient(McpEndpoint endpoint);
    ~McpClient();
    McpClient(const McpClient &) = delete;
    McpClient &operator=(const McpClient &) = delete;

    const McpEndpoint &endpoint() const { return m_config; }

    // Every tool of the server (following nextCursor). headers go with every request (MCP-HEADERS).
    std::optional<QVector<McpTool>> listTools(QString *error, const Headers &headers = {});
    // Calls a tool. A tool that fails answers isError (not an error here); *error is for a server that
    // cannot be reached or refuses the request.
    std::optional<McpToolResult> callTool(const QString &name, const QJsonObject &arguments, QString *error,
                                          const Headers &headers = {});
    // Ends the session (DELETE, waiting 2 s at most); a server may refuse (405), which is fine.
    void close();

    QString sessionId() const;
    QString negotiatedVersion() const;

private:
    using Reply = BlockingHttp::Reply;

    // timeoutMs: 0 = the endpoint's.
    Reply send(const QByteArray &verb, const QJsonObject &message, const Headers &headers, bool withSession,
               int timeoutMs = 0);
    bool ensureSession(QString *error, const Headers &headers);
    bool startSession(QString *error, const Headers &headers);
    std::optional<QJsonObject> request(const QString &method, const QJsonObject &params, QString *error,
                                       const Headers &headers);
    std::optional<QJsonObject> resultOf(const Reply &reply, qint64 id, QString *error) const;

    McpEndpoint m_config;
    ThreadNetworks m_networks;
    mutable QMutex m_mutex;
    QString m_session; // empty: none (a server without sessions, or not started)
    QString m_version; // negotiated protocol version
    bool m_started = false;
    std::atomic<qint64> m_nextId{1};
};

} // namespace aistack
