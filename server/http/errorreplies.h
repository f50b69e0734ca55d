#pragma once

#include "httpresponse.h"

#include <QString>

namespace aistack {

// The one place where errors become wire shapes. Both protocols answer errors as FastAPI
// does: {"detail": "<message>"} or {"detail": {"response": ..., "cause": ...}}; uncaught
// failures as text/plain "Internal Server Error".
class ErrorReplies
{
public:
    static HttpResponse detail(int status, const QString &message);
    static HttpResponse detailWithCause(int status, const QString &response, const QString &cause);
    static HttpResponse notFound();
    static HttpResponse methodNotAllowed(const QByteArray &allow);
    static HttpResponse upgradeRequired();
    static HttpResponse internalError();
};

} // namespace aistack
