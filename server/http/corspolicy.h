#pragma once

#include "config/appconfig.h"
#include "httpresponse.h"

class QHttpServerRequest;

namespace aistack {

// service.cors applied the way Starlette's CORSMiddleware applies it: preflight requests are
// answered directly, simple requests get Access-Control-Allow-Origin when the origin is allowed.
class CorsPolicy
{
public:
    explicit CorsPolicy(CorsConfig config = {}) : m_config(std::move(config)) {}

    bool isPreflight(const QHttpServerRequest &request) const;
    HttpResponse preflight(const QHttpServerRequest &request) const;
    HeaderList responseHeaders(const QHttpServerRequest &request) const;

private:
    bool originAllowed(const QByteArray &origin) const;
    bool allowsAllOrigins() const;
    CorsConfig m_config;
};

} // namespace aistack
