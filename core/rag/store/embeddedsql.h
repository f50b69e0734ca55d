#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVector>

// Small helpers the embedded store's files share (reading and writing rows).
namespace aistack::EmbeddedSql {

inline QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text().trimmed();
}

inline bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = sqlError(q);
    return false;
}

inline QByteArray vectorBlob(const QVector<float> &v)
{
    return QByteArray(reinterpret_cast<const char *>(v.constData()), v.size() * qsizetype(sizeof(float)));
}

inline QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace aistack::EmbeddedSql
