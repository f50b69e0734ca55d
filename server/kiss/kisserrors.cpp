#include "kisserrors.h"

#include <QCoreApplication>

namespace aistack::KissErrors {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KissErrors)
};

int providerStatus(const LlmError &e)
{
    switch (e.kind) {
    case LlmError::Kind::RateLimited:
    case LlmError::Kind::NotConfigured:
        return 503;
    default:
        return 502;
    }
}
} // namespace

KissOutcome fromStack(const StackError &error)
{
    switch (error.kind) {
    case StackError::Kind::None:
        return KissOutcome::success({});
    case StackError::Kind::NotInitialized:
        return KissOutcome::error(409, error.message);
    case StackError::Kind::NoRagTool:
    case StackError::Kind::Document:
        return KissOutcome::error(400, error.message);
    case StackError::Kind::Provider: {
        KissOutcome o = KissOutcome::error(error.llm ? providerStatus(*error.llm) : 502,
                                           Tr::tr("Model provider failed: %1").arg(error.message));
        if (error.llm)
            o.retryAfterMs = error.llm->retryAfterMs;
        return o;
    }
    case StackError::Kind::Store:
        return KissOutcome::error(503, Tr::tr("Vector store unavailable: %1").arg(error.message));
    case StackError::Kind::NoStack:
        return KissOutcome::error(503, error.message);
    case StackError::Kind::Database:
        return KissOutcome::error(503, error.message);
    }
    return KissOutcome::error(500, error.message);
}

KissOutcome missingHeader()
{
    return KissOutcome::error(401, QStringLiteral("Authorization header missing"));
}

KissOutcome badTokenFormat()
{
    return KissOutcome::error(401, QStringLiteral("Invalid token format"));
}

KissOutcome fromAuth(const AuthResult &result)
{
    switch (result.status) {
    case AuthResult::Status::Ok:
        return KissOutcome::success({});
    case AuthResult::Status::InvalidToken:
    case AuthResult::Status::ScopeMismatch:
        return KissOutcome::error(401, QStringLiteral("Invalid token"));
    case AuthResult::Status::NotActive:
        return KissOutcome::error(401, QStringLiteral("Invalid or inactive session"));
    case AuthResult::Status::NoSubject:
        return KissOutcome::error(401, QStringLiteral("Authentication failed"));
    case AuthResult::Status::StoreError:
        break;
    }
    return KissOutcome::error(503, Tr::tr("Sessions database unavailable: %1").arg(result.error));
}

KissOutcome fromLogin(const LoginResult &result)
{
    switch (result.status) {
    case LoginResult::Status::Created:
    case LoginResult::Status::Renewed:
        return KissOutcome::success({});
    case LoginResult::Status::Ambiguous:
        return KissOutcome::error(400, QStringLiteral("Invalid session request."));
    case LoginResult::Status::Incomplete:
        return KissOutcome::error(401, QStringLiteral("Value error, Either `scope` or both `client_id` and "
                                                      "`client_secret` must be provided."));
    case LoginResult::Status::NotActive:
        return KissOutcome::error(401, QStringLiteral("Invalid or inactive session"));
    case LoginResult::Status::WrongSecret:
        return KissOutcome::error(401, QStringLiteral("Invalid client_id or client_secret"));
    case LoginResult::Status::RateLimited: {
        KissOutcome o =
            KissOutcome::error(429, Tr::tr("Too many failed logins from this address; try again in %1 s")
                                        .arg((result.retryAfterMs + 999) / 1000));
        o.retryAfterMs = result.retryAfterMs;
        return o;
    }
    case LoginResult::Status::StoreError:
        break;
    }
    return KissOutcome::error(503, Tr::tr("Sessions database unavailable: %1").arg(result.error));
}

} // namespace aistack::KissErrors
