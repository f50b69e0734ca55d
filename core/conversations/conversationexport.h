#pragma once

#include "common/orderedjson.h"
#include "conversationstore.h"

#include <functional>

namespace aistack {

// A conversation written out for people and programs: the API's own shape and Markdown.
namespace ConversationExport {

using TimeFormat = std::function<QString(const QDateTime &)>;

// The body of GET /v1/conversations/{id}: {"conversation_id", "chat_history": [{"messages": [{"content",
// "type": "user"}, {"content", "type": "assistant"}], "started_at", "completed_at"}, ...]}.
OrderedJson apiHistory(const QString &conversationId, const QVector<ConversationTurn> &turns,
                       const TimeFormat &isoTime);

// A Markdown document: the title, then each question and answer with its model, time and sources.
QString markdown(const QString &title, const QVector<ConversationTurn> &turns);

} // namespace ConversationExport

} // namespace aistack
