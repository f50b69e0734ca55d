#pragma once

#include "appconfig.h"
#include "configerror.h"

#include <QByteArray>

namespace aistack {

class SecretResolver;

struct ConfigLoadResult
{
    AppConfig config;
    ConfigErrors errors;
    bool ok() const { return errors.isEmpty(); }
    QString errorText() const;
};

// Reads one YAML file holding the KISS `stack:` half and/or the Lightspeed half.
// Missing halves take their defaults; every problem is reported with file, line and key.
// Relative paths in the file are resolved against the file's folder (the built-in
// default config: against the data folder given to loadDefault()).
class ConfigLoader
{
public:
    explicit ConfigLoader(SecretResolver *secrets = nullptr);

    ConfigLoadResult loadFile(const QString &path) const;
    ConfigLoadResult loadDefault(const QString &dataDir) const;
    ConfigLoadResult loadText(const QByteArray &yaml, const QString &sourceName,
                              const QString &baseDir) const;

    static QString defaultConfigResource();

private:
    SecretResolver *m_secrets;
};

} // namespace aistack
