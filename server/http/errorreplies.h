#pragma once

#include "httpresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace aistack {

// The one place where errors become wire shapes. Both protocols answer errors as FastAPI
// does: {"detail": "<message>"} or {"detail": {"response": ..., "cause": ...}}; uncaught
// failures as text/plain "Internal Server Error".
class ErrorReplies
{
public:
    static HttpResponse detail(int status, const QString &message);
    // FastAPI's request validation error: 422 {"detail": [{"type", "loc", "msg", "input", ["ctx"]}, ...]}.
    static HttpResponse validation(const QJsonArray &errors);
    // One entry of that list.
    static QJsonObject validationItem(const QString &type, const QJsonArray &loc, const QString &msg,
                                      const QJsonValue &input, const QJsonObject &ctx = {});
    // The same errors as the "detail" of a WebSocket error frame: {"error": true, "status_code", "detail"}.
    static QJsonObject frame(int status, const QJsonValue &detail);
    static HttpResponse detailWithCause(int status, const QString &response, const QString &cause);
    static HttpResponse notFound();
    static HttpResponse methodNotAllowed(const QByteArray &allow);
    static HttpResponse upgradeRequired();
    static HttpResponse internalError();
};

} // namespace aistack
