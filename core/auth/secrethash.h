#pragma once

#include <QByteArray>
#include <QString>

namespace aistack {

// Client secrets at rest: a random 128-bit salt and HMAC-SHA256(salt, secret), stored as
// "hs256$<salt>$<digest>" (base64url). The secrets are 256-bit random tokens, so a fast salted hash is
// as strong as a slow one while keeping /auth cheap.
namespace SecretHash {

QString hash(const QString &secret);
bool matches(const QString &secret, const QString &stored); // constant time in the digest

// A new secret as Python's secrets.token_urlsafe(32) makes it: 32 random bytes, base64url, 43 characters.
QString newSecret();
// `bytes` random bytes from the system's generator, as base64url text without padding.
QString randomToken(int bytes);

} // namespace SecretHash
} // namespace aistack
