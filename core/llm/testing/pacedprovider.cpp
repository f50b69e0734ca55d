#include "pacedprovider.h"

#include <QRegularExpression>
#include <QTimer>

namespace aistack {

PacedProvider::PacedProvider(const QString &model) : m_model(model)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("(\\d+)x(\\d+)")).match(model);
    if (m.hasMatch()) {
        m_count = qMax(1, m.captured(1).toInt());
        m_intervalMs = qMax(0, m.captured(2).toInt());
    }
}

LlmCall *PacedProvider::chat(const ChatRequest &, bool stream)
{
    auto *call = new LlmCall(name(), m_model);
    auto *timer = new QTimer(call);
    timer->setInterval(m_intervalMs);
    auto sent = std::make_shared<int>(0);
    auto text = std::make_shared<QString>();
    QObject::connect(call, &LlmCall::cancelRequested, timer, &QTimer::stop);
    QObject::connect(timer, &QTimer::timeout, call,
                     [call, timer, sent, text, stream, count = m_count, model = m_model]() {
                         const QString word = QStringLiteral("w%1 ").arg(*sent);
                         *text += word;
                         if (stream)
                             call->emitToken(word);
                         if (++*sent < count)
                             return;
                         timer->stop();
                         ChatResult result;
                         result.text = *text;
                         result.finishReason = QStringLiteral("stop");
                         result.model = model;
                         result.usage = {1, count, TokenUsage::Source::Provider};
                         call->finishChat(result);
                     });
    timer->start();
    return call;
}

LlmCall *PacedProvider::embed(const QStringList &, const QString &)
{
    auto *call = new LlmCall(name(), m_model);
    call->failLater(LlmError::make(LlmError::Kind::Unsupported, name(), QStringLiteral("no embeddings")));
    return call;
}

LlmCall *PacedProvider::listModels()
{
    auto *call = new LlmCall(name(), m_model);
    call->later([call, model = m_model]() {
        call->finishModels({{model, QStringLiteral("llm"), QStringLiteral("paced")}});
    });
    return call;
}

LlmCall *PacedProvider::checkHealth()
{
    auto *call = new LlmCall(name(), m_model);
    call->later([call]() { call->finishHealthy(); });
    return call;
}

} // namespace aistack
