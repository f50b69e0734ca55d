#include "blockingchat.h"

#include "llmcall.h"
#include "llmprovider.h"

#include <QEventLoop>

namespace aistack {

std::optional<ChatResult> chatAndWait(LlmProvider &provider, const ChatRequest &request, LlmError *error)
{
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
    QEventLoop loop;
    LlmCall *call = provider.chat(request, false);
    QObject::connect(call, &LlmCall::chatFinished, &loop, [&](const ChatResult &r) { result = r; });
    QObject::connect(call, &LlmCall::failed, &loop, [&](const LlmError &e) { *error = e; });
    QObject::connect(call, &LlmCall::done, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

} // namespace aistack
