#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QPair>

#include "common/orderedjson.h"

namespace aistack {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A complete HTTP response before it is put on the wire.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    HeaderList headers;

    static HttpResponse json(int status, const QJsonValue &value);
    static HttpResponse json(int status, const OrderedJson &object);
    static HttpResponse text(int status, const QByteArray &contentType, const QByteArray &body);

    // Status line, headers (with Content-Length) and, unless omitBody (HEAD), the body.
    QByteArray serialize(const HeaderList &extraHeaders, bool omitBody, bool closeConnection) const;
};

const char *reasonPhrase(int status);

} // namespace aistack
