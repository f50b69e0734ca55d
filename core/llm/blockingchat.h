#pragma once

#include "llmerror.h"
#include "llmtypes.h"

#include <optional>

namespace aistack {

class LlmProvider;

// Provider calls that wait in a local event loop. For worker threads only; *error is set when the call
// fails.

// One chat completion.
std::optional<ChatResult> chatAndWait(LlmProvider &provider, const ChatRequest &request, LlmError *error);
// The provider's models; nullopt and *error when it cannot list them.
std::optional<QList<ModelInfo>> listModelsAndWait(LlmProvider &provider, LlmError *error);
// Whether the provider answers its health check; false and *error when not.
bool checkHealthAndWait(LlmProvider &provider, LlmError *error);

} // namespace aistack
