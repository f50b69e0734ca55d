#pragma once

#include "requestauth.h"

namespace aistack {

// `noop` (no header read) and `noop-with-token` (a bearer token required, not verified): the user id comes
// from ?user_id=, as in the original.
class NoopAuth : public RequestAuth
{
public:
    explicit NoopAuth(bool requireToken) : m_requireToken(requireToken) {}
    QString module() const override
    {
        return m_requireToken ? QStringLiteral("noop-with-token") : QStringLiteral("noop");
    }
    AuthVerdict authenticate(const AuthRequest &request) override;

    static QString defaultUserId() { return QStringLiteral("00000000-0000-0000-0000-000"); }
    static QString defaultUserName() { return QStringLiteral("lightspeed-user"); }

private:
    bool m_requireToken;
};

} // namespace aistack
