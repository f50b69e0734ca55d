#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace aistack {

// JSON Web Tokens signed with HMAC-SHA256 (HS256), the only algorithm accepted: a token whose header names
// any other algorithm (including "none") is refused before its signature is looked at.
namespace Jwt {

enum class Failure { None, Malformed, WrongAlgorithm, BadSignature, Expired, IssuedInFuture, MissingExpiry };

struct Verified
{
    Failure failure = Failure::None;
    QJsonObject claims;
    bool ok() const { return failure == Failure::None; }
};

QByteArray signHs256(const QJsonObject &claims, const QByteArray &key);

// Checks the header, the signature (constant time) and the times: `exp` is required and must lie after
// nowSecs; an `iat` more than leewaySecs in the future is refused.
Verified verifyHs256(const QByteArray &token, const QByteArray &key, qint64 nowSecs, qint64 leewaySecs = 60);

// A human-readable reason, for logs (never the token itself).
QString describe(Failure failure);

} // namespace Jwt

// Compares two byte strings in time that depends on their lengths only.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace aistack
