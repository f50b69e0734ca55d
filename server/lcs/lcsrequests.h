#pragma once

#include "conversations/conversationquery.h"
#include "feedback/feedbackstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace aistack::LcsRequests {

// The JSON of a body, or the 422 items for a body that is missing or is not JSON (checked before
// authentication, as FastAPI does).
QJsonArray parseJson(const QByteArray &body, QJsonValue *out);

// QueryRequest (extra keys refused). Returns the 422 items; empty when valid.
QJsonArray parseQuery(const QJsonValue &body, ConversationQuery *out);
// FeedbackRequest (extra keys ignored). Returns the 422 items; empty when valid.
QJsonArray parseFeedback(const QJsonValue &body, FeedbackEntry *out);

// The MCP-HEADERS request header: a JSON object of objects of strings, keyed by MCP server name or URL.
// Returns the 422 items (loc ["header", "mcp-headers"]); empty when valid.
QJsonArray parseMcpHeaders(const QByteArray &header, QJsonObject *out);

// Python's uuid.UUID(s) acceptance.
bool isUuid(const QString &text);

} // namespace aistack::LcsRequests
