#pragma once

#include "chatturn.h"
#include "common/outcome.h"
#include "desktopconversations.h"
#include "feedback/feedbackstore.h"

#include <QFuture>
#include <QObject>
#include <QSet>

class QThreadPool;

namespace aistack {

class ConversationEngine;
class StorageGate;
class TranscriptWriter;

// A conversation opened on the desktop: its row, title, turns, and the feedback given on its answers.
struct ConversationView
{
    ConversationRow row;
    QString title;
    QVector<ConversationTurn> turns;
    QVector<FeedbackEntry> feedback;
};

enum class ExportFormat { Markdown, ApiJson };

// The chat pane's way into core: the desktop user's conversations from the same store the Lightspeed API
// reads and writes, answers through the same engine, feedback through the same store as POST /v1/feedback.
// Every slow call runs on core's pool and returns a QFuture (see common/futurewatch.h); answers stream
// through ChatTurn. Lives on the GUI thread.
class DesktopChat : public QObject
{
    Q_OBJECT
public:
    // Every call waits for the gate (the schema in place) on the pool before it reads or writes.
    DesktopChat(ConversationEngine &engine, FeedbackStore *feedback, TranscriptWriter *transcripts,
                QThreadPool *pool, const StorageGate *gate, QString userId, QObject *parent = nullptr);
    ~DesktopChat() override;

    // Whose conversations these are: the config's desktop.user_id (default: the noop module's default user),
    // so a local Lightspeed client with noop authentication lists and continues them.
    const QString &userId() const { return m_user.userId; }
    // Every committed change to any conversation (filter by userId()).
    ConversationEvents *events() const;
    bool feedbackEnabled() const;

    QFuture<Outcome<QVector<ConversationSummary>>> conversations(const QString &search = {}) const;
    QFuture<Outcome<ConversationView>> open(const QString &conversationId) const;
    // Each returns the error, empty on success.
    QFuture<QString> rename(const QString &conversationId, const QString &title) const;
    QFuture<QString> remove(const QString &conversationId) const;
    QFuture<QString> setUseDocuments(const QString &conversationId, bool use) const;
    QFuture<QString> selectVersion(const QString &conversationId, qint64 turnId, int version) const;
    // The models a question can be put to (the catalog's LLMs, as /v1/models lists them).
    QFuture<Outcome<QVector<CatalogModel>>> models() const;
    QFuture<QString> giveFeedback(FeedbackEntry entry) const;
    QFuture<QString> exportTo(const QString &conversationId, ExportFormat format, const QString &path) const;

    // Starts answering; the turn belongs to parent.
    ChatTurn *ask(const ChatAsk &ask, QObject *parent);
    // Whether the model's tool calls wait for the person (desktop.confirm_tool_calls).
    void setConfirmToolCalls(bool confirm) { m_confirmToolCalls = confirm; }

private:
    // Runs fn on the pool once the storage is ready; a failed storage gives failure(reason) instead.
    template <typename Fn, typename Failure> auto run(Fn fn, Failure failure) const;

    ConversationEngine &m_engine;
    FeedbackStore *m_feedback;
    TranscriptWriter *m_transcripts;
    QThreadPool *m_pool;
    const StorageGate *m_gate;
    UserIdentity m_user;
    bool m_confirmToolCalls = true;
    QSet<QString> m_alwaysAllowedTools; // "server/tool", for this run of the app
    std::unique_ptr<DesktopConversations> m_conversations;
};

} // namespace aistack
