#include "chatturn.h"

#include "common/runonpool.h"
#include "mcp/toolrounds.h"

#include "common/futurewatch.h"
#include "conversationengine.h"
#include "desktopconversations.h"
#include "feedback/transcriptwriter.h"
#include "llm/llmcall.h"
#include "llm/llmprovider.h"
#include "llm/tokenestimate.h"
#include "storage/storagegate.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChatTurn)
};

constexpr int kFlushMs = 33; // about 30 repaints a second at most, however fast the tokens come

using Planned = std::pair<std::optional<TurnPlan>, QueryError>;
} // namespace

ChatTurn::ChatTurn(Parts parts, UserIdentity user, ChatAsk ask, QObject *parent)
    : QObject(parent), m_parts(parts), m_user(std::move(user)), m_ask(std::move(ask)),
      m_flush(new QTimer(this))
{
    m_flush->setSingleShot(true);
    m_flush->setInterval(kFlushMs);
    connect(m_flush, &QTimer::timeout, this, &ChatTurn::flushText);
}

ChatTurn::~ChatTurn()
{
    if (m_call)
        m_call->cancel();
}

void ChatTurn::start()
{
    if (m_running)
        return;
    m_running = true;
    m_clock.start();
    ConversationQuery query;
    query.query = m_ask.question;
    if (!m_ask.conversationId.isEmpty())
        query.conversationId = m_ask.conversationId;
    if (!m_ask.provider.isEmpty() && !m_ask.model.isEmpty()) {
        query.provider = m_ask.provider;
        query.model = m_ask.model;
    }
    query.noRetrieval = !m_ask.useDocuments;
    query.redoLastTurn = m_ask.redoLastTurn;
    ConversationEngine *engine = m_parts.engine;
    const StorageGate *gate = m_parts.gate;
    const UserIdentity user = m_user;
    whenReady(this,
              runOnPool(m_parts.pool,
                        [engine, gate, user, query]() {
                            QueryError error;
                            QString storage;
                            if (gate && !gate->wait(&storage))
                                return Planned(std::nullopt,
                                               QueryError::make(QueryError::Kind::Database, {}, storage));
                            std::optional<TurnPlan> plan = engine->plan(user, query, &error);
                            return Planned(std::move(plan), error);
                        }),
              [this](const Planned &planned) { onPlanned(planned.first, planned.second); });
}

void ChatTurn::stop()
{
    if (!m_running || m_stopRequested)
        return;
    m_stopRequested = true;
    if (m_call)
        m_call->cancel(); // failed(Cancelled) follows, and the words so far are recorded
}

void ChatTurn::onPlanned(const std::optional<TurnPlan> &plan, const QueryError &error)
{
    if (!plan)
        return fail(describeQueryError(error));
    m_plan = plan;
    Q_EMIT planned(plan->conversationId, plan->model.identifier(), plan->sources);
    if (m_stopRequested) { // stopped before the model was asked: the question is kept, with no answer
        ChatResult nothing;
        nothing.finishReason = QStringLiteral("cancelled");
        return onAnswered(nothing);
    }
    m_call = m_parts.engine->answerLive(*plan, this);
    connect(m_call, &ToolRounds::token, this, &ChatTurn::onToken);
    connect(m_call, &ToolRounds::toolCalled, this, &ChatTurn::toolCalled);
    connect(m_call, &ToolRounds::toolAnswered, this, [this](const ToolRun &run) {
        m_runs << run;
        Q_EMIT toolAnswered(run);
    });
    m_call->setApprovalRequired(m_parts.confirmToolCalls);
    connect(m_call, &ToolRounds::approvalNeeded, this, [this](const QVector<ToolRun> &runs) {
        bool known = m_parts.alwaysAllowed != nullptr;
        for (const ToolRun &run : runs)
            known = known && m_parts.alwaysAllowed->contains(run.server + QLatin1Char('/') + run.name);
        if (known)
            return m_call->approve(true);
        m_awaiting = runs;
        Q_EMIT approvalNeeded(runs);
    });
    connect(m_call, &ToolRounds::chatFinished, this, &ChatTurn::onAnswered);
    connect(m_call, &ToolRounds::failed, this, &ChatTurn::onCallFailed);
    m_call->start(true);
}

