#pragma once

#include "auth/lcs/requestauth.h"
#include "conversations/conversationquery.h"
#include "http/httpresponse.h"

#include <QJsonArray>
#include <QJsonObject>

namespace aistack::LcsErrors {

// Every Lightspeed error body, as the original answers it.
HttpResponse fromAuth(const AuthVerdict &verdict);
HttpResponse fromQuery(const QueryError &error);

// 422 for a custom check ("Value error, ..." with ctx {"error": {}}).
QJsonObject valueError(const QJsonArray &loc, const QString &message, const QJsonValue &input);
HttpResponse validation(const QJsonArray &items);

HttpResponse feedbackDisabled();
HttpResponse feedbackNotStored(const QString &osError);
// A query's transcript file could not be written (the turn itself is stored).
HttpResponse transcriptNotStored(const QString &osError);
HttpResponse badConversationId(const QString &id);
HttpResponse conversationNotFound(const QString &id);
// verb: "read" or "delete".
HttpResponse conversationForbidden(const QString &verb);
HttpResponse conversationsUnavailable(const QString &userId);
HttpResponse unknownError(const QString &cause);
// A database failure: 503 "Database unavailable" while the database cannot be reached (the client may retry
// once it is back), else unknownError.
HttpResponse databaseFailed(const QString &cause);

} // namespace aistack::LcsErrors
