#pragma once

#include "httpexchange.h"

#include <QHttpServerRequest>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVector>
#include <functional>
#include <optional>

class QHttpServer;

namespace aistack {

// What /openapi.json and /docs say about a route.
struct RouteDoc
{
    QString summary;
    QString tag;
    QByteArray responseType = "application/json";
    QJsonObject requestSchema; // empty: no body
};

struct RouteInfo
{
    QHttpServerRequest::Method method;
    QString path; // "/v1/conversations/{conversation_id}"
    RouteDoc doc;
    QRegularExpression matcher;
};

// Registers controller routes with QHttpServer as typed routes whose handlers receive an
// HttpExchange, and answers everything that matches no route: 404, 405 with Allow, OPTIONS
// and CORS preflight. GET routes answer HEAD as well (headers, no body).
class ContextGuard;

class Router
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, const ExchangePtr &)>;
    using ArgHandler = std::function<void(const QString &, const QHttpServerRequest &, const ExchangePtr &)>;

    Router(QHttpServer &http, std::shared_ptr<const ExchangeContext> context);

    void add(QHttpServerRequest::Method method, const QString &path, const RouteDoc &doc, Handler handler);
    // A path with one {parameter}, e.g. "/v1/conversations/{conversation_id}".
    void addWithArg(QHttpServerRequest::Method method, const QString &path, const RouteDoc &doc,
                    ArgHandler handler);

    // A WebSocket path: upgrade requests that pass the gate are handed to QHttpServer's WebSocket
    // server; those the gate refuses get its response (e.g. 401) instead of a handshake; plain requests
    // go to `plain`.
    using UpgradeGate = std::function<std::optional<HttpResponse>(const QHttpServerRequest &)>;
    void addUpgrade(const QString &path, const RouteDoc &doc, UpgradeGate gate, Handler plain);

    // For routes that answer outside HttpExchange: documented and known to the 405 logic,
    // dispatched by the caller.
    void addRaw(QHttpServerRequest::Method method, const QString &path, const RouteDoc &doc,
                std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)> handler);

    ExchangePtr makeExchange(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                             const QString &routePath = {}) const;

    const QVector<RouteInfo> &routes() const { return m_routes; }

private:
    void installFallback();
    QHttpServerRequest::Methods methodsFor(QHttpServerRequest::Method method) const;
    void remember(QHttpServerRequest::Method method, const QString &path, const RouteDoc &doc);
    QByteArray allowedMethods(const QString &path) const;

    QHttpServer &m_http;
    std::shared_ptr<const ExchangeContext> m_context;
    std::shared_ptr<ContextGuard> m_home; // the server thread, where every exchange is destroyed
    QVector<RouteInfo> m_routes;
    QHash<QString, UpgradeGate> m_gates;
};

} // namespace aistack
