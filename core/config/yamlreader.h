#pragma once

#include "configerror.h"

#include <QStringList>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace aistack {

// Typed access to YAML nodes that records an error (file, line, dotted key) for every
// value of the wrong type or out of range, and keeps going so that all errors are reported.
class YamlReader
{
public:
    YamlReader(QString file, ConfigErrors *errors) : m_file(std::move(file)), m_errors(errors) {}

    static QString join(const QString &path, const char *key);
    static int lineOf(const YAML::Node &node);

    bool expectMap(const YAML::Node &node, const QString &path);
    bool has(const YAML::Node &map, const char *key) const;
    bool isNull(const YAML::Node &map, const char *key) const;

    QString string(const YAML::Node &map, const char *key, const QString &path, const QString &def);
    std::optional<QString> optString(const YAML::Node &map, const char *key, const QString &path);
    QString requiredString(const YAML::Node &map, const char *key, const QString &path);
    bool boolean(const YAML::Node &map, const char *key, const QString &path, bool def);
    std::optional<bool> optBoolean(const YAML::Node &map, const char *key, const QString &path);
    qint64 integer(const YAML::Node &map, const char *key, const QString &path, qint64 def, qint64 min,
                   qint64 max);
    std::optional<qint64> optInteger(const YAML::Node &map, const char *key, const QString &path, qint64 min,
                                     qint64 max);
    std::optional<double> optNumber(const YAML::Node &map, const char *key, const QString &path, double min,
                                    double max);
    QStringList stringList(const YAML::Node &map, const char *key, const QString &path,
                           const QStringList &def);

    void error(const YAML::Node &node, const QString &path, const QString &message);
    void error(int line, const QString &path, const QString &message);
    const QString &file() const { return m_file; }

private:
    std::optional<QString> scalar(const YAML::Node &node, const QString &path, const char *what);
    template <typename T>
    std::optional<T> optRanged(const YAML::Node &map, const char *key, const QString &path, T min, T max,
                               const char *what, T (*convert)(const QString &, bool *));

    QString m_file;
    ConfigErrors *m_errors;
};

} // namespace aistack
