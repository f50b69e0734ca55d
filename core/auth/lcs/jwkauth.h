#pragma once

#include "common/threadnetworks.h"
#include "config/appconfig.h"
#include "requestauth.h"

#include <QElapsedTimer>
#include <QMutex>
#include <memory>

namespace aistack {

class JwkSet;

// `jwk-token`: a bearer JWT signed with RS256 or ES256, checked against the keys at jwk_config.url (kept
// for an hour; fetched again sooner when a token names a key the set does not hold). The user id and name
// come from the configured claims.
class JwkAuth : public RequestAuth
{
public:
    JwkAuth(JwkConfig config, bool skipTlsVerification);
    ~JwkAuth() override;
    QString module() const override { return QStringLiteral("jwk-token"); }
    bool immediate() const override { return false; }
    AuthVerdict authenticate(const AuthRequest &request) override;

private:
    std::shared_ptr<const JwkSet> keys(bool refresh, QString *error);

    JwkConfig m_config;
    bool m_skipTls;
    ThreadNetworks m_networks;
    QMutex m_mutex;
    std::shared_ptr<const JwkSet> m_keys;
    QElapsedTimer m_fetched;
};

} // namespace aistack
