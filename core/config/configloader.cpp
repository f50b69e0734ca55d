#include "configloader.h"

#include "configidentity.h"
#include "configparsers.h"
#include "secretresolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace aistack {

QString ConfigLoadResult::errorText() const
{
    QStringList lines;
    for (const auto &e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

ConfigLoader::ConfigLoader(SecretResolver *secrets) : m_secrets(secrets) {}

QString ConfigLoader::defaultConfigResource()
{
    return QStringLiteral(":/config/default-config.yaml");
}

ConfigLoadResult ConfigLoader::loadFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ConfigLoadResult result;
        result.config.sourceFile = path;
        result.errors.push_back(
            {path, 0, {}, QStringLiteral("cannot read the file: %1").arg(file.errorString())});
        return result;
    }
    return loadText(file.readAll(), path, QFileInfo(path).absolutePath());
}

ConfigLoadResult ConfigLoader::loadDefault(const QString &dataDir) const
{
    QFile file(defaultConfigResource());
    file.open(QIODevice::ReadOnly);
    return loadText(file.readAll(), defaultConfigResource(), dataDir);
}

ConfigLoadResult ConfigLoader::loadText(const QByteArray &yaml, const QString &sourceName,
                                        const QString &baseDir) const
{
    ConfigLoadResult result;
    result.config.sourceFile = sourceName;
    result.config.configId = ConfigIdentity::idOf(yaml);
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::ParserException &e) {
        result.errors.push_back({sourceName,
                                 e.mark.line + 1,
                                 {},
                                 QStringLiteral("invalid YAML: %1").arg(QString::fromStdString(e.msg))});
        return result;
    }
    YamlReader reader(sourceName, &result.errors);
    if (root.IsNull() || !root.IsDefined())
        return result; // an empty file: every default
    if (!reader.expectMap(root, QString()))
        return result;

    ParseContext ctx{reader, {}};
    AppConfig &config = result.config;
    parseLightspeedHalf(root, config, ctx);
    if (reader.has(root, "stack") && !root["stack"].IsNull()) {
        config.stack.emplace();
        parseStack(root["stack"], *config.stack, ctx);
    }

    if (reader.has(root, "sessions") && !root["sessions"].IsNull())
        parseSessions(root["sessions"], config.sessions, ctx);
    if (reader.has(root, "desktop") && !root["desktop"].IsNull())
        parseDesktop(root["desktop"], config.desktop, ctx);

    visitPathFields(config, [&](const QString &, QString &path) {
        if (!path.isEmpty() && QDir::isRelativePath(path) && !path.startsWith(QLatin1Char(':')))
            path = QDir(baseDir).absoluteFilePath(path);
    });
    visitPathFields(
        config,
        [&](const QString &key, QString &path) {
            if (!QFileInfo::exists(path))
                reader.error(ctx.lines.value(key), key, QStringLiteral("file not found: %1").arg(path));
        },
        true);
    SecretResolver fallback;
    SecretResolver *secrets = m_secrets ? m_secrets : &fallback;
    visitSecretFields(config, [&](const QString &key, QString &raw) {
        QString value, error;
        if (secrets->resolve(raw, &value, &error))
            raw = value;
        else
            reader.error(ctx.lines.value(key), key, error);
    });
    return result;
}

} // namespace aistack
