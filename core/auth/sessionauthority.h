#pragma once

#include "accesstokens.h"
#include "authfailurelimiter.h"
#include "sessionstore.h"

#include <optional>

namespace aistack {

// What a client sends to /auth: a scope for a new session, or the credentials of an existing one.
struct LoginRequest
{
    std::optional<QString> scope; // already validated as a scope name
    std::optional<QString> clientId;
    std::optional<QString> clientSecret;
};

struct LoginResult
{
    enum class Status {
        Created,    // a new session
        Renewed,    // a new token for existing credentials
        Ambiguous,  // scope and only one credential
        Incomplete, // neither a scope nor both credentials
        NotActive,  // no such active session
        WrongSecret,
        RateLimited,
        StoreError
    } status = Status::StoreError;
    QString clientId;
    QString clientSecret;
    QByteArray accessToken;
    qint64 retryAfterMs = 0;
    QString error; // StoreError: the database's message
};

struct AuthResult
{
    enum class Status {
        Ok,
        InvalidToken,  // bad signature, expired, malformed, another algorithm
        NotActive,     // no active session for the token's subject
        ScopeMismatch, // the token's scope is not the session's
        NoSubject,     // a valid token without sub
        StoreError
    } status = Status::StoreError;
    Session session;
    Jwt::Failure tokenFailure = Jwt::Failure::None;
    QString error;
};

// Logs KISS clients in and checks their tokens against the sessions table. Blocking: for worker threads.
// Thread-safe.
class SessionAuthority
{
public:
    SessionAuthority(SessionStore &store, AccessTokens tokens, AuthFailureLimiter &limiter)
        : m_store(store), m_tokens(std::move(tokens)), m_limiter(limiter)
    {
    }

    LoginResult login(const LoginRequest &request, const QString &clientAddress);
    AuthResult authenticate(const QByteArray &token);

    SessionStore &store() { return m_store; }
    const AccessTokens &tokens() const { return m_tokens; }

private:
    SessionStore &m_store;
    AccessTokens m_tokens;
    AuthFailureLimiter &m_limiter;
};

} // namespace aistack
