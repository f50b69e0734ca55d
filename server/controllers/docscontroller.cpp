#include "docscontroller.h"

#include "http/httpmethod.h"
#include "http/router.h"

#include <QJsonArray>

namespace aistack {

QJsonObject DocsController::openApi(const QString &serviceName, const QVector<RouteInfo> &routes)
{
    static const QRegularExpression param(QStringLiteral("\\{([^/}]+)\\}"));
    QJsonObject paths;
    for (const RouteInfo &r : routes) {
        QJsonObject op{{QStringLiteral("summary"), r.doc.summary},
                       {QStringLiteral("operationId"),
                        QString(httpMethodName(r.method).toLower() +
                                QString(r.path).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")),
                                                        QStringLiteral("_")))}};
        if (!r.doc.tag.isEmpty())
            op.insert(QStringLiteral("tags"), QJsonArray{r.doc.tag});
        QJsonArray parameters;
        auto it = param.globalMatch(r.path);
        while (it.hasNext()) {
            const auto m = it.next();
            parameters.append(QJsonObject{
                {QStringLiteral("name"), m.captured(1)},
                {QStringLiteral("in"), QStringLiteral("path")},
                {QStringLiteral("required"), true},
                {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
        }
        if (!parameters.isEmpty())
            op.insert(QStringLiteral("parameters"), parameters);
        if (!r.doc.requestSchema.isEmpty())
            op.insert(
                QStringLiteral("requestBody"),
                QJsonObject{{QStringLiteral("required"), true},
                            {QStringLiteral("content"),
                             QJsonObject{{QStringLiteral("application/json"),
                                          QJsonObject{{QStringLiteral("schema"), r.doc.requestSchema}}}}}});
        op.insert(
            QStringLiteral("responses"),
            QJsonObject{{QStringLiteral("200"),
                         QJsonObject{{QStringLiteral("description"), QStringLiteral("Successful Response")},
                                     {QStringLiteral("content"),
                                      QJsonObject{{QString::fromUtf8(r.doc.responseType.split(';').first()),
                                                   QJsonObject{}}}}}}});
        QJsonObject item = paths.value(r.path).toObject();
        item.insert(httpMethodName(r.method).toLower(), op);
        paths.insert(r.path, item);
    }
    return QJsonObject{
        {QStringLiteral("openapi"), QStringLiteral("3.1.0")},
        {QStringLiteral("info"),
         QJsonObject{
             {QStringLiteral("title"), QString(serviceName + QStringLiteral(" service - OpenAPI"))},
             {QStringLiteral("description"),
              QStringLiteral(
                  "Lightspeed Core Service v1 and KISS AI Stack server APIs served by AI Stack Desktop")},
             {QStringLiteral("version"), QStringLiteral(AISTACK_VERSION)}}},
        {QStringLiteral("paths"), paths}};
}

void DocsController::registerRoutes(Router &router)
{
    const QString name = m_name;
    const Router *r = &router;
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/openapi.json"),
               {QStringLiteral("OpenAPI document of every route"), QStringLiteral("docs")},
               [name, r](const QHttpServerRequest &, const ExchangePtr &ex) {
                   ex->json(200, openApi(name, r->routes()));
               });
    router.add(
        QHttpServerRequest::Method::Get, QStringLiteral("/docs"),
        {QStringLiteral("API documentation page"), QStringLiteral("docs"), "text/html; charset=utf-8"},
        [name, r](const QHttpServerRequest &, const ExchangePtr &ex) {
            QString rows;
            for (const RouteInfo &route : r->routes())
                rows += QStringLiteral("<tr><td><code>%1</code></td><td><code>%2</code></td><td>%3</td></tr>")
                            .arg(httpMethodName(route.method), route.path.toHtmlEscaped(),
                                 route.doc.summary.toHtmlEscaped());
            const QString page =
                QStringLiteral(
                    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1 - API</title>"
                    "<style>body{font-family:sans-serif;margin:2em}td{padding:.2em .8em;border-bottom:1px "
                    "solid #ddd}"
                    "</style></head><body><h1>%1 service - API</h1><p>Machine-readable: "
                    "<a href=\"/openapi.json\">/openapi.json</a></p><table><tr><th>Method</th><th>Path</th>"
                    "<th>Summary</th></tr>%2</table></body></html>\n")
                    .arg(name.toHtmlEscaped(), rows);
            ex->respond(HttpResponse::text(200, "text/html; charset=utf-8", page.toUtf8()));
        });
}

} // namespace aistack
