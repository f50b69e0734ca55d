#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace aistack {

class Router;
struct RouteInfo;

// GET /openapi.json (generated from the registered routes) and GET /docs (a page built from it).
// Register last, so that every route is documented.
class DocsController
{
public:
    explicit DocsController(QString serviceName) : m_name(std::move(serviceName)) {}
    void registerRoutes(Router &router);

    static QJsonObject openApi(const QString &serviceName, const QVector<RouteInfo> &routes);

private:
    QString m_name;
};

} // namespace aistack
