#pragma once

#include "../llmcall.h"
#include "localsettings.h"

#ifdef AISTACK_HAVE_LLAMA_COMMON
#include "llamatooltemplate.h"
#endif

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

struct llama_model;
struct llama_context;

namespace aistack {

// One GGUF model run by llama.cpp on its own worker thread. Requests queue in arrival order and run one at a
// time; results go back through each call's channel. The model is loaded by the first request.
class LocalEngine
{
public:
    explicit LocalEngine(LocalSettings settings);
    ~LocalEngine(); // stops the running request, fails the queued ones

    void chat(const ChatRequest &request, bool stream, std::shared_ptr<CallChannel> channel);
    void embed(const QStringList &texts, std::shared_ptr<CallChannel> channel);
    void checkHealth(std::shared_ptr<CallChannel> channel); // loads the model if needed

private:
    struct Job
    {
        std::shared_ptr<CallChannel> channel;
        std::function<void()> run;
    };
    void post(std::shared_ptr<CallChannel> channel, std::function<void()> run);
    void run();
    bool ensureLoaded(LlmError *error);
    bool ensureEmbeddingContext(LlmError *error);
    void runChat(const ChatRequest &request, bool stream, CallChannel &channel);
    void runEmbed(const QStringList &texts, CallChannel &channel);
#ifdef AISTACK_HAVE_LLAMA_COMMON
    using ToolPrompt = LlamaToolTemplate::Prompt;
#else
    struct ToolPrompt
    {
        QByteArray text;
        QStringList stops;
        bool parsesCalls = false;
        QList<QByteArray> callStarts;
        bool streamable = false;
    };
#endif
    // The prompt with the request's tools in the model's template; nullopt without tools (or without the chat
    // library, or when the template cannot show them: then the plain prompt is used).
    std::optional<ToolPrompt> promptWithTools(const ChatRequest &request) const;
    // The calls the model asked for, read from its text: result's text becomes the answer part.
    static void readToolCalls(const std::optional<ToolPrompt> &prompt, const QByteArray &text,
                              ChatResult *result);
    LlmError error(int kind, const QString &message) const;
    LlmError unloaded() const;
    // True when the request must end now; fails the call when the engine is shutting down.
    bool shouldStop(CallChannel &channel) const;

    LocalSettings m_settings;
    llama_model *m_model = nullptr;
    llama_context *m_chat = nullptr;
    llama_context *m_embed = nullptr;
#ifdef AISTACK_HAVE_LLAMA_COMMON
    std::unique_ptr<LlamaToolTemplate> m_toolTemplate; // the model's template with tools
#endif
    QString m_loadError;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace aistack
