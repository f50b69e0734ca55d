#include "orderedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace aistack {

OrderedJson &OrderedJson::add(const QString &key, const QJsonValue &value)
{
    m_items.push_back({key, Item(value)});
    return *this;
}

OrderedJson &OrderedJson::add(const QString &key, const OrderedJson &object)
{
    m_items.push_back({key, Item(std::make_shared<OrderedJson>(object))});
    return *this;
}

OrderedJson &OrderedJson::add(const QString &key, const QVector<OrderedJson> &objects)
{
    m_items.push_back({key, Item(objects)});
    return *this;
}

namespace {
// A JSON string as QJsonDocument writes it (UTF-8, non-ASCII kept), without building a document.
QByteArray encodeString(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                char escaped[8];
                qsnprintf(escaped, sizeof escaped, "\\u%04x", int(uchar(c)));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}
} // namespace

QByteArray OrderedJson::encode(const QJsonValue &value)
{
    if (value.isString())
        return encodeString(value.toString());
    if (value.isBool())
        return value.toBool() ? "true" : "false";
    if (value.isNull() || value.isUndefined())
        return "null";
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isUndefined())
        return "null";
    // A scalar: serialise inside an array and strip the brackets.
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

QByteArray OrderedJson::toJson() const
{
    QByteArray out("{");
    bool first = true;
    for (const auto &[key, item] : m_items) {
        if (!first)
            out += ',';
        first = false;
        out += encodeString(key) + ':';
        if (const auto *v = std::get_if<QJsonValue>(&item)) {
            out += encode(*v);
        } else if (const auto *o = std::get_if<std::shared_ptr<OrderedJson>>(&item)) {
            out += (*o)->toJson();
        } else {
            const auto &list = std::get<QVector<OrderedJson>>(item);
            out += '[';
            for (int i = 0; i < list.size(); ++i)
                out += (i ? "," : "") + list.at(i).toJson();
            out += ']';
        }
    }
    out += '}';
    return out;
}

} // namespace aistack
