#include "mcpregistry.h"

#include "metrics/metricsregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(McpRegistry)
};

QJsonObject argumentsOf(const QString &json, QString *error)
{
    if (json.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = Tr::tr("The arguments are not a JSON object: %1")
                     .arg(pe.error != QJsonParseError::NoError ? pe.errorString() : json.left(200));
        return QJsonObject();
    }
    return doc.object();
}

QString cut(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars) + Tr::tr("\n[cut: the tool answered %1 characters]").arg(text.size());
}
} // namespace

McpRegistry::McpRegistry(const QVector<McpServerConfig> &servers, MetricsRegistry *metrics)
{
    if (metrics && !servers.isEmpty()) {
        m_calls = metrics->counter(
            QStringLiteral("aistack_mcp_tool_calls_total"),
            QStringLiteral("MCP tool calls made for the models, by server, tool and outcome "
                           "(ok, tool_error: the tool answered isError, failed: not called)"),
            {QStringLiteral("server"), QStringLiteral("tool"), QStringLiteral("outcome")});
        m_callSeconds =
            metrics->histogram(QStringLiteral("aistack_mcp_tool_call_seconds"),
                               QStringLiteral("Time of one MCP tool call"), {QStringLiteral("server")});
    }
    m_pool.setMaxThreadCount(4);
    m_pool.setExpiryTimeout(30000);
    for (const McpServerConfig &config : servers) {
        McpEndpoint endpoint{config.name, config.url, config.timeoutSeconds * 1000};
        m_servers.push_back(Server{config, std::make_unique<McpClient>(endpoint)});
        McpServerState state;
        state.config = config;
        m_states << state;
    }
}

McpRegistry::~McpRegistry()
{
    // The sessions end on a worker: a DELETE waits on the network.
    m_pool.start([this]() { closeAll(); });
    m_pool.waitForDone();
}

QVector<McpServerState> McpRegistry::states() const
{
    QMutexLocker lock(&m_mutex);
    return m_states;
}

const McpRegistry::Server *McpRegistry::find(const QString &name) const
{
    for (const Server &s : m_servers)
        if (s.config.name == name)
            return &s;
    return nullptr;
}

McpClient::Headers McpRegistry::headersFor(const McpServerConfig &server, const McpRequestHeaders &headers)
{
    McpClient::Headers out;
    QJsonValue own = headers.perServer.value(server.name);
    if (!own.isObject())
        own = headers.perServer.value(server.url);
    if (own.isObject()) {
        const QJsonObject o = own.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        return out;
    }
    if (server.forwardAuthorization && !headers.authorization.isEmpty())
        out.append({QByteArrayLiteral("Authorization"), headers.authorization.toUtf8()});
    return out;
}

McpServerState McpRegistry::list(const Server &server, const McpRequestHeaders &headers) const
{
    McpServerState state;
    state.config = server.config;
    state.checkedAt = QDateTime::currentDateTimeUtc();
    const std::optional<QVector<McpTool>> tools =
        server.client->listTools(&state.error, headersFor(server.config, headers));
    state.status = tools ? McpServerState::Status::Online : McpServerState::Status::Offline;
    if (tools)
        state.tools = *tools;
    return state;
}

McpServerState McpRegistry::refresh(const QString &name)
{
    const Server *server = find(name);
    if (!server)
        return McpServerState();
    McpServerState listed = list(*server, {});
    QMutexLocker lock(&m_mutex);
    McpServerState &state = m_states[int(server - m_servers.data())];
    if (listed.status != state.status) {
        if (listed.status == McpServerState::Status::Online)
            qInfo().noquote() << "MCP server" << name << "online:" << listed.tools.size() << "tools";
        else
            qWarning().noquote() << "MCP server" << name << "unavailable:" << listed.error;
    }
    if (listed.status == McpServerState::Status::Offline)
        listed.tools = state.tools; // the last known tools, to say which are unavailable
    state = listed;
    return state;
}

void McpRegistry::refreshAll()
{
    for (const Server &s : m_servers)
        refresh(s.config.name);
}

QList<ToolSpec> McpRegistry::toolsFor(const McpRequestHeaders &headers, QStringList *unavailable)
{
    QList<ToolSpec> out;
    QSet<QString> names;
    for (const Server &s : m_servers) {
        McpServerState state;
        {
            QMutexLocker lock(&m_mutex);
            state = m_states[int(&s - m_servers.data())];
        }
        // A request with its own headers for a server sees what they allow, and only it: the shared state
        // stays the one listed without them.
        if (headers.perServer.contains(s.config.name) || headers.perServer.contains(s.config.url))
            state = list(s, headers);
        else if (state.status == McpServerState::Status::NotChecked)
            state = refresh(s.config.name);
        if (state.status != McpServerState::Status::Online) {
            QStringList tools;
            for (const McpTool &t : std::as_const(state.tools))
                tools << t.name;
            unavailable->append(tools.isEmpty()
                                    ? QStringLiteral("%1 (%2)").arg(s.config.name, state.error)
                                    : QStringLiteral("%1 (%2; tools %3)")
                                          .arg(s.config.name, state.error, tools.join(QStringLiteral(", "))));
            continue;
        }
        for (const McpTool &t : std::as_const(state.tools)) {
            if (names.contains(t.name))
                continue; // the first server that has a name keeps it
            names.insert(t.name);
            out.append(ToolSpec{t.name, t.description, t.inputSchema, s.config.name});
        }
    }
    return out;
}

ToolRun McpRegistry::call(const ToolRun &request, const McpRequestHeaders &headers, int maxChars)
{
    ToolRun run = request;
    QElapsedTimer clock;
    clock.start();
    const Server *server = find(run.server);
    QString error;
    const QJsonObject arguments = argumentsOf(run.arguments, &error);
    if (!server) {
        run.isError = true;
        run.response = Tr::tr("There is no tool named '%1'.").arg(run.name);
    } else if (!error.isEmpty()) {
        run.isError = true;
        run.response = error;
    } else {
        const std::optional<McpToolResult> result =
            server->client->callTool(run.name, arguments, &error, headersFor(server->config, headers));
        if (result) {
            run.isError = result->isError;
            run.response = cut(result->text, maxChars);
        } else {
            run.isError = true;
            run.response = Tr::tr("The tool could not be called: %1").arg(error);
            qWarning().noquote() << "MCP tool" << run.name << "on" << run.server << "failed:" << error;
        }
    }
    run.durationMs = clock.elapsed();
    if (m_calls) {
        const QString outcome = !server || !error.isEmpty() ? QStringLiteral("failed")
                                : run.isError               ? QStringLiteral("tool_error")
                                                            : QStringLiteral("ok");
        // A name no server has is the model's invention: one label for all of them keeps the series bounded.
        m_calls->inc({server ? run.server : QStringLiteral("none"),
                      server ? run.name : QStringLiteral("unknown"), outcome});
        if (server)
            m_callSeconds->observe(run.durationMs / 1000.0, {run.server});
    }
    return run;
}

void McpRegistry::closeAll()
{
    for (const Server &s : m_servers)
        s.client->close();
}

} // namespace aistack
