#pragma once

#include "llm/llmcall.h"

#include <QStringList>
#include <QThread>
#include <functional>
#include <optional>

namespace aistack::test {

// What one provider call delivered, collected by running the event loop until its final signal.
struct CallOutcome
{
    QStringList tokens;
    std::optional<ChatResult> chat;
    std::optional<EmbeddingResult> embeddings;
    std::optional<QList<ModelInfo>> models;
    bool healthy = false;
    std::optional<LlmError> error;
    bool finished = false;       // a final signal arrived in time
    bool offThread = false;      // some signal arrived on another thread than the caller's
    bool synchronous = false;    // a final signal was emitted before the call was returned
    qint64 elapsedMs = 0;

    QString joined() const { return tokens.join(QString()); }
};

// Waits up to timeoutMs. `onToken` may cancel the call (e.g. after a few tokens).
CallOutcome waitFor(LlmCall *call, int timeoutMs = 60000,
                    const std::function<void(LlmCall *, int tokenCount)> &onToken = {});

} // namespace aistack::test
