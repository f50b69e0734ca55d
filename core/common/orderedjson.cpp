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

QByteArray OrderedJson::encode(const QJsonValue &value)
{
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
        out += encode(key) + ':';
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
