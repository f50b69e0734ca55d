#include "blockingembed.h"
#include "common/mayblock.h"

#include "llm/llmcall.h"
#include "llm/llmprovider.h"

#include <QEventLoop>
#include <QTimer>
#include <cmath>

namespace aistack {

void normalize(QVector<float> &v)
{
    double sum = 0;
    for (float x : std::as_const(v))
        sum += double(x) * x;
    if (sum <= 0)
        return;
    const float scale = float(1.0 / std::sqrt(sum));
    for (float &x : v)
        x *= scale;
}

std::optional<QVector<QVector<float>>> embedAndWait(LlmProvider &provider, const QStringList &texts,
                                                    const QString &model, const std::atomic<bool> *cancelled,
                                                    QString *error)
{
    AISTACK_BLOCKING();
    std::optional<QVector<QVector<float>>> result;
    // A provider whose work is local CPU may run the batch right here (no hop to another thread); a batch is
    // short, and the callers look at the cancel flag between batches.
    if (!cancelled || !cancelled->load()) {
        EmbeddingResult direct;
        LlmError failure;
        switch (provider.embedInline(texts, model, &direct, &failure)) {
        case LlmProvider::Inline::Done:
            result = std::move(direct.vectors);
            break;
        case LlmProvider::Inline::Failed:
            *error = failure.message;
            return std::nullopt;
        case LlmProvider::Inline::NotOffered:
            break;
        }
    }
    if (!result) {
        QEventLoop loop;
        LlmCall *call = provider.embed(texts, model);
        QObject::connect(call, &LlmCall::embeddingsFinished, &loop,
                         [&](const EmbeddingResult &r) { result = r.vectors; });
        QObject::connect(call, &LlmCall::failed, &loop, [&](const LlmError &e) { *error = e.message; });
        QObject::connect(call, &LlmCall::done, &loop, &QEventLoop::quit);
        QTimer watch; // cancellation is a flag set by another thread
        if (cancelled) {
            QObject::connect(&watch, &QTimer::timeout, call, [call, cancelled]() {
                if (cancelled->load())
                    call->cancel();
            });
            watch.start(50);
        }
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!result)
        return std::nullopt;
    if (result->size() != texts.size()) {
        *error = QStringLiteral("the embedder returned %1 vectors for %2 texts")
                     .arg(result->size())
                     .arg(texts.size());
        return std::nullopt;
    }
    for (QVector<float> &v : *result)
        normalize(v);
    return result;
}

} // namespace aistack
