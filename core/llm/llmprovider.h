#pragma once

#include "llmcall.h"

#include <QString>

namespace aistack {

// One model provider: an OpenAI-compatible server, llama.cpp in process, the builtin embedder, or the
// no-model fallback. Thread-safe: any thread with an event loop may start calls; each call's signals
// arrive on the thread that started it, and starting a call never blocks.
class LlmProvider
{
public:
    virtual ~LlmProvider() = default;

    // The configured kind, e.g. "openai", "ollama", "llama_stack", "local", "builtin", "none".
    virtual QString name() const = 0;
    // The model used when a request names none.
    virtual QString defaultModel() const = 0;
    // Whether chat() passes ChatRequest::tools to the model and returns the calls it asks for.
    virtual bool supportsTools() const { return false; }

    // Chat completion. With `stream`, token() carries each piece of text as the provider produces it;
    // the joined tokens equal the final ChatResult::text.
    virtual LlmCall *chat(const ChatRequest &request, bool stream) = 0;
    // Embeddings of a batch of texts (an empty model name means the provider's embedding model).
    virtual LlmCall *embed(const QStringList &texts, const QString &model = {}) = 0;
    virtual LlmCall *listModels() = 0;
    virtual LlmCall *checkHealth() = 0;

    // For worker threads that wait for the result anyway: providers whose work is local CPU (the builtin
    // embedder, the no-model answer) may do the call in the calling thread, with no event loop and no hop
    // to another thread. NotOffered: use the asynchronous call.
    enum class Inline { NotOffered, Done, Failed };
    virtual Inline embedInline(const QStringList &texts, const QString &model, EmbeddingResult *out,
                               LlmError *error)
    {
        Q_UNUSED(texts);
        Q_UNUSED(model);
        Q_UNUSED(out);
        Q_UNUSED(error);
        return Inline::NotOffered;
    }
    virtual Inline chatInline(const ChatRequest &request, ChatResult *out, LlmError *error)
    {
        Q_UNUSED(request);
        Q_UNUSED(out);
        Q_UNUSED(error);
        return Inline::NotOffered;
    }
};

} // namespace aistack
