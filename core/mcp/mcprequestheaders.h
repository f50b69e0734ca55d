#pragma once

#include <QJsonObject>
#include <QString>

namespace aistack {

// The headers a request brings for the MCP servers: its MCP-HEADERS (`{"<name or url>": {"Header":
// "value"}}`) and its own Authorization header, sent only to servers configured with forward_authorization.
struct McpRequestHeaders
{
    QJsonObject perServer;
    QString authorization;
};

} // namespace aistack
