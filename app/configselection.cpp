#include "configselection.h"

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
    if (options.host)
        result.config.service.host = *options.host;
    if (options.port)
        result.config.service.port = *options.port;
    return result;
}

} // namespace aistack
