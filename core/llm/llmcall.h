#pragma once

#include "common/threadhandoff.h"

#include "llmerror.h"
#include "llmtypes.h"

#include <QMutex>
#include <QObject>
#include <atomic>
#include <memory>

namespace aistack {

class LlmCall;

// The thread-safe way for a provider's worker to reach a call: posts land on the call's thread,
// and nothing is posted once the call is gone.
class CallChannel
{
public:
    bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void token(const QString &text);
    void chatFinished(const ChatResult &result);
    void embeddingsFinished(const EmbeddingResult &result);
    void failed(const LlmError &error);
    void healthy();
    // The provider starts working on the call (it waited in the provider's queue until now).
    void started();

private:
    friend class LlmCall;
    template <typename F> void post(F &&f);

    QMutex m_mutex;
    LlmCall *m_call = nullptr;
    std::atomic<bool> m_cancelled{false};
};

// One pending provider call. Lives on the thread that started it; every signal arrives there.
// Exactly one final signal (chatFinished, embeddingsFinished, modelsListed, healthy or failed) is
// emitted, never from inside the call that started it; then done(), and the object deletes itself.
class LlmCall : public QObject
{
    Q_OBJECT
public:
    LlmCall(QString provider, QString model, QObject *parent = nullptr);
    ~LlmCall() override;

    const QString &provider() const { return m_provider; }
    const QString &model() const { return m_model; }
    bool isFinished() const { return m_finished; }
    std::shared_ptr<CallChannel> channel() const { return m_channel; }

    // Stops the call: the provider's connection or generation ends, and failed(Cancelled) follows.
    void cancel();

    // For implementations, on the call's thread.
    void emitStarted();
    void emitToken(const QString &text);
    void finishChat(const ChatResult &result);
    void finishEmbeddings(const EmbeddingResult &result);
    void finishModels(const QList<ModelInfo> &models);
    void finishHealthy();
    void fail(const LlmError &error);
    // Runs `step` on the next event loop turn of the call's thread: for results known at once, so that
    // they still arrive after the caller has connected its slots.
    template <typename F> void later(F &&step)
    {
        QMetaObject::invokeMethod(this, handOff(std::forward<F>(step)), Qt::QueuedConnection);
    }
    void failLater(const LlmError &error)
    {
        later([this, error]() { fail(error); });
    }

Q_SIGNALS:
    // Only from providers that queue calls (a model run in process takes one at a time): the call left the
    // queue and runs now.
    void started();
    void token(const QString &text);
    void chatFinished(const aistack::ChatResult &result);
    void embeddingsFinished(const aistack::EmbeddingResult &result);
    void modelsListed(const QList<aistack::ModelInfo> &models);
    void healthy();
    void failed(const aistack::LlmError &error);
    void done();
    void cancelRequested();

private:
    // Emits one final signal, then done(), then deletes the call; later finishes do nothing.
    template <typename... Params, typename... Args>
    void finishWith(void (LlmCall::*signal)(Params...), const Args &...args)
    {
        if (m_finished)
            return;
        m_finished = true;
        Q_EMIT(this->*signal)(args...);
        Q_EMIT done();
        deleteLater();
    }

    QString m_provider;
    QString m_model;
    bool m_finished = false;
    std::shared_ptr<CallChannel> m_channel;
};

template <typename F> void CallChannel::post(F &&f)
{
    QMutexLocker lock(&m_mutex);
    if (m_call)
        QMetaObject::invokeMethod(m_call, handOff([call = m_call, f = std::forward<F>(f)]() { f(call); }),
                                  Qt::QueuedConnection);
}

} // namespace aistack
