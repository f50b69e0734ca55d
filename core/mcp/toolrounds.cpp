#include "toolrounds.h"

#include "common/futurewatch.h"
#include "common/runonpool.h"
#include "llm/blockingchat.h"
#include "llm/llmcall.h"
#include "llm/llmprovider.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace aistack {

ToolRounds::ToolRounds(LlmProvider *provider, ChatRequest request, McpRegistry *registry,
                       McpRequestHeaders headers, ToolLimits limits, QObject *parent)
    : QObject(parent), m_provider(provider), m_request(std::move(request)), m_registry(registry),
      m_headers(std::move(headers)), m_limits(std::move(limits))
{
    if (!m_registry || !m_provider->supportsTools())
        m_request.tools.clear();
}

ToolRounds::~ToolRounds()
{
    if (m_call)
        m_call->cancel();
}

void ToolRounds::start(bool stream)
{
    m_stream = stream;
    ask();
}

void ToolRounds::cancel()
{
    if (m_done)
        return;
    if (m_call)
        return m_call->cancel(); // failed(Cancelled) comes back through the call
    QMetaObject::invokeMethod(
        this,
        [this]() {
            fail(LlmError::make(LlmError::Kind::Cancelled, m_provider->name(),
                                QCoreApplication::translate("ToolRounds", "Cancelled.")));
        },
        Qt::QueuedConnection);
}

void ToolRounds::ask()
{
    ++m_round;
    ChatRequest request = m_request;
    const bool offer = !request.tools.isEmpty() && m_round <= m_limits.maxRounds;
    if (!offer) {
        request.tools.clear();
        request.toolChoice.clear();
    } else {
        request.toolChoice = m_round == 1 ? m_limits.firstChoice : QString();
    }
    m_call = m_provider->chat(request, m_stream);
    if (m_round == 1)
        connect(m_call, &LlmCall::started, this, &ToolRounds::started);
    connect(m_call, &LlmCall::token, this, &ToolRounds::token);
    connect(m_call, &LlmCall::chatFinished, this, [this, offer](const ChatResult &result) {
        m_call = nullptr; // finished: a cancel from now on is this object's
        m_usage.promptTokens += result.usage.promptTokens;
        m_usage.completionTokens += result.usage.completionTokens;
        m_usage.source = result.usage.source;
        if (offer && !result.toolCalls.isEmpty())
            return runTools(result);
        answered(result);
    });
    connect(m_call, &LlmCall::failed, this, &ToolRounds::fail);
}

void ToolRounds::runTools(const ChatResult &result)
{
    const QList<ToolCall> &calls = result.toolCalls;
    ChatMessage asked{QStringLiteral("assistant"), result.text, {}, {}}; // what it wrote with its calls
    QVector<ToolRun> runs;
    for (int i = 0; i < calls.size(); ++i) {
        ToolCall call = calls[i];
        if (call.id.isEmpty())
            call.id = QStringLiteral("call_%1_%2").arg(m_round).arg(i);
        asked.toolCalls << call;
        ToolRun run;
        run.id = call.id;
        run.name = call.name;
        run.arguments = call.arguments;
        for (const ToolSpec &t : std::as_const(m_request.tools))
            if (t.name == call.name)
                run.server = t.source;
        runs << run;
    }
    m_request.messages << asked;
    for (const ToolRun &run : std::as_const(runs))
        Q_EMIT toolCalled(run);
    if (m_approvalRequired) {
        m_waiting = runs;
        return Q_EMIT approvalNeeded(runs);
    }
    execute(runs);
}

void ToolRounds::approve(bool allowed)
{
    if (m_done || m_waiting.isEmpty())
        return;
    QVector<ToolRun> runs;
    runs.swap(m_waiting);
    if (allowed)
        return execute(runs);
    for (ToolRun &run : runs) {
        run.isError = true;
        run.response = QCoreApplication::translate("ToolRounds", "The person did not allow this call.");
    }
    toolsDone(runs);
}

void ToolRounds::execute(const QVector<ToolRun> &runs)
{
    McpRegistry *registry = m_registry;
    const McpRequestHeaders headers = m_headers;
    const int maxChars = m_limits.maxResultChars;
    whenReady(this,
              runOnPool(registry->pool(),
                        [registry, runs, headers, maxChars]() {
                            QVector<ToolRun> done;
                            for (const ToolRun &run : runs)
                                done << registry->call(run, headers, maxChars);
                            return done;
                        }),
              [this](const QVector<ToolRun> &done) { toolsDone(done); });
}

void ToolRounds::toolsDone(const QVector<ToolRun> &runs)
{
    if (m_done)
        return;
    for (const ToolRun &run : runs) {
        m_runs << run;
        Q_EMIT toolAnswered(run);
        m_request.messages << ChatMessage{QStringLiteral("tool"), run.response, {}, run.id};
    }
    ask();
}

void ToolRounds::answered(const ChatResult &result)
{
    ChatResult out = result;
    out.toolCalls.clear();
    out.toolRuns = m_runs;
    out.usage = m_usage;
    finish(out);
}

void ToolRounds::finish(const ChatResult &result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT chatFinished(result);
    deleteLater();
}

void ToolRounds::fail(const LlmError &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT failed(error);
    deleteLater();
}

std::optional<ChatResult> answerWithToolsAndWait(LlmProvider &provider, const ChatRequest &request,
                                                 McpRegistry *registry, const McpRequestHeaders &headers,
                                                 const ToolLimits &limits, LlmError *error)
{
    if (request.tools.isEmpty() || !registry || !provider.supportsTools())
        return chatAndWait(provider, request, error);
    std::optional<ChatResult> result;
    auto *rounds = new ToolRounds(&provider, request, registry, headers, limits);
    QEventLoop loop;
    QObject::connect(rounds, &ToolRounds::chatFinished, &loop, [&result, &loop](const ChatResult &r) {
        result = r;
        loop.quit();
    });
    QObject::connect(rounds, &ToolRounds::failed, &loop, [error, &loop](const LlmError &e) {
        *error = e;
        loop.quit();
    });
    rounds->start(false);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

} // namespace aistack
