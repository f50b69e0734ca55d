#include "infocontroller.h"

#include "http/router.h"

#include <QJsonObject>

namespace aistack {

void InfoController::registerRoutes(Router &router)
{
    const QString name = m_name;
    router.add(
        QHttpServerRequest::Method::Get, QStringLiteral("/"),
        {QStringLiteral("Home page"), QStringLiteral("root"), "text/html; charset=utf-8"},
        [name](const QHttpServerRequest &, const ExchangePtr &ex) {
            const QString escaped = name.toHtmlEscaped();
            const QByteArray page =
                QStringLiteral(
                    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    "<title>%1</title><style>body{font-family:sans-serif;max-width:42em;margin:3em auto;"
                    "color:#222}code{background:#eee;padding:0 .2em}</style></head><body>"
                    "<h1>%1</h1><p>Lightspeed core service and KISS AI Stack server, served by "
                    "AI Stack Desktop %2.</p><ul><li><a href=\"/docs\">API documentation</a></li>"
                    "<li><a href=\"/openapi.json\">OpenAPI document</a></li>"
                    "<li><a href=\"/v1/info\">Service info</a></li><li><a href=\"/readiness\">Readiness"
                    "</a></li><li><a href=\"/metrics\">Metrics</a></li></ul></body></html>\n")
                    .arg(escaped, QStringLiteral(AISTACK_VERSION))
                    .toUtf8();
            ex->respond(HttpResponse::text(200, "text/html; charset=utf-8", page));
        });
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/v1/info"),
               {QStringLiteral("Service name and version"), QStringLiteral("info")},
               [name](const QHttpServerRequest &, const ExchangePtr &ex) {
                   ex->respond(HttpResponse::json(
                       200, OrderedJson()
                                .add(QStringLiteral("name"), name)
                                .add(QStringLiteral("version"), QLatin1String(kLightspeedApiVersion))));
               });
}

} // namespace aistack
