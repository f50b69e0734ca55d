#include "noopauth.h"

namespace aistack {

std::optional<QString> RequestAuth::bearer(const QByteArray &header, AuthVerdict *refusal)
{
    if (header.isEmpty()) {
        *refusal = AuthVerdict::refuse(400, QStringLiteral("No Authorization header found"));
        return std::nullopt;
    }
    const QList<QByteArray> parts = header.simplified().split(' ');
    if (parts.size() != 2 || parts.at(0).toLower() != "bearer" || parts.at(1).isEmpty()) {
        *refusal = AuthVerdict::refuse(400, QStringLiteral("No token found in Authorization header"));
        return std::nullopt;
    }
    return QString::fromLatin1(parts.at(1));
}

AuthVerdict NoopAuth::authenticate(const AuthRequest &request)
{
    AuthVerdict verdict;
    if (m_requireToken) {
        const std::optional<QString> token = bearer(request.authorization, &verdict);
        if (!token)
            return verdict;
        verdict.identity.token = *token;
    }
    verdict.identity.userId = request.userId.value_or(defaultUserId());
    verdict.identity.username = defaultUserName();
    verdict.identity.skipUserIdCheck = true;
    return verdict;
}

} // namespace aistack
