#include "llmmetrics.h"

#include "metrics/metricsregistry.h"

#include <QElapsedTimer>

namespace aistack {

namespace {
const QStringList kProviderModel{QStringLiteral("provider"), QStringLiteral("model")};
const QVector<double> kLatencyBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120};
} // namespace

LlmMetrics::LlmMetrics(MetricsRegistry *r)
    : calls(r->counter(QStringLiteral("ls_llm_calls_total"), QStringLiteral("LLM calls counter"),
                       kProviderModel)),
      failures(
          r->counter(QStringLiteral("ls_llm_calls_failures_total"), QStringLiteral("LLM calls failures"))),
      tokensSent(r->counter(QStringLiteral("ls_llm_token_sent_total"), QStringLiteral("LLM tokens sent"),
                            kProviderModel)),
      tokensReceived(r->counter(QStringLiteral("ls_llm_token_received_total"),
                                QStringLiteral("LLM tokens received"), kProviderModel)),
      duration(r->histogram(QStringLiteral("aistack_llm_call_duration_seconds"),
                            QStringLiteral("Duration of model calls, from start to the last token"),
                            kProviderModel, kLatencyBuckets)),
      firstToken(
          r->histogram(QStringLiteral("aistack_llm_time_to_first_token_seconds"),
                       QStringLiteral("Time from the start of a streamed model call to its first token"),
                       kProviderModel, kLatencyBuckets)),
      failuresByKind(
          r->counter(QStringLiteral("aistack_llm_call_failures_total"),
                     QStringLiteral("Failed model calls by kind of failure"),
                     {QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("kind")})),
      embeddedTexts(r->counter(QStringLiteral("aistack_embedding_texts_total"),
                               QStringLiteral("Texts embedded"), kProviderModel)),
      queueWait(r->histogram(QStringLiteral("aistack_llm_queue_wait_seconds"),
                             QStringLiteral("Time a model call waited in the provider's queue before it ran "
                                            "(providers that run one call at a time)"),
                             kProviderModel, kLatencyBuckets))
{
}

InstrumentedProvider::InstrumentedProvider(std::shared_ptr<LlmProvider> inner,
                                           std::shared_ptr<LlmMetrics> metrics)
    : m_inner(std::move(inner)), m_metrics(std::move(metrics))
{
}

namespace {
void countFailure(LlmMetrics &m, const QString &provider, const QString &model, const LlmError &e)
{
    if (e.kind == LlmError::Kind::Cancelled)
        return;
    m.failures->inc();
    m.failuresByKind->inc({provider, model, QString::fromLatin1(LlmError::kindName(e.kind))});
}

// A finished call, whether it ran on the provider's own threads or inline.
void recordChat(LlmMetrics &m, const QStringList &labels, const QElapsedTimer &timer, const ChatResult &r)
{
    m.duration->observe(timer.nsecsElapsed() / 1e9, labels);
    m.tokensSent->inc(labels, r.usage.promptTokens);
    m.tokensReceived->inc(labels, r.usage.completionTokens);
}

void recordEmbedding(LlmMetrics &m, const QStringList &labels, const QElapsedTimer &timer,
                     const EmbeddingResult &r)
{
    m.duration->observe(timer.nsecsElapsed() / 1e9, labels);
    m.tokensSent->inc(labels, r.usage.promptTokens);
    m.embeddedTexts->inc(labels, r.vectors.size());
}
} // namespace

void InstrumentedProvider::watchFailures(LlmCall *call)
{
    QObject::connect(call, &LlmCall::failed, call,
                     [m = m_metrics, provider = name(), call](const LlmError &e) {
                         countFailure(*m, provider, call->model(), e);
                     });
}

void InstrumentedProvider::watchQueueWait(LlmCall *call, const QStringList &labels)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QObject::connect(call, &LlmCall::started, call, [m = m_metrics, labels, timer]() {
        m->queueWait->observe(timer->nsecsElapsed() / 1e9, labels);
    });
}

LlmProvider::Inline InstrumentedProvider::embedInline(const QStringList &texts, const QString &model,
                                                      EmbeddingResult *out, LlmError *error)
{
    QElapsedTimer timer;
    timer.start();
    const Inline done = m_inner->embedInline(texts, model, out, error);
    const QString used = model.isEmpty() ? defaultModel() : model;
    if (done == Inline::Done)
        recordEmbedding(*m_metrics, {name(), out->model.isEmpty() ? used : out->model}, timer, *out);
    else if (done == Inline::Failed)
        countFailure(*m_metrics, name(), used, *error);
    return done;
}

LlmProvider::Inline InstrumentedProvider::chatInline(const ChatRequest &request, ChatResult *out,
                                                     LlmError *error)
{
    QElapsedTimer timer;
    timer.start();
    const Inline done = m_inner->chatInline(request, out, error);
    if (done == Inline::NotOffered)
        return done;
    const QString model = done == Inline::Done && !out->model.isEmpty() ? out->model : defaultModel();
    const QStringList labels{name(), model};
    m_metrics->calls->inc(labels);
    if (done == Inline::Done)
        recordChat(*m_metrics, labels, timer, *out);
    else
        countFailure(*m_metrics, name(), model, *error);
    return done;
}

LlmCall *InstrumentedProvider::chat(const ChatRequest &request, bool stream)
{
    LlmCall *call = m_inner->chat(request, stream);
    const QStringList labels{call->provider(), call->model()};
    m_metrics->calls->inc(labels);
    watchQueueWait(call, labels);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    if (stream) {
        auto first = std::make_shared<bool>(true);
        QObject::connect(call, &LlmCall::token, call, [m = m_metrics, labels, timer, first]() {
            if (*first) {
                *first = false;
                m->firstToken->observe(timer->nsecsElapsed() / 1e9, labels);
            }
        });
    }
    QObject::connect(call, &LlmCall::chatFinished, call, [m = m_metrics, labels, timer](const ChatResult &r) {
        recordChat(*m, labels, *timer, r);
    });
    watchFailures(call);
    return call;
}

LlmCall *InstrumentedProvider::embed(const QStringList &texts, const QString &model)
{
    LlmCall *call = m_inner->embed(texts, model);
    const QStringList labels{call->provider(), call->model()};
    watchQueueWait(call, labels);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QObject::connect(
        call, &LlmCall::embeddingsFinished, call,
        [m = m_metrics, labels, timer](const EmbeddingResult &r) { recordEmbedding(*m, labels, *timer, r); });
    watchFailures(call);
    return call;
}

} // namespace aistack
