#pragma once

#include "llmerror.h"
#include "llmtypes.h"

#include <optional>

namespace aistack {

class LlmProvider;

// Runs one chat completion and waits for it in a local event loop. For worker threads only; *error
// is set when the call fails.
std::optional<ChatResult> chatAndWait(LlmProvider &provider, const ChatRequest &request, LlmError *error);

} // namespace aistack
