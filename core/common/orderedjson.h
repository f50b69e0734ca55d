#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QVector>
#include <memory>
#include <optional>
#include <variant>

namespace aistack {

// A JSON object that keeps its keys in insertion order (QJsonObject sorts them), for wire
// bodies that must match the original services byte for byte. Compact output, UTF-8, no
// escaping of non-ASCII (FastAPI's JSONResponse).
class OrderedJson
{
public:
    OrderedJson &add(const QString &key, const QJsonValue &value);
    OrderedJson &add(const QString &key, const OrderedJson &object);
    OrderedJson &add(const QString &key, const QVector<OrderedJson> &objects);

    QByteArray toJson() const;
    // Python's json.dumps with default settings: ", " and ": " separators, non-ASCII escaped as \uXXXX
    // (the Lightspeed SSE events, feedback and transcript files).
    QByteArray toPythonJson() const;
    bool isEmpty() const { return m_items.isEmpty(); }

    static QByteArray encode(const QJsonValue &value);
    static QByteArray encodePython(const QJsonValue &value);

private:
    QByteArray serialize(bool python) const;
    using Item = std::variant<QJsonValue, std::shared_ptr<OrderedJson>, QVector<OrderedJson>>;
    QVector<QPair<QString, Item>> m_items;
};

// An optional value as JSON: null when it is absent (Python's None).
template <typename T> QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace aistack
