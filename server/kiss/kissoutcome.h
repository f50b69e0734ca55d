#pragma once

#include "http/httpresponse.h"

#include <QByteArray>
#include <QJsonValue>

namespace aistack {

// The result of one KISS operation, whether it came over REST or WebSocket: a GenericResponseBody, or an
// error with its status and FastAPI-style detail (a message, or the 422 list).
struct KissOutcome
{
    int status = 200;
    QByteArray body;   // status 200: the GenericResponseBody (or SessionResponse), encoded in field order
    QJsonValue detail; // otherwise
    qint64 retryAfterMs = 0;

    bool ok() const { return status == 200; }
    static KissOutcome success(const QByteArray &body) { return {200, body, {}, 0}; }
    static KissOutcome error(int status, const QJsonValue &detail) { return {status, {}, detail, 0}; }

    // The REST answer: the body, or {"detail": ...} with Retry-After when rate limited.
    HttpResponse toHttp() const;
    // The WebSocket answer to a frame of `event`: {"event", "result": <body>} or the error frame.
    QByteArray toFrame(const QString &event) const;
};

} // namespace aistack
