#include "nomodelprovider.h"

#include "extractiveanswer.h"
#include "tokenestimate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace aistack {

ChatResult NoModelProvider::answer(const ChatRequest &request) const
{
    QString question;
    for (auto it = request.messages.crbegin(); it != request.messages.crend(); ++it)
        if (it->role == QLatin1String("user")) {
            question = it->content;
            break;
        }
    ChatResult result;
    result.text = request.grounded ? extractiveAnswer(question, request.context) : noModelMessage();
    result.finishReason = QStringLiteral("stop");
    result.model = defaultModel();
    result.usage = {estimateTokens(question), estimateTokens(result.text), TokenUsage::Source::Estimate};
    return result;
}

LlmProvider::Inline NoModelProvider::chatInline(const ChatRequest &request, ChatResult *out, LlmError *)
{
    *out = answer(request);
    return Inline::Done;
}

LlmCall *NoModelProvider::chat(const ChatRequest &request, bool stream)
{
    auto *call = new LlmCall(name(), defaultModel());
    const ChatResult result = answer(request);
    call->later([call, result, stream]() {
        if (stream) {
            // Word by word, whitespace kept with the word before it: the pieces join to the text.
            static const QRegularExpression word(QStringLiteral("\\S+\\s*|\\s+"));
            auto it = word.globalMatch(result.text);
            while (it.hasNext() && !call->isFinished())
                call->emitToken(it.next().captured());
        }
        call->finishChat(result);
    });
    return call;
}

LlmCall *NoModelProvider::embed(const QStringList &, const QString &)
{
    auto *call = new LlmCall(name(), defaultModel());
    call->failLater(LlmError::make(
        LlmError::Kind::NotConfigured, name(),
        QCoreApplication::translate("NoModelProvider", "No embedding model is configured for this tool.")));
    return call;
}

LlmCall *NoModelProvider::listModels()
{
    auto *call = new LlmCall(name(), defaultModel());
    call->later([call]() { call->finishModels({}); });
    return call;
}

LlmCall *NoModelProvider::checkHealth()
{
    auto *call = new LlmCall(name(), defaultModel());
    call->later([call]() { call->finishHealthy(); });
    return call;
}

} // namespace aistack
