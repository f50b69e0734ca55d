#include "mcpclient.h"

#include "common/ssedecoder.h"

#include <QJsonDocument>
#include <algorithm>

namespace aistack {

namespace {
const QStringList kKnownVersions{QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"),
                                 QStringLiteral("2025-03-26"), QStringLiteral("2024-11-05")};

QJsonObject rpc(const QString &method, const QJsonObject &params, std::optional<qint64> id)
{
    QJsonObject o{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        o.insert(QStringLiteral("params"), params);
    if (id)
        o.insert(QStringLiteral("id"), double(*id));
    return o;
}

// The JSON-RPC messages of an answer: the body itself (application/json), or the data of each SSE event
// (text/event-stream; events without data, such as a stream's priming event, are skipped).
QList<QJsonObject> messagesOf(const QByteArray &contentType, const QByteArray &body)
{
    QList<QJsonObject> out;
    auto add = [&out](const QByteArray &json) {
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        if (doc.isObject())
            out << doc.object();
        else if (doc.isArray()) // a batch
            for (const QJsonValue &v : doc.array())
                out << v.toObject();
    };
    if (!contentType.startsWith("text/event-stream")) {
        add(body);
        return out;
    }
    SseDecoder decoder;
    for (const SseDecoder::Event &event : decoder.feed(body + "\n\n")) // the blank line ends a last event
        if (!event.data.trimmed().isEmpty())
            add(event.data);
    return out;
}
} // namespace

const QString McpClient::kProtocolVersion = QStringLiteral("2025-11-25");

McpClient::McpClient(McpEndpoint endpoint) : m_config(std::move(endpoint)) {}

McpClient::~McpClient() = default;

QString McpClient::sessionId() const
{
    QMutexLocker lock(&m_mutex);
    return m_session;
}

QString McpClient::negotiatedVersion() const
{
    QMutexLocker lock(&m_mutex);
    return m_version;
}

McpClient::Reply McpClient::send(const QByteArray &verb, const QJsonObject &message, const Headers &headers,
                                 bool withSession, int timeoutMs)
{
    BlockingHttp::Options options;
    options.accept = "application/json, text/event-stream";
    options.timeoutMs = timeoutMs > 0 ? timeoutMs : m_config.timeoutMs;
    if (withSession) {
        QMutexLocker lock(&m_mutex);
        if (!m_session.isEmpty())
            options.headers << qMakePair(QByteArray("Mcp-Session-Id"), m_session.toUtf8());
        if (!m_version.isEmpty())
            options.headers << qMakePair(QByteArray("MCP-Protocol-Version"), m_version.toUtf8());
    }
    options.headers << headers;
    const QByteArray body =
        message.isEmpty() ? QByteArray() : QJsonDocument(message).toJson(QJsonDocument::Compact);
    Reply r = BlockingHttp::call(m_networks, verb, m_config.url, body, options);
    if (r.timedOut)
        r.error = QStringLiteral("MCP server %1 at %2 did not answer within %3 s (timeout_seconds)")
                      .arg(m_config.name, m_config.url)
                      .arg(options.timeoutMs / 1000.0);
    else if (r.status == 0)
        r.error = QStringLiteral("MCP server %1 at %2 cannot be reached: %3")
                      .arg(m_config.name, m_config.url, r.error);
    return r;
}

std::optional<QJsonObject> McpClient::resultOf(const Reply &reply, qint64 id, QString *error) const
{
    if (reply.status == 0 || reply.timedOut) {
        *error = reply.error;
        return std::nullopt;
    }
    if (reply.status < 200 || reply.status >= 300) {
        *error = QStringLiteral("MCP server %1 answered %2: %3")
                     .arg(m_config.name)
                     .arg(reply.status)
                     .arg(QString::fromUtf8(reply.body.left(300)).trimmed());
        return std::nullopt;
    }
    for (const QJsonObject &m : messagesOf(reply.header("Content-Type").toLower(), reply.body)) {
        if (m.value(QStringLiteral("id")).toDouble(-1) != double(id))
            continue;
        if (m.contains(QStringLiteral("error"))) {
            const QJsonObject e = m.value(QStringLiteral("error")).toObject();
            *error = QStringLiteral("MCP server %1: %2 (%3)")
                         .arg(m_config.name, e.value(QStringLiteral("message")).toString())
                         .arg(e.value(QStringLiteral("code")).toInt());
            return std::nullopt;
        }
        return m.value(QStringLiteral("result")).toObject();
    }
    *error = QStringLiteral("MCP server %1 gave no answer to request %2").arg(m_config.name).arg(id);
    return std::nullopt;
}

bool McpClient::startSession(QString *error, const Headers &headers)
{
    {
        QMutexLocker lock(&m_mutex);
        m_session.clear();
        m_version.clear();
        m_started = false;
    }
    const qint64 id = m_nextId++;
    const QJsonObject params{{QStringLiteral("protocolVersion"), kProtocolVersion},
                             {QStringLiteral("capabilities"), QJsonObject()},
                             {QStringLiteral("clientInfo"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("aistack")},
                                          {QStringLiteral("version"), QStringLiteral(AISTACK_VERSION)}}}};
    const Reply reply = send("POST", rpc(QStringLiteral("initialize"), params, id), headers, false);
    const std::optional<QJsonObject> result = resultOf(reply, id, error);
    if (!result)
        return false;
    const QString version = result->value(QStringLiteral("protocolVersion")).toString();
    if (!kKnownVersions.contains(version)) {
        *error = QStringLiteral("MCP server %1 speaks protocol %2, which aistack does not")
                     .arg(m_config.name, version.isEmpty() ? QStringLiteral("(none)") : version);
        return false;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_session = QString::fromUtf8(reply.header("Mcp-Session-Id"));
        m_version = version;
    }
    const Reply initialized =
        send("POST", rpc(QStringLiteral("notifications/initialized"), {}, std::nullopt), headers, true);
    if (initialized.status < 200 || initialized.status >= 300) {
        resultOf(initialized, -1, error);
        return false;
    }
    QMutexLocker lock(&m_mutex);
    m_started = true;
    return true;
}

bool McpClient::ensureSession(QString *error, const Headers &headers)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_started)
            return true;
    }
    return startSession(error, headers);
}