void ChatTurn::answerApproval(Approval approval)
{
    if (!m_call || m_awaiting.isEmpty())
        return;
    if (approval == Approval::AllowAlways && m_parts.alwaysAllowed)
        for (const ToolRun &run : std::as_const(m_awaiting))
            m_parts.alwaysAllowed->insert(run.server + QLatin1Char('/') + run.name);
    m_awaiting.clear();
    m_call->approve(approval != Approval::Deny);
}

void ChatTurn::onToken(const QString &piece)
{
    if (m_stopRequested)
        return; // the call is being cancelled: what came before Stop is what is kept
    if (m_firstTokenMs < 0)
        m_firstTokenMs = m_clock.elapsed();
    m_text += piece;
    if (!m_flush->isActive())
        m_flush->start();
}

void ChatTurn::flushText()
{
    Q_EMIT textChanged(m_text);
}

void ChatTurn::onCallFailed(const LlmError &error)
{
    if (error.kind == LlmError::Kind::Cancelled || m_stopRequested) {
        ChatResult partial;
        partial.text = m_text;
        partial.finishReason = QStringLiteral("cancelled");
        partial.toolRuns = m_runs;
        partial.usage = {estimateTokens(m_plan->userMessage), estimateTokens(m_text),
                         TokenUsage::Source::Estimate};
        return onAnswered(partial);
    }
    fail(error.describe());
}

void ChatTurn::onAnswered(const ChatResult &result)
{
    m_flush->stop();
    const bool stopped = m_stopRequested || result.finishReason == QLatin1String("cancelled");
    ChatResult kept = result;
    if (stopped)
        kept.text = m_text; // only what the person saw before Stop
    m_text = kept.text;
    Q_EMIT textChanged(m_text);
    ConversationTurn turn = ConversationEngine::turnOf(*m_plan, kept);
    turn.answer.status = stopped ? AnswerDetails::Status::Stopped : AnswerDetails::Status::Complete;
    turn.answer.firstTokenMs = m_firstTokenMs;
    turn.answer.durationMs = m_clock.elapsed();
    if (stopped)
        turn.answer.outputTokens = estimateTokens(m_text);
    record(turn);
}

void ChatTurn::record(ConversationTurn turn)
{
    const TurnPlan plan = *m_plan;
    const UserIdentity user = m_user;
    const ChatAsk ask = m_ask;
    Parts parts = m_parts;
    QFuture<QString> stored;
    if (ask.redoLastTurn) {
        stored = runOnPool(parts.pool, [parts, plan, user, turn]() {
            QString error;
            parts.conversations->reviseLastTurn(plan.conversationId, user.userId, turn.asVersion(), &error);
            return error;
        });
    } else {
        // The writer thread commits the turn with the API's; the promise carries its verdict back here.
        auto promise = std::make_shared<QPromise<QString>>();
        stored = promise->future();
        promise->start();
        parts.engine->record(user, plan, turn, [promise](const QString &error) {
            promise->addResult(error);
            promise->finish();
        });
    }
    whenReady(this, stored, [this, turn, plan, user, ask, parts](const QString &error) {
        if (!error.isEmpty())
            return fail(Tr::tr("The answer could not be stored: %1").arg(error));
        if (parts.transcripts && parts.transcripts->enabled()) {
            parts.pool->start(handOff(
                [parts, plan, user, ask, answer = turn.assistantMessage, runs = turn.answer.toolRuns]() {
                    ConversationQuery query;
                    query.query = ask.question;
                    QString error;
                    if (!parts.transcripts->write(user, query, plan, answer, runs, &error))
                        qWarning().noquote() << "transcript not written:" << error;
                }));
        }
        if (!plan.newConversation || ask.useDocuments) {
            m_running = false;
            return Q_EMIT finished(turn);
        }
        // A new conversation keeps its "use my documents" switch from its first question on.
        whenReady(this,
                  runOnPool(parts.pool,
                            [parts, plan, user]() {
                                QString error;
                                parts.conversations->setUseDocuments(plan.conversationId, user.userId, false,
                                                                     &error);
                                return error;
                            }),
                  [this, turn](const QString &) {
                      m_running = false;
                      Q_EMIT finished(turn);
                  });
    });
}

void ChatTurn::fail(const QString &message)
{
    m_flush->stop();
    m_running = false;
    Q_EMIT failed(message);
}

} // namespace aistack
