#pragma once

#include "storage/database.h"

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

// Runs q, again when the schema changed under it (Database::schemaChanged: a collection's full-text table was
// created or dropped as q opened another one).
inline bool run(QSqlQuery &q, QString *error)
{
    for (int attempt = 0;; ++attempt) {
        if (q.exec())
            return true;
        if (attempt == Database::kSchemaChangeRetries || !Database::schemaChanged(q.lastError()))
            break;
    }
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
