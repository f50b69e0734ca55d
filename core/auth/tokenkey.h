#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace aistack {

// Where the key that signs access tokens comes from, first match wins:
//   1. the ACCESS_TOKEN_SECRET_KEY environment variable,
//   2. `sessions.token_secret` of the configuration (literal, ${ENV} or keychain:NAME),
//   3. a key file, generated once with 384 random bits and kept with mode 0600.
// The well-known default of the original server, "your-secret-key", is refused.
struct TokenKeySources
{
    QString environment;
    std::optional<QString> configured;
    QString filePath;
};

struct TokenKey
{
    QByteArray bytes;
    QString origin; // for the log: where the key came from, never the key
};

std::optional<TokenKey> loadTokenKey(const TokenKeySources &sources, QString *error);

} // namespace aistack
