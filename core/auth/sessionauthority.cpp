#include "sessionauthority.h"

#include <QDateTime>

namespace aistack {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

LoginResult SessionAuthority::login(const LoginRequest &request, const QString &clientAddress)
{
    LoginResult result;
    const bool hasId = request.clientId.has_value();
    const bool hasSecret = request.clientSecret.has_value();
    const qint64 now = nowMs();
    if (hasId && hasSecret) {
        if (const qint64 wait = m_limiter.retryAfterMs(clientAddress, now); wait > 0) {
            result.status = LoginResult::Status::RateLimited;
            result.retryAfterMs = wait;
            return result;
        }
        Session session;
        switch (m_store.verify(*request.clientId, *request.clientSecret, &session, &result.error)) {
        case SessionStore::Check::Error:
            result.status = LoginResult::Status::StoreError;
            return result;
        case SessionStore::Check::NotActive:
            m_limiter.recordFailure(clientAddress, now);
            result.status = LoginResult::Status::NotActive;
            return result;
        case SessionStore::Check::WrongSecret:
            m_limiter.recordFailure(clientAddress, now);
            result.status = LoginResult::Status::WrongSecret;
            return result;
        case SessionStore::Check::Ok:
            break;
        }
        QString ignored;
        m_store.touch(session, &ignored);
        result.status = LoginResult::Status::Renewed;
        result.clientId = session.clientId;
        result.clientSecret = *request.clientSecret; // echoed: both SDKs keep whatever comes back
        result.accessToken = m_tokens.issue(session, now / 1000);
        return result;
    }
    if (request.scope) {
        if (hasId || hasSecret) {
            result.status = LoginResult::Status::Ambiguous;
            return result;
        }
        const std::optional<NewSession> created =
            m_store.create(*scopeFromName(*request.scope), &result.error, clientAddress);
        if (!created) {
            result.status = LoginResult::Status::StoreError;
            return result;
        }
        result.status = LoginResult::Status::Created;
        result.clientId = created->session.clientId;
        result.clientSecret = created->clientSecret;
        result.accessToken = m_tokens.issue(created->session, now / 1000);
        return result;
    }
    result.status = LoginResult::Status::Incomplete;
    return result;
}

AuthResult SessionAuthority::authenticate(const QByteArray &token)
{
    AuthResult result;
    const Jwt::Verified verified = m_tokens.check(token, nowMs() / 1000);
    if (!verified.ok()) {
        result.status = AuthResult::Status::InvalidToken;
        result.tokenFailure = verified.failure;
        return result;
    }
    const QJsonValue sub = verified.claims.value(QStringLiteral("sub"));
    if (!sub.isString() || sub.toString().isEmpty()) {
        result.status = AuthResult::Status::NoSubject;
        return result;
    }
    const std::optional<Session> session = m_store.findActive(sub.toString(), &result.error);
    if (!session) {
        result.status =
            result.error.isEmpty() ? AuthResult::Status::NotActive : AuthResult::Status::StoreError;
        return result;
    }
    if (verified.claims.value(QStringLiteral("scope")).toString() != scopeName(session->scope)) {
        result.status = AuthResult::Status::ScopeMismatch;
        return result;
    }
    QString ignored;
    m_store.touch(*session, &ignored);
    result.status = AuthResult::Status::Ok;
    result.session = *session;
    return result;
}

} // namespace aistack
