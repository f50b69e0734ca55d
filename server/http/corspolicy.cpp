#include "corspolicy.h"

#include <QHttpServerRequest>

namespace aistack {

namespace {
const QByteArray kAllMethods = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT";
}

bool CorsPolicy::allowsAllOrigins() const
{
    return m_config.allowOrigins.contains(QStringLiteral("*"));
}

bool CorsPolicy::originAllowed(const QByteArray &origin) const
{
    return allowsAllOrigins() || m_config.allowOrigins.contains(QString::fromUtf8(origin));
}

bool CorsPolicy::isPreflight(const QHttpServerRequest &request) const
{
    return request.method() == QHttpServerRequest::Method::Options && !request.value("origin").isEmpty() &&
           !request.value("access-control-request-method").isEmpty();
}

HttpResponse CorsPolicy::preflight(const QHttpServerRequest &request) const
{
    const QByteArray origin = request.value("origin");
    const QByteArray method = request.value("access-control-request-method").trimmed().toUpper();
    const bool allMethods = m_config.allowMethods.contains(QStringLiteral("*"));
    HttpResponse r = HttpResponse::text(200, "text/plain; charset=utf-8", "OK");
    QStringList failures;
    if (!originAllowed(origin))
        failures << QStringLiteral("origin");
    if (!allMethods && !m_config.allowMethods.contains(QString::fromUtf8(method), Qt::CaseInsensitive))
        failures << QStringLiteral("method");
    if (!failures.isEmpty()) {
        r.status = 400;
        r.body = "Disallowed CORS " + failures.join(QStringLiteral(", ")).toUtf8();
    }
    if (originAllowed(origin))
        r.headers.emplace_back("Access-Control-Allow-Origin",
                               allowsAllOrigins() && !m_config.allowCredentials ? QByteArray("*") : origin);
    r.headers.emplace_back("Access-Control-Allow-Methods",
                           allMethods ? kAllMethods
                                      : m_config.allowMethods.join(QStringLiteral(", ")).toUtf8());
    const QByteArray requested = request.value("access-control-request-headers");
    if (m_config.allowHeaders.contains(QStringLiteral("*"))) {
        if (!requested.isEmpty())
            r.headers.emplace_back("Access-Control-Allow-Headers", requested);
    } else {
        r.headers.emplace_back("Access-Control-Allow-Headers",
                               m_config.allowHeaders.join(QStringLiteral(", ")).toUtf8());
    }
    if (m_config.allowCredentials)
        r.headers.emplace_back("Access-Control-Allow-Credentials", "true");
    r.headers.emplace_back("Access-Control-Max-Age", "600");
    r.headers.emplace_back("Vary", "Origin");
    return r;
}

HeaderList CorsPolicy::responseHeaders(const QHttpServerRequest &request) const
{
    const QByteArray origin = request.value("origin");
    if (origin.isEmpty() || !originAllowed(origin))
        return {};
    HeaderList h;
    if (allowsAllOrigins() && !m_config.allowCredentials) {
        h.emplace_back("Access-Control-Allow-Origin", "*");
    } else {
        h.emplace_back("Access-Control-Allow-Origin", origin);
        h.emplace_back("Vary", "Origin");
    }
    if (m_config.allowCredentials)
        h.emplace_back("Access-Control-Allow-Credentials", "true");
    return h;
}

} // namespace aistack
