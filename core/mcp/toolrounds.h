#pragma once

#include "llm/llmerror.h"
#include "llm/llmtypes.h"
#include "mcpregistry.h"

#include <QObject>
#include <QPointer>

namespace aistack {

class LlmCall;
class LlmProvider;

// How far a model may go with tools in one answer.
struct ToolLimits
{
    int maxRounds = 5;          // model turns that may call tools; the next one must answer
    int maxResultChars = 20000; // of one tool's response, as the model gets it
    QString firstChoice;        // tool_choice of the first round ("" or "auto", "required", "none")
};

// One answer of a model that may call tools: asks the model with the request's tools; when it asks for
// calls, runs them on the registry's pool, hands their results back and asks again, until it answers or
// the rounds run out (the last round offers no tools, so the model must answer). Emits the model's text as
// it comes and each call before it runs and when it has run. Without tools it is one model call.
// Lives on the thread that made it (one with an event loop); every signal arrives there. Exactly one of
// chatFinished and failed ends it, then it deletes itself.
class ToolRounds : public QObject
{
    Q_OBJECT
public:
    ToolRounds(LlmProvider *provider, ChatRequest request, McpRegistry *registry, McpRequestHeaders headers,
               ToolLimits limits, QObject *parent = nullptr);
    ~ToolRounds() override;

    void start(bool stream);
    // Stops the model or drops the calls under way; failed(Cancelled) follows.
    void cancel();
    // Calls wait for approve() after approvalNeeded() (the desktop asks the person first); off by default.
    void setApprovalRequired(bool required) { m_approvalRequired = required; }
    // The answer to approvalNeeded(): run the calls, or give the model "not allowed" as their results.
    void approve(bool allowed);

Q_SIGNALS:
    void started();
    void token(const QString &text);
    void toolCalled(const aistack::ToolRun &run); // before it runs: no response yet
    // With setApprovalRequired: the calls of this round wait for approve().
    void approvalNeeded(const QVector<aistack::ToolRun> &runs);
    void toolAnswered(const aistack::ToolRun &run); // with its response and time
    // The final answer; toolRuns holds every call, usage the sum of every round.
    void chatFinished(const aistack::ChatResult &result);
    void failed(const aistack::LlmError &error);

private:
    void ask();
    void answered(const ChatResult &result);
    void runTools(const ChatResult &result);
    void execute(const QVector<ToolRun> &runs);
    void toolsDone(const QVector<ToolRun> &runs);
    void finish(const ChatResult &result);
    void fail(const LlmError &error);

    LlmProvider *m_provider;
    ChatRequest m_request;
    McpRegistry *m_registry;
    McpRequestHeaders m_headers;
    ToolLimits m_limits;
    QPointer<LlmCall> m_call;
    bool m_stream = false;
    int m_round = 0;
    bool m_done = false;
    bool m_approvalRequired = false;
    QVector<ToolRun> m_waiting; // calls waiting for approve()
    QVector<ToolRun> m_runs;
    TokenUsage m_usage;
};

// ToolRounds for worker threads that wait for the answer (in a local event loop); *error when it fails.
std::optional<ChatResult> answerWithToolsAndWait(LlmProvider &provider, const ChatRequest &request,
                                                 McpRegistry *registry, const McpRequestHeaders &headers,
                                                 const ToolLimits &limits, LlmError *error);

} // namespace aistack
