#include "accesstokens.h"

namespace aistack {

QByteArray AccessTokens::issue(const Session &session, qint64 nowSecs) const
{
    return Jwt::signHs256(QJsonObject{{QStringLiteral("sub"), session.clientId},
                                      {QStringLiteral("scope"), scopeName(session.scope)},
                                      {QStringLiteral("iat"), double(nowSecs)},
                                      {QStringLiteral("exp"), double(nowSecs + m_expireSecs)}},
                          m_key);
}

Jwt::Verified AccessTokens::check(const QByteArray &token, qint64 nowSecs) const
{
    return Jwt::verifyHs256(token, m_key, nowSecs);
}

} // namespace aistack
