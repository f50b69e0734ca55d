#pragma once

#include "jwt.h"
#include "session.h"

namespace aistack {

// Access tokens of KISS sessions: HS256 JWTs carrying sub (client id), scope, iat and exp.
class AccessTokens
{
public:
    AccessTokens(QByteArray key, int expireMinutes)
        : m_key(std::move(key)), m_expireSecs(expireMinutes * 60LL)
    {
    }

    QByteArray issue(const Session &session, qint64 nowSecs) const;
    Jwt::Verified check(const QByteArray &token, qint64 nowSecs) const;
    qint64 lifetimeSecs() const { return m_expireSecs; }

private:
    QByteArray m_key;
    qint64 m_expireSecs;
};

} // namespace aistack
