#pragma once

#include "conversationquery.h"
#include "conversationstore.h"

#include <optional>

namespace aistack {

class DocumentLibrary;
class McpRegistry;
class ToolRounds;
struct ToolLimits;
struct LlmError;
class ModelCatalog;
struct ChatResult;

// The Lightspeed query flow on aistack's own core: picks the model, fixes the system prompt, validates the
// attachments, gathers the conversation's earlier turns and the passages of the stack's rag tools, asks the
// model and records the turn. Blocking (worker threads) except where said; thread-safe.
class ConversationEngine
{
public:
    // tools: the configured MCP servers (may be null).
    ConversationEngine(const AppConfig &config, ModelCatalog &catalog, ConversationStore &store,
                       DocumentLibrary *library, McpRegistry *tools = nullptr);

    // Everything up to the model call, in the original's order of checks.
    std::optional<TurnPlan> plan(const UserIdentity &user, const ConversationQuery &query,
                                 QueryError *error) const;
    // The model's full answer, after the tool calls it makes (ChatResult::toolRuns).
    std::optional<ChatResult> answer(const TurnPlan &plan, QueryError *error) const;
    // The same as it comes, for a thread with an event loop: tokens, tool calls and results as they happen.
    // Not started; it deletes itself when it ends.
    ToolRounds *answerLive(const TurnPlan &plan, QObject *parent = nullptr) const;
    McpRegistry *tools() const { return m_tools; }
    // Stores the turn (the conversation row and the turn's text) without waiting: `done` runs on the store's
    // writer thread once it is committed (see ConversationStore::recordTurn).
    void record(const UserIdentity &user, const TurnPlan &plan, const ChatResult &result,
                ConversationStore::Recorded done) const;
    // record() for worker threads: returns once the turn is committed, with the database's error or "".
    QString recordAndWait(const UserIdentity &user, const TurnPlan &plan, const ChatResult &result) const;
    // The same for a turn already put together (the desktop adds timings and the stopped mark).
    void record(const UserIdentity &user, const TurnPlan &plan, const ConversationTurn &turn,
                ConversationStore::Recorded done) const;
    // The turn a plan and its answer make.
    static ConversationTurn turnOf(const TurnPlan &plan, const ChatResult &result);

    // The passages a question is answered from: every rag tool's, best first (what plan() hands the model).
    std::optional<QVector<CitedPassage>> passagesFor(const QString &question, QueryError *error) const;

    static QueryError fromLlm(const LlmError &error);
    ConversationStore &store() const { return m_store; }
    ModelCatalog &catalog() const { return m_catalog; }

    static QString defaultSystemPrompt() { return QStringLiteral("You are a helpful assistant"); }

private:
    ToolLimits toolLimits() const;
    QString systemPromptFor(const ConversationQuery &query, const QVector<ConversationTurn> &history) const;
    bool retrieve(const QString &question, TurnPlan &plan, QueryError *error) const;

    ModelCatalog &m_catalog;
    ConversationStore &m_store;
    DocumentLibrary *m_library;
    McpRegistry *m_tools;
    InferenceConfig m_inference;
    bool m_disableQueryPrompt = false;
    QString m_configuredPrompt; // system_prompt_path's text, else system_prompt, else the default
};

} // namespace aistack
