#include "blockingchat.h"
#include "common/mayblock.h"

#include "llmcall.h"
#include "llmprovider.h"

#include <QEventLoop>

namespace aistack {

namespace {
// Waits for the call's final signal; `finished` is connected by the caller.
void waitFor(LlmCall *call, LlmError *error)
{
    QEventLoop loop;
    QObject::connect(call, &LlmCall::failed, &loop, [error](const LlmError &e) { *error = e; });
    QObject::connect(call, &LlmCall::done, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
} // namespace

std::optional<ChatResult> chatAndWait(LlmProvider &provider, const ChatRequest &request, LlmError *error)
{
    AISTACK_BLOCKING();
    ChatResult direct;
    switch (provider.chatInline(request, &direct, error)) {
    case LlmProvider::Inline::Done:
        return direct;
    case LlmProvider::Inline::Failed:
        return std::nullopt;
    case LlmProvider::Inline::NotOffered:
        break;
    }
    std::optional<ChatResult> result;
    LlmCall *call = provider.chat(request, false);
    QObject::connect(call, &LlmCall::chatFinished, call, [&result](const ChatResult &r) { result = r; });
    waitFor(call, error);
    return result;
}

std::optional<QList<ModelInfo>> listModelsAndWait(LlmProvider &provider, LlmError *error)
{
    std::optional<QList<ModelInfo>> result;
    LlmCall *call = provider.listModels();
    QObject::connect(call, &LlmCall::modelsListed, call,
                     [&result](const QList<ModelInfo> &m) { result = m; });
    waitFor(call, error);
    return result;
}

bool checkHealthAndWait(LlmProvider &provider, LlmError *error)
{
    bool healthy = false;
    LlmCall *call = provider.checkHealth();
    QObject::connect(call, &LlmCall::healthy, call, [&healthy]() { healthy = true; });
    waitFor(call, error);
    return healthy;
}

} // namespace aistack
