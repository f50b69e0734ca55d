#include "noopauth.h"

namespace aistack {

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
