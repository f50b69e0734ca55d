#pragma once

#include "mcpregistry.h"

#include <QFuture>

class QThreadPool;

namespace aistack {

// The window's view of the configured MCP servers (the Stack pane): their last known state and tools at
// once, listing them again and a test call of one tool on a worker, as futures. Thread-safe.
class DesktopTools
{
public:
    // maxResultChars: the bound of the model's calls (inference.tool_result_max_chars).
    DesktopTools(McpRegistry *registry, QThreadPool *pool, int maxResultChars)
        : m_registry(registry), m_pool(pool), m_maxResultChars(maxResultChars)
    {
    }

    // Every configured server as last checked (NotChecked before the first check). Never blocks.
    QVector<McpServerState> states() const;
    // Lists every server's tools again.
    QFuture<QVector<McpServerState>> refresh() const;
    // Calls one tool with arguments given as JSON text, as the model would; the run's response and isError
    // say what the tool answered, or why it could not be called.
    QFuture<ToolRun> testCall(const QString &server, const QString &tool, const QString &argumentsJson) const;

    // Arguments to start from: every property of the schema with an empty value of its type, indented.
    static QString argumentSkeleton(const QJsonObject &schema);

private:
    McpRegistry *m_registry;
    QThreadPool *m_pool;
    int m_maxResultChars;
};

} // namespace aistack
