#include "yamlreader.h"

namespace aistack {

QString YamlReader::join(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromUtf8(key) : path + QLatin1Char('.') + QString::fromUtf8(key);
}

int YamlReader::lineOf(const YAML::Node &node)
{
    if (!node.IsDefined())
        return 0;
    const int line = node.Mark().line;
    return line >= 0 ? line + 1 : 0;
}

void YamlReader::error(const YAML::Node &node, const QString &path, const QString &message)
{
    error(lineOf(node), path, message);
}

void YamlReader::error(int line, const QString &path, const QString &message)
{
    m_errors->push_back(ConfigError{m_file, line, path, message});
}

bool YamlReader::expectMap(const YAML::Node &node, const QString &path)
{
    if (node.IsMap())
        return true;
    error(node, path, QStringLiteral("expected a mapping of keys to values"));
    return false;
}

bool YamlReader::has(const YAML::Node &map, const char *key) const
{
    return map.IsMap() && map[key].IsDefined();
}

bool YamlReader::isNull(const YAML::Node &map, const char *key) const
{
    return !has(map, key) || map[key].IsNull();
}

std::optional<QString> YamlReader::scalar(const YAML::Node &node, const QString &path, const char *what)
{
    if (!node.IsScalar()) {
        error(node, path, QStringLiteral("expected %1").arg(QLatin1String(what)));
        return std::nullopt;
    }
    return QString::fromStdString(node.Scalar());
}

std::optional<QString> YamlReader::optString(const YAML::Node &map, const char *key, const QString &path)
{
    if (isNull(map, key))
        return std::nullopt;
    return scalar(map[key], join(path, key), "a string");
}

QString YamlReader::string(const YAML::Node &map, const char *key, const QString &path, const QString &def)
{
    return optString(map, key, path).value_or(def);
}

QString YamlReader::requiredString(const YAML::Node &map, const char *key, const QString &path)
{
    if (isNull(map, key)) {
        error(map, join(path, key), QStringLiteral("is required"));
        return {};
    }
    const auto value = scalar(map[key], join(path, key), "a string");
    if (value && value->trimmed().isEmpty())
        error(map[key], join(path, key), QStringLiteral("must not be empty"));
    return value.value_or(QString());
}

std::optional<bool> YamlReader::optBoolean(const YAML::Node &map, const char *key, const QString &path)
{
    if (isNull(map, key))
        return std::nullopt;
    const auto text = scalar(map[key], join(path, key), "true or false");
    if (!text)
        return std::nullopt;
    const QString v = text->toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("on"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("off"))
        return false;
    error(map[key], join(path, key), QStringLiteral("expected true or false, got '%1'").arg(*text));
    return std::nullopt;
}

bool YamlReader::boolean(const YAML::Node &map, const char *key, const QString &path, bool def)
{
    return optBoolean(map, key, path).value_or(def);
}

template <typename T>
std::optional<T> YamlReader::optRanged(const YAML::Node &map, const char *key, const QString &path, T min, T max,
                                       const char *what, T (*convert)(const QString &, bool *))
{
    if (isNull(map, key))
        return std::nullopt;
    const auto text = scalar(map[key], join(path, key), what);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const T v = convert(*text, &ok);
    if (!ok) {
        error(map[key], join(path, key), QStringLiteral("expected %1, got '%2'").arg(QLatin1String(what), *text));
        return std::nullopt;
    }
    if (v < min || v > max) {
        error(map[key], join(path, key),
              QStringLiteral("must be between %1 and %2, got %3").arg(min).arg(max).arg(v));
        return std::nullopt;
    }
    return v;
}

std::optional<qint64> YamlReader::optInteger(const YAML::Node &map, const char *key, const QString &path,
                                             qint64 min, qint64 max)
{
    return optRanged<qint64>(map, key, path, min, max, "an integer",
                             [](const QString &t, bool *ok) { return t.toLongLong(ok); });
}

std::optional<double> YamlReader::optNumber(const YAML::Node &map, const char *key, const QString &path,
                                            double min, double max)
{
    return optRanged<double>(map, key, path, min, max, "a number",
                             [](const QString &t, bool *ok) { return t.toDouble(ok); });
}

qint64 YamlReader::integer(const YAML::Node &map, const char *key, const QString &path, qint64 def,
                           qint64 min, qint64 max)
{
    return optInteger(map, key, path, min, max).value_or(def);
}

QStringList YamlReader::stringList(const YAML::Node &map, const char *key, const QString &path,
                                   const QStringList &def)
{
    if (isNull(map, key))
        return def;
    const YAML::Node node = map[key];
    const QString p = join(path, key);
    if (!node.IsSequence()) {
        error(node, p, QStringLiteral("expected a list of strings"));
        return def;
    }
    QStringList out;
    for (std::size_t i = 0; i < node.size(); ++i) {
        if (auto s = scalar(node[i], p + QStringLiteral("[%1]").arg(i), "a string"))
            out << *s;
    }
    return out;
}

} // namespace aistack
