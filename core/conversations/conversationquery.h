#pragma once

#include "answerdetails.h"
#include "llm/llmtypes.h"
#include "mcp/mcprequestheaders.h"
#include "modelcatalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QVector>
#include <optional>

namespace aistack {

// Who is asking, as the configured authentication module resolved it.
struct UserIdentity
{
    QString userId;
    QString username;
    QString token;
    bool skipUserIdCheck = false;
};

struct QueryAttachment
{
    QString attachmentType;
    QString contentType;
    QString content;
};

// A Lightspeed query after its body passed validation.
struct ConversationQuery
{
    QString query;
    std::optional<QString> conversationId;
    std::optional<QString> provider;
    std::optional<QString> model;
    std::optional<QString> systemPrompt;
    QVector<QueryAttachment> attachments;
    bool noTools = false; // no retrieval and no MCP tools
    bool noRetrieval =
        false; // the desktop's "use my documents" off: MCP tools still offered. Never from the wire.
    QJsonObject mcpHeaders; // the MCP-HEADERS request header: {"<server name or url>": {"Header": "value"}}
    // The desktop's regenerate and edit: the answer becomes a new version of the conversation's last turn,
    // so that turn is not sent to the model as history. Never set from the wire.
    bool redoLastTurn = false;
};

// Why a query could not be answered; the API layer maps each kind to its wire shape.
struct QueryError
{
    enum class Kind {
        None,
        AccessDenied,         // the conversation is not the caller's (or does not exist)
        NoLlm,                // no LLM among the configured models
        ModelNotFound,        // subject: model, detail: provider
        SystemPromptDisabled, // customization.disable_query_system_prompt
        AttachmentType,       // subject: the type
        AttachmentContentType,
        ProviderUnreachable, // the model's provider cannot be reached
        ProviderFailed,      // the provider answered with an error
        Store,               // subject: the rag tool, detail: why its documents cannot be searched
        Database,            // detail: the database error
    };
    Kind kind = Kind::None;
    QString subject;
    QString detail;
    bool ok() const { return kind == Kind::None; }
    static QueryError make(Kind kind, const QString &subject = {}, const QString &detail = {})
    {
        return QueryError{kind, subject, detail};
    }
};

// Everything needed to ask the model and to record the turn afterwards.
struct TurnPlan
{
    QString conversationId;
    bool newConversation = true;
    CatalogModel model;
    ChatRequest request;
    QString userMessage; // the query with its attachments, as sent
    QString systemPrompt;
    QJsonArray referencedDocuments; // [{"doc_url","doc_title"}], one per document and page, best first
    QVector<CitedPassage> sources;  // the passages in request.context, in the same order (best first)
    QDateTime startedAt;
    McpRequestHeaders toolHeaders; // what the request brings for the MCP servers of request.tools
};

// What went wrong, in words for a person (the desktop); the API layers use their own wire shapes instead.
QString describeQueryError(const QueryError &error);

} // namespace aistack
