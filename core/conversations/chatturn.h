#pragma once

#include "conversationquery.h"
#include "conversationstore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

class QThreadPool;
class QTimer;

namespace aistack {

class ConversationEngine;
class DesktopConversations;
class ToolRounds;
class StorageGate;
class TranscriptWriter;
struct LlmError;

// A question the desktop asks.
struct ChatAsk
{
    QString conversationId; // empty: a new conversation
    QString question;
    QString provider; // with model: the model to ask; both empty: the conversation's, else the default
    QString model;
    bool useDocuments = true;
    bool redoLastTurn = false; // regenerate, or edit the last question: a new version of the last turn
};

// One answer streamed to the desktop through the same engine as /v1/streaming_query: plan on a worker
// thread, the model's tokens as they come, the turn recorded at the end. Lives on the thread that made it
// (the GUI thread); every signal arrives there, text at most about 30 times a second however fast the model.
class ChatTurn : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        ConversationEngine *engine = nullptr;
        DesktopConversations *conversations = nullptr;
        TranscriptWriter *transcripts = nullptr; // may be null
        QThreadPool *pool = nullptr;
        const StorageGate *gate = nullptr; // the schema in place; may be null
        // Tool calls wait for the person's answer (approvalNeeded) unless their tool is in alwaysAllowed
        // ("server/tool"; the set lives with the desktop chat, in the GUI thread).
        bool confirmToolCalls = false;
        QSet<QString> *alwaysAllowed = nullptr;
    };
    enum class Approval { Allow, AllowAlways, Deny };
    ChatTurn(Parts parts, UserIdentity user, ChatAsk ask, QObject *parent = nullptr);
    ~ChatTurn() override;

    void start();
    // Cancels the model call at once; what was written is kept and recorded, marked as stopped.
    void stop();
    // The person's answer to approvalNeeded().
    void answerApproval(Approval approval);

    const ChatAsk &ask() const { return m_ask; }
    QString conversationId() const { return m_plan ? m_plan->conversationId : m_ask.conversationId; }
    QString text() const { return m_text; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // The conversation (new or not), the model that answers and the passages it is given, best first.
    void planned(const QString &conversationId, const QString &model,
                 const QVector<aistack::CitedPassage> &sources);
    void textChanged(const QString &text);
    // An MCP tool the model calls: before it runs, and with its result.
    void toolCalled(const aistack::ToolRun &run);
    void toolAnswered(const aistack::ToolRun &run);
    // The model asks for calls that wait for answerApproval().
    void approvalNeeded(const QVector<aistack::ToolRun> &runs);
    // The turn as stored: its answer, timings, token counts and sources.
    void finished(const aistack::ConversationTurn &turn);
    // Nothing could be answered or stored; the question was not recorded.
    void failed(const QString &message);

private:
    void onPlanned(const std::optional<TurnPlan> &plan, const QueryError &error);
    void onToken(const QString &piece);
    void onAnswered(const ChatResult &result);
    void onCallFailed(const LlmError &error);
    void flushText();
    void record(ConversationTurn turn);
    void fail(const QString &message);

    Parts m_parts;
    UserIdentity m_user;
    ChatAsk m_ask;
    std::optional<TurnPlan> m_plan;
    QPointer<ToolRounds> m_call;
    QVector<ToolRun> m_runs;
    QVector<ToolRun> m_awaiting; // calls waiting for the person's answer
    QString m_text;
    QTimer *m_flush;
    QElapsedTimer m_clock;
    qint64 m_firstTokenMs = -1;
    bool m_running = false;
    bool m_stopRequested = false;
};

} // namespace aistack

Q_DECLARE_METATYPE(aistack::ConversationTurn)
