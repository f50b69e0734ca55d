#pragma once

#include "rag/retrieve/retrievalresult.h"
#include "stackerror.h"

#include <QHash>
#include <memory>
#include <optional>

namespace aistack {

class DocumentLibrary;
class LlmProvider;
class ProviderRegistry;
struct ChatRequest;
struct StackConfig;
struct StackMetrics;
struct ToolConfig;

// The answer to one query.
struct StackReply
{
    StackError error;
    QString tool;
    bool rag = false;
    QString text;
    std::optional<RetrievalResult> retrieval; // rag tools only
};

// The stack of one owner (a KISS session): its configuration as it was at init, the providers of its
// decision maker and tools, and its documents. Immutable after construction, so any number of queries
// may run on it at once.
class Stack
{
public:
    Stack(QString owner, std::shared_ptr<const StackConfig> config, std::shared_ptr<DocumentLibrary> library,
          ProviderRegistry &providers, StackMetrics *metrics);

    // Picks a tool and answers. Blocking: for worker threads.
    StackReply answer(const QString &question) const;

    const QString &owner() const { return m_owner; }
    const std::shared_ptr<const StackConfig> &config() const { return m_config; }
    const std::shared_ptr<DocumentLibrary> &library() const { return m_library; }
    // Every part answers in process without waiting on the network or a model: no ai_client anywhere, the
    // builtin embedder, the embedded vector store. Such queries are pure CPU work.
    bool runsLocally() const { return m_local; }

private:
    const ToolConfig *chooseTool(const QString &question, StackError *error) const;
    void answerWithPrompt(const ToolConfig &tool, const QString &question, StackReply &reply) const;
    void answerWithRag(const ToolConfig &tool, const QString &question, StackReply &reply) const;
    // One chat completion by the tool's model; the answer or the error goes into reply.
    void complete(const ToolConfig &tool, const ChatRequest &request, StackReply &reply) const;
    bool hasDocuments(const ToolConfig &tool) const;

    QString m_owner;
    std::shared_ptr<const StackConfig> m_config;
    std::shared_ptr<DocumentLibrary> m_library;
    StackMetrics *m_metrics;
    std::shared_ptr<LlmProvider> m_decider; // null without a decision maker
    QHash<QString, std::shared_ptr<LlmProvider>> m_toolProviders;
    bool m_local = false;
};

} // namespace aistack
