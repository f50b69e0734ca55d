#pragma once

#include "llmtypes.h"

namespace aistack {

// The messages sent to a model for a request: the system prompt first, then the conversation, with any
// retrieved passages placed before the question in the last user message.
QList<ChatMessage> renderChatMessages(const ChatRequest &request);

} // namespace aistack
