#include "callwaiter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

namespace aistack::test {

CallOutcome waitFor(LlmCall *call, int timeoutMs, const std::function<void(LlmCall *, int)> &onToken)
{
    CallOutcome out;
    QElapsedTimer timer;
    timer.start();
    if (call->isFinished()) {
        out.synchronous = true;
        return out;
    }
    QThread *const self = QThread::currentThread();
    QEventLoop loop;
    auto check = [&out, self]() {
        if (QThread::currentThread() != self)
            out.offThread = true;
    };
    QObject::connect(call, &LlmCall::token, &loop, [&, call](const QString &t) {
        check();
        out.tokens << t;
        if (onToken)
            onToken(call, int(out.tokens.size()));
    });
    QObject::connect(call, &LlmCall::chatFinished, &loop, [&](const ChatResult &r) { check(); out.chat = r; });
    QObject::connect(call, &LlmCall::embeddingsFinished, &loop,
                     [&](const EmbeddingResult &r) { check(); out.embeddings = r; });
    QObject::connect(call, &LlmCall::modelsListed, &loop, [&](const QList<ModelInfo> &m) { check(); out.models = m; });
    QObject::connect(call, &LlmCall::healthy, &loop, [&]() { check(); out.healthy = true; });
    QObject::connect(call, &LlmCall::failed, &loop, [&](const LlmError &e) { check(); out.error = e; });
    QObject::connect(call, &LlmCall::done, &loop, [&]() {
        out.finished = true;
        loop.quit();
    });
    QPointer<LlmCall> guard(call);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    out.elapsedMs = timer.elapsed();
    if (!out.finished && guard)
        guard->cancel();
    return out;
}

} // namespace aistack::test
