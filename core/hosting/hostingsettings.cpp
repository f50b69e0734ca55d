#include "hostingsettings.h"

#include "config/appconfig.h"

#include <QHostAddress>

namespace aistack {

bool isLoopbackHost(const QString &host)
{
    const QString h = host.trimmed();
    if (h.isEmpty() || h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

bool HostingSettings::loopbackOnly() const
{
    return isLoopbackHost(host);
}

bool HostingSettings::operator==(const HostingSettings &o) const
{
    return host == o.host && port == o.port && certificatePath == o.certificatePath && keyPath == o.keyPath &&
           keyPassword == o.keyPassword && corsOrigins == o.corsOrigins &&
           allowNoopBeyondLoopback == o.allowNoopBeyondLoopback;
}

HostingSettings HostingSettings::fromConfig(const AppConfig &config)
{
    HostingSettings s;
    s.host = config.service.host;
    s.port = config.service.port;
    s.certificatePath = config.service.tls.certificatePath.value_or(QString());
    s.keyPath = config.service.tls.keyPath.value_or(QString());
    s.keyPassword = config.service.tls.keyPassword;
    s.corsOrigins = config.service.cors.allowOrigins;
    s.allowNoopBeyondLoopback = config.authentication.allowNoopBeyondLoopback;
    return s;
}

void HostingSettings::applyTo(AppConfig *config) const
{
    config->service.host = host;
    config->service.port = port;
    TlsConfig &tlsConfig = config->service.tls;
    tlsConfig.certificatePath = certificatePath.isEmpty() ? std::nullopt : std::optional<QString>(certificatePath);
    tlsConfig.keyPath = keyPath.isEmpty() ? std::nullopt : std::optional<QString>(keyPath);
    tlsConfig.keyPassword = keyPassword;
    config->service.cors.allowOrigins = corsOrigins;
    config->authentication.allowNoopBeyondLoopback = allowNoopBeyondLoopback;
}

} // namespace aistack
