#include "orderedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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
QByteArray encodeString(const QString &text, bool ascii = false)
{
    if (ascii) {
        QByteArray out;
        out.reserve(text.size() + 2);
        out += '"';
        for (const QChar ch : text) {
            const char16_t c = ch.unicode();
            switch (c) {
            case u'"':
                out += "\\\"";
                break;
            case u'\\':
                out += "\\\\";
                break;
            case u'\n':
                out += "\\n";
                break;
            case u'\r':
                out += "\\r";
                break;
            case u'\t':
                out += "\\t";
                break;
            case u'\b':
                out += "\\b";
                break;
            case u'\f':
                out += "\\f";
                break;
            default:
                if (c < 0x20 || c > 0x7e) {
                    char escaped[8];
                    qsnprintf(escaped, sizeof escaped, "\\u%04x", int(c));
                    out += escaped;
                } else {
                    out += char(c);
                }
            }
        }
        out += '"';
        return out;
    }
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

QByteArray OrderedJson::encodePython(const QJsonValue &value)
{
    if (value.isString())
        return encodeString(value.toString(), true);
    if (value.isArray()) {
        QByteArray out("[");
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            out += (i ? ", " : "") + encodePython(array.at(i));
        return out + ']';
    }
    if (value.isObject()) {
        QByteArray out("{");
        const QJsonObject object = value.toObject();
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            out += (first ? "" : ", ") + encodeString(it.key(), true) + ": " + encodePython(it.value());
            first = false;
        }
        return out + '}';
    }
    if (value.isDouble() && value.toDouble() != double(qint64(value.toDouble())))
        return QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest); // Python's repr
    return encode(value);
}

QByteArray OrderedJson::serialize(bool python) const
{
    const char *comma = python ? ", " : ",";
    const char *colon = python ? ": " : ":";
    QByteArray out("{");
    bool first = true;
    for (const auto &[key, item] : m_items) {
        if (!first)
            out += comma;
        first = false;
        out += encodeString(key, python) + colon;
        if (const auto *v = std::get_if<QJsonValue>(&item)) {
            out += python ? encodePython(*v) : encode(*v);
        } else if (const auto *o = std::get_if<std::shared_ptr<OrderedJson>>(&item)) {
            out += (*o)->serialize(python);
        } else {
            const auto &list = std::get<QVector<OrderedJson>>(item);
            out += '[';
            for (int i = 0; i < list.size(); ++i)
                out += (i ? comma : "") + list.at(i).serialize(python);
            out += ']';
        }
    }
    out += '}';
    return out;
}

QByteArray OrderedJson::toJson() const
{
    return serialize(false);
}

QByteArray OrderedJson::toPythonJson() const
{
    return serialize(true);
}

} // namespace aistack
