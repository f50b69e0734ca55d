#pragma once

#include "appconfig.h"
#include "yamlreader.h"

#include <QHash>
#include <QVector>
#include <functional>

namespace aistack {

// The reader of one document, and the line of each key that is post-processed
// (secrets resolved, paths made absolute) once parsing is complete.
struct ParseContext
{
    YamlReader &reader;
    QHash<QString, int> lines;
    void noteLine(const YAML::Node &map, const char *key, const QString &path)
    {
        lines.insert(YamlReader::join(path, key), YamlReader::lineOf(map[key]));
    }
};

using FieldVisitor = std::function<void(const QString &key, QString &value)>;
// Every secret field of a parsed configuration (literal, ${ENV} or keychain:NAME).
void visitSecretFields(AppConfig &config, const FieldVisitor &visit);
// Every file or folder path of a parsed configuration; mustExist: only those that must exist.
void visitPathFields(AppConfig &config, const FieldVisitor &visit, bool mustExistOnly = false);

void parseLightspeedHalf(const YAML::Node &root, AppConfig &config, ParseContext &ctx);
void parseSessions(const YAML::Node &node, SessionsConfig &sessions, ParseContext &ctx);
void parseDesktop(const YAML::Node &node, DesktopConfig &desktop, ParseContext &ctx);
void parseStack(const YAML::Node &node, StackConfig &stack, ParseContext &ctx);

} // namespace aistack