std::optional<QJsonObject> McpClient::request(const QString &method, const QJsonObject &params,
                                              QString *error, const Headers &headers)
{
    if (!ensureSession(error, headers))
        return std::nullopt;
    for (int attempt = 0;; ++attempt) {
        const bool hadSession = !sessionId().isEmpty();
        const qint64 id = m_nextId++;
        const Reply reply = send("POST", rpc(method, params, id), headers, true);
        // The server has forgotten the session (it restarted, or it expires sessions): a new one, once. The
        // specification says 404; the reference server answers 400 "No valid session ID provided".
        const bool forgotten =
            reply.status == 404 || (reply.status == 400 && reply.body.toLower().contains("session id"));
        if (forgotten && hadSession && attempt == 0) {
            if (!startSession(error, headers))
                return std::nullopt;
            continue;
        }
        return resultOf(reply, id, error);
    }
}

std::optional<QVector<McpTool>> McpClient::listTools(QString *error, const Headers &headers)
{
    QVector<McpTool> tools;
    QString cursor;
    for (int page = 0; page < 100; ++page) { // a bound against a server that never stops paging
        QJsonObject params;
        if (!cursor.isEmpty())
            params.insert(QStringLiteral("cursor"), cursor);
        const std::optional<QJsonObject> result =
            request(QStringLiteral("tools/list"), params, error, headers);
        if (!result)
            return std::nullopt;
        for (const QJsonValue &v : result->value(QStringLiteral("tools")).toArray()) {
            const QJsonObject t = v.toObject();
            tools.push_back({t.value(QStringLiteral("name")).toString(),
                             t.value(QStringLiteral("description")).toString(),
                             t.value(QStringLiteral("inputSchema")).toObject()});
        }
        cursor = result->value(QStringLiteral("nextCursor")).toString();
        if (cursor.isEmpty())
            break;
    }
    return tools;
}

std::optional<McpToolResult> McpClient::callTool(const QString &name, const QJsonObject &arguments,
                                                 QString *error, const Headers &headers)
{
    const std::optional<QJsonObject> result =
        request(QStringLiteral("tools/call"),
                QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}}, error,
                headers);
    if (!result)
        return std::nullopt;
    McpToolResult out;
    out.content = result->value(QStringLiteral("content")).toArray();
    out.isError = result->value(QStringLiteral("isError")).toBool();
    QStringList texts;
    for (const QJsonValue &block : std::as_const(out.content))
        if (block[QStringLiteral("type")].toString() == QLatin1String("text"))
            texts << block[QStringLiteral("text")].toString();
    out.text = texts.join(QLatin1Char('\n'));
    return out;
}

void McpClient::close()
{
    if (sessionId().isEmpty())
        return;
    // Ending a session is a courtesy: a server that does not answer at once must not hold up the exit.
    send("DELETE", {}, {}, true, std::min(m_config.timeoutMs, 2000));
    QMutexLocker lock(&m_mutex);
    m_session.clear();
    m_started = false;
}

} // namespace aistack
