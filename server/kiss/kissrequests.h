#pragma once

#include "auth/sessionauthority.h"
#include "kissoutcome.h"
#include "rag/ingest/preparedocument.h"

#include <QJsonObject>
#include <QVector>

namespace aistack {

// The request bodies of the KISS API as its pydantic models read them, with FastAPI's 422 list for what
// they refuse. Each parse returns an outcome that is ok() or the error to send.
namespace KissRequests {

// The JSON object of a request body. An empty body is "missing" (422), as FastAPI says of a required body.
KissOutcome parseBody(const QByteArray &body, QJsonObject *out);

// SessionRequest: scope (temporary | persistent | null), client_id and client_secret (string | null).
KissOutcome parseLogin(const QJsonObject &body, LoginRequest *out);

// QueryRequestBody: query is a string, "Greetings!" when missing; null is refused.
KissOutcome parseQuery(const QJsonObject &body, QString *query);

// DocumentsRequestBody: files [{name, content (base64)}] and metadata (object | null). A file whose content
// is not base64 or is empty is refused with 400 naming the file. Names are reduced to a safe base name:
// they are labels, never paths.
KissOutcome parseDocuments(const QJsonObject &body, QVector<IngestFile> *files);

QString safeFileName(const QString &name, int index);

} // namespace KissRequests
} // namespace aistack
