#pragma once

#include <QString>

namespace aistack {

class Router;

// GET / (the service's home page) and GET /v1/info.
class InfoController
{
public:
    explicit InfoController(QString serviceName) : m_name(std::move(serviceName)) {}
    void registerRoutes(Router &router);

    // The Lightspeed Core Service API level these routes follow.
    static constexpr const char *kLightspeedApiVersion = "0.2.0";

private:
    QString m_name;
};

} // namespace aistack
