#include "configselection.h"

#include "storage/databasesettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace aistack {

ConfigLoadResult loadConfiguration(const CommandLineOptions &options)
{
    ConfigLoader loader;
    ConfigLoadResult result;
    const QString userConfig = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                                   .filePath(QStringLiteral("aistack.yaml"));
    if (!options.configPath.isEmpty())
        result = loader.loadFile(options.configPath);
    else if (QFileInfo::exists(userConfig))
        result = loader.loadFile(userConfig);
    else
        result = loader.loadDefault(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    // No database in the file (a plain KISS stack file, a lightspeed-stack.yaml without one): the data folder.
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (result.config.database.kind == DatabaseConfig::Kind::Sqlite && result.config.database.sqlitePath.isEmpty())
        result.config.database.sqlitePath = DatabaseSettings::sqliteFileIn(dataDir);
    if (options.host)
        result.config.service.host = *options.host;
    if (options.port)
        result.config.service.port = *options.port;
    return result;
}

} // namespace aistack
