#pragma once

#include "conversations/conversationquery.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace aistack {

// What a Lightspeed authentication module reads from a request.
struct AuthRequest
{
    QByteArray authorization;      // the Authorization header, as sent
    std::optional<QString> userId; // the ?user_id= query parameter
};

// The module's verdict: an identity, or a refusal with the original's status and message.
struct AuthVerdict
{
    UserIdentity identity;
    int status = 0;  // 0: authenticated
    QString message; // {"detail": message}
    QString cause;   // when set: {"detail": {"response": message, "cause": cause}}
    bool ok() const { return status == 0; }
    static AuthVerdict refuse(int status, const QString &message, const QString &cause = {})
    {
        AuthVerdict v;
        v.status = status;
        v.message = message;
        v.cause = cause;
        return v;
    }
};

// One of the Lightspeed authentication modules (`authentication.module`). Thread-safe.
class RequestAuth
{
public:
    virtual ~RequestAuth() = default;
    virtual QString module() const = 0;
    // False when authenticate() may wait on the network (run it on a worker thread).
    virtual bool immediate() const { return true; }
    virtual AuthVerdict authenticate(const AuthRequest &request) = 0;

    // The bearer token of an Authorization header as the original reads it: the scheme case-insensitive,
    // exactly two parts. nullopt and the 400 verdict when missing or malformed.
    static std::optional<QString> bearer(const QByteArray &header, AuthVerdict *refusal);
};

} // namespace aistack
