#include "formatparsers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonParser)
};

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    default:
        return {};
    }
}

// A path as the lines show it: a longer one keeps its last kMaxPath characters, so that deep nesting or
// long keys cannot make every line under them as long as the document (quadratic time and memory).
constexpr qsizetype kMaxPath = 160;

QString bounded(QString path)
{
    if (path.size() <= kMaxPath)
        return path;
    QStringView tail = QStringView(path).right(kMaxPath);
    if (tail.front().isLowSurrogate())
        tail = tail.mid(1);
    return QChar(0x2026) + tail.toString();
}

// "path: value" lines for every scalar under v.
void flatten(const QJsonValue &v, const QString &path, QStringList *lines)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), bounded(path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key()),
                    lines);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            flatten(a[i], bounded(path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']')), lines);
    } else if (!v.isNull() && !v.isUndefined()) {
        const QString s = scalarText(v);
        lines->push_back(path.isEmpty() ? s : path + QStringLiteral(": ") + s);
    }
}
} // namespace

bool parseJson(const QByteArray &utf8, ParsedDocument *doc, QString *error)
{
    doc->format = QStringLiteral("json");
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(utf8, &parseError);
    if (json.isNull()) {
        *error = Tr::tr("invalid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    // A list of records: one block per record. An object: one block per top-level key.
    if (json.isArray()) {
        const QJsonArray a = json.array();
        for (const QJsonValue &item : a) {
            QStringList lines;
            flatten(item, QString(), &lines);
            doc->add(TextBlock::Kind::Paragraph, lines.join(QLatin1Char('\n')));
        }
        return true;
    }
    const QJsonObject o = json.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        QStringList lines;
        flatten(it.value(), bounded(it.key()), &lines);
        doc->add(TextBlock::Kind::Paragraph, lines.join(QLatin1Char('\n')));
    }
    return true;
}

} // namespace aistack
