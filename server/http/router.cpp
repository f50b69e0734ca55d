#include "router.h"

#include "common/contextguard.h"
#include "corspolicy.h"
#include "errorreplies.h"
#include "httpmethod.h"

#include <QHttpServer>
#include <QHttpServerRouterRule>
#include <QSet>
#include <QThread>

namespace aistack {

namespace {
const QRegularExpression kParam(QStringLiteral("\\{[^/}]+\\}"));

QString qtPattern(const QString &path)
{
    QString p = path;
    p.replace(kParam, QStringLiteral("<arg>"));
    return p;
}

bool isUpgrade(const QHttpServerRequest &request)
{
    return request.value("upgrade").toLower() == "websocket";
}

// A rule that lets an upgrade request through only when its gate does: QHttpServer 6.4 hands every
// matched upgrade to its WebSocket server, so a refusal has to be a non-match answered by the fallback.
class GatedRule : public QHttpServerRouterRule
{
public:
    GatedRule(const QString &pattern, QHttpServerRequest::Methods methods, Router::UpgradeGate gate,
              RouterHandler handler)
        : QHttpServerRouterRule(pattern, methods, std::move(handler)), m_gate(std::move(gate))
    {
    }

protected:
    bool matches(const QHttpServerRequest &request, QRegularExpressionMatch *match) const override
    {
        if (!QHttpServerRouterRule::matches(request, match))
            return false;
        return !(m_gate && isUpgrade(request) && m_gate(request).has_value());
    }

private:
    Router::UpgradeGate m_gate;
};

} // namespace

Router::Router(QHttpServer &http, std::shared_ptr<const ExchangeContext> context)
    : m_http(http), m_context(std::move(context)), m_home(ContextGuard::of(&http))
{
    installFallback();
}

QHttpServerRequest::Methods Router::methodsFor(QHttpServerRequest::Method method) const
{
    QHttpServerRequest::Methods methods(method);
    if (method == QHttpServerRequest::Method::Get)
        methods |= QHttpServerRequest::Method::Head;
    return methods;
}

void Router::remember(QHttpServerRequest::Method method, const QString &path, const RouteDoc &doc)
{
    QString re = QRegularExpression::escape(path);
    re.replace(QRegularExpression(QStringLiteral("\\\\\\{[^/]+?\\\\\\}")), QStringLiteral("[^/]+"));
    m_routes.push_back({method, path, doc, QRegularExpression(QLatin1Char('^') + re + QLatin1Char('$'))});
}

ExchangePtr Router::makeExchange(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                                 const QString &routePath) const
{
    // The last reference may go on any thread: a pool job's callback that held it is destroyed where Qt
    // drops it, which can be the pool thread. The exchange is destroyed in the server thread all the same,
    // where its socket lives, so that one never answered still answers 500 and no thread but the server's
    // touches its socket. (When the server is gone, nothing is left to answer: it goes where it is.)
    return ExchangePtr(new HttpExchange(request, std::move(responder), m_context, routePath),
                       [home = m_home](HttpExchange *exchange) {
                           if (QThread::currentThread() == exchange->thread()) {
                               delete exchange;
                               return;
                           }
                           auto owned = std::shared_ptr<HttpExchange>(exchange);
                           home->post([owned]() mutable { owned.reset(); });
                       });
}

void Router::add(QHttpServerRequest::Method method, const QString &path, const RouteDoc &doc, Handler handler)
{
    remember(method, path, doc);
    m_http.route(path, methodsFor(method),
                 [this, path, handler](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handler(request, makeExchange(request, std::move(responder), path));
                 });
}

void Router::addWithArg(QHttpServerRequest::Method method, const QString &path, const RouteDoc &doc,
                        ArgHandler handler)
{
    remember(method, path, doc);
    // Templated paths carry no metrics label (as in the original: only literal routes count).
    m_http.route(qtPattern(path), methodsFor(method),
                 [this, handler](const QString &arg, const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder) {
                     handler(arg, request, makeExchange(request, std::move(responder)));
                 });
}

void Router::addRaw(QHttpServerRequest::Method method, const QString &path, const RouteDoc &doc,
                    std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)> handler)
{
    remember(method, path, doc);
    m_http.route(path, methodsFor(method), std::move(handler));
}

void Router::addUpgrade(const QString &path, const RouteDoc &doc, UpgradeGate gate, Handler plain)
{
    remember(QHttpServerRequest::Method::Get, path, doc);
    if (gate)
        m_gates.insert(path, gate);
    m_http.route<GatedRule>(
        path, methodsFor(QHttpServerRequest::Method::Get), gate,
        [this, path, plain](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (isUpgrade(request))
                return; // taken over by the WebSocket server
            plain(request, makeExchange(request, std::move(responder), path));
        });
}

QByteArray Router::allowedMethods(const QString &path) const
{
    QStringList methods;
    for (const auto &r : m_routes) {
        if (!r.matcher.match(path).hasMatch())
            continue;
        const QString m = httpMethodName(r.method);
        if (!methods.contains(m))
            methods << m;
        if (r.method == QHttpServerRequest::Method::Get && !methods.contains(QStringLiteral("HEAD")))
            methods << QStringLiteral("HEAD");
    }
    if (!methods.isEmpty())
        methods << QStringLiteral("OPTIONS");
    return methods.join(QStringLiteral(", ")).toUtf8();
}

void Router::installFallback()
{
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const ExchangePtr exchange = makeExchange(request, std::move(responder));
        if (isUpgrade(request)) {
            const auto gate = m_gates.constFind(request.url().path());
            if (gate != m_gates.constEnd()) {
                if (const std::optional<HttpResponse> refusal = (*gate)(request))
                    return exchange->respond(*refusal);
            }
        }
        if (m_context->cors && m_context->cors->isPreflight(request)) {
            exchange->omitCorsHeaders();
            return exchange->respond(m_context->cors->preflight(request));
        }
        const QByteArray allow = allowedMethods(request.url().path());
        if (allow.isEmpty())
            return exchange->respond(ErrorReplies::notFound());
        if (request.method() == QHttpServerRequest::Method::Options) {
            HttpResponse r = HttpResponse::text(204, {}, {});
            r.headers.emplace_back("Allow", allow);
            return exchange->respond(r);
        }
        exchange->respond(ErrorReplies::methodNotAllowed(allow));
    });
}

} // namespace aistack
