#include "lanexposure.h"

#include "auth/lcs/requestauthfactory.h"
#include "config/appconfig.h"
#include "hostingsettings.h"

namespace aistack {

bool authenticationLetsAnyoneIn(const AppConfig &config)
{
    return config.authentication.module == QLatin1String("noop");
}

QString lanExposureRefusal(const AppConfig &config, const HostingSettings &settings)
{
    if (!authenticationLetsAnyoneIn(config))
        return {}; // other modules check credentials; building them may reach the network
    AppConfig effective = config;
    settings.applyTo(&effective);
    QString error;
    if (!makeRequestAuth(effective, settings.host, settings.loopbackOnly(), &error))
        return error;
    return {};
}

} // namespace aistack
