#pragma once

#include <QString>

namespace aistack {

// Turns a secret as written in the config into its value:
//   literal text        -> itself
//   ${NAME} (anywhere)  -> the environment variable NAME (unset -> error)
//   keychain:NAME       -> the system keychain entry NAME of service "aistack"
class SecretResolver
{
public:
    virtual ~SecretResolver() = default;
    // Returns false and sets *error when the secret cannot be resolved.
    virtual bool resolve(const QString &raw, QString *value, QString *error);

protected:
    // Reads one keychain entry; blocking for at most a few seconds (start-up only).
    virtual bool readKeychain(const QString &name, QString *value, QString *error);
};

} // namespace aistack
