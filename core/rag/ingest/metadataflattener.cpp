#include "metadataflattener.h"

#include <QJsonArray>

namespace aistack {

namespace {
void flattenInto(const QString &key, const QJsonValue &value, QJsonObject *out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flattenInto(key.isEmpty() ? it.key() : key + QLatin1Char('.') + it.key(), it.value(), out);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            flattenInto(key + QLatin1Char('.') + QString::number(i), a[i], out);
    } else if (!value.isNull() && !value.isUndefined()) {
        out->insert(key, value);
    }
}
} // namespace

QJsonObject flattenMetadata(const QJsonObject &metadata)
{
    QJsonObject out;
    flattenInto(QString(), metadata, &out);
    return out;
}

} // namespace aistack
