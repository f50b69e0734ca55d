#include "requestauthfactory.h"

#include "config/appconfig.h"
#include "jwkauth.h"
#include "k8sauth.h"
#include "noopauth.h"

namespace aistack {

std::unique_ptr<RequestAuth> makeRequestAuth(const AppConfig &config, const QString &listenAddress,
                                             bool loopbackOnly, QString *error)
{
    const AuthenticationConfig &a = config.authentication;
    if (a.module == QLatin1String("jwk-token") && a.jwk)
        return std::make_unique<JwkAuth>(*a.jwk, a.skipTlsVerification);
    if (a.module == QLatin1String("k8s"))
        return std::make_unique<K8sAuth>(a);
    if (a.module == QLatin1String("noop-with-token"))
        return std::make_unique<NoopAuth>(true);
    if (!loopbackOnly && !a.allowNoopBeyondLoopback) {
        *error =
            QStringLiteral(
                "authentication.module is noop (anyone may act as any user) but the server would listen on "
                "%1, beyond loopback. Configure an authentication module (noop-with-token, jwk-token or "
                "k8s), listen on 127.0.0.1, or accept the risk with "
                "authentication.allow_noop_beyond_loopback: true")
                .arg(listenAddress);
        return nullptr;
    }
    return std::make_unique<NoopAuth>(false);
}

} // namespace aistack
