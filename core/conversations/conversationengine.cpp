#include "conversationengine.h"
#include "common/timeordereduuid.h"

#include "llm/blockingchat.h"
#include "llm/llmerror.h"
#include "llm/llmprovider.h"
#include "llm/tokenestimate.h"
#include "mcp/mcpregistry.h"
#include "mcp/toolrounds.h"
#include "modelcatalog.h"
#include "queryattachments.h"
#include "rag/documentlibrary.h"

#include "common/mayblock.h"

#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <future>

namespace aistack {

ConversationEngine::ConversationEngine(const AppConfig &config, ModelCatalog &catalog,
                                       ConversationStore &store, DocumentLibrary *library, McpRegistry *tools)
    : m_catalog(catalog), m_store(store), m_library(library),
      m_tools(tools && !tools->isEmpty() ? tools : nullptr), m_inference(config.inference)
{
    m_configuredPrompt = defaultSystemPrompt();
    if (!config.customization)
        return;
    const CustomizationConfig &c = *config.customization;
    m_disableQueryPrompt = c.disableQuerySystemPrompt;
    if (c.systemPrompt)
        m_configuredPrompt = *c.systemPrompt;
    if (c.systemPromptPath) {
        QFile file(*c.systemPromptPath);
        if (file.open(QIODevice::ReadOnly)) {
            QString text = QString::fromUtf8(file.readAll());
            while (!text.isEmpty() && text.back().isSpace())
                text.chop(1);
            m_configuredPrompt = text;
        } else {
            qWarning().noquote() << "customization.system_prompt_path:" << file.fileName() << ":"
                                 << file.errorString() << "- using the configured system prompt";
        }
    }
}

QueryError ConversationEngine::fromLlm(const LlmError &error)
{
    switch (error.kind) {
    case LlmError::Kind::Unreachable:
    case LlmError::Kind::Timeout:
    case LlmError::Kind::NotConfigured:
        return QueryError::make(QueryError::Kind::ProviderUnreachable, error.provider, error.message);
    default:
        return QueryError::make(QueryError::Kind::ProviderFailed, error.provider, error.message);
    }
}

QString ConversationEngine::systemPromptFor(const ConversationQuery &query,
                                            const QVector<ConversationTurn> &history) const
{
    // Fixed when the conversation starts, like the original's agent instructions.
    if (!history.isEmpty())
        return history.constFirst().systemPrompt;
    if (query.systemPrompt && !query.systemPrompt->isEmpty())
        return *query.systemPrompt;
    return m_configuredPrompt;
}

bool ConversationEngine::retrieve(const QString &question, TurnPlan &plan, QueryError *error) const
{
    if (!m_library)
        return true;
    // Each rag tool's passages come best first; several tools are interleaved rank by rank, so that the
    // order handed to the model, the cited passages and referenced_documents are one and the same.
    QVector<QVector<CitedPassage>> perTool;
    for (const QString &tool : m_library->ragTools()) {
        QString storeError;
        const std::optional<RetrievalResult> found =
            m_library->retrieve(DocumentLibrary::desktopOwner(), tool, question, 0, &storeError);
        if (!found) {
            *error = QueryError::make(QueryError::Kind::Store, tool, storeError);
            return false;
        }
        perTool.push_back(found->cited(tool));
    }
    QSet<QString> referenced;
    for (int rank = 0;; ++rank) {
        bool any = false;
        for (const QVector<CitedPassage> &passages : std::as_const(perTool)) {
            if (rank >= passages.size())
                continue;
            any = true;
            const CitedPassage &c = passages[rank];
            plan.sources.push_back(c);
            plan.request.context.push_back(ContextPassage{c.passage, c.fileName, c.page, c.score});
            const QString url =
                c.page > 0 ? QStringLiteral("%1#page=%2").arg(c.fileName).arg(c.page) : c.fileName;
            if (referenced.contains(url))
                continue;
            referenced.insert(url);
            plan.referencedDocuments.append(
                QJsonObject{{QStringLiteral("doc_url"), url}, {QStringLiteral("doc_title"), c.fileName}});
        }
        if (!any)
            break;
    }
    plan.request.grounded = !plan.request.context.isEmpty();
    return true;
}

std::optional<QVector<CitedPassage>> ConversationEngine::passagesFor(const QString &question,
                                                                     QueryError *error) const
{
    TurnPlan plan;
    if (!retrieve(question, plan, error))
        return std::nullopt;
    return plan.sources;
}

std::optional<TurnPlan> ConversationEngine::plan(const UserIdentity &user, const ConversationQuery &query,
                                                 QueryError *error) const
{
    TurnPlan plan;
    plan.startedAt = QDateTime::currentDateTimeUtc();
    QString dbError;
    std::optional<ConversationRow> row;
    if (query.conversationId) {
        row = m_store.find(*query.conversationId, user.userId, &dbError);
        if (!row) {
            *error = dbError.isEmpty()
                         ? QueryError::make(QueryError::Kind::AccessDenied, *query.conversationId)
                         : QueryError::make(QueryError::Kind::Database, {}, dbError);
            return std::nullopt;
        }
        plan.conversationId = row->id;
        plan.newConversation = false;
    } else {
        plan.conversationId = newTimeOrderedUuid();
    }

    QString catalogError;
    const std::optional<QVector<CatalogModel>> models = m_catalog.models(&catalogError);
    if (!models) {
        *error = QueryError::make(QueryError::Kind::ProviderUnreachable, QStringLiteral("llama_stack"),
                                  catalogError);
        return std::nullopt;
    }
    QString provider;
    QString model;
    if (query.provider && query.model) {
        provider = *query.provider;
        model = *query.model;
    } else if (row) {
        provider = row->lastUsedProvider;
        model = row->lastUsedModel;
    } else if (m_inference.defaultModel && m_inference.defaultProvider) {
        provider = *m_inference.defaultProvider;
        model = *m_inference.defaultModel;
    }
    const CatalogModel *chosen = ModelCatalog::pick(*models, provider, model);
    if (!chosen) {
        *error = provider.isEmpty() && model.isEmpty()
                     ? QueryError::make(QueryError::Kind::NoLlm)
                     : QueryError::make(QueryError::Kind::ModelNotFound, model, provider);
        return std::nullopt;
    }
    plan.model = *chosen;

    if (m_disableQueryPrompt && query.systemPrompt) {
        *error = QueryError::make(QueryError::Kind::SystemPromptDisabled);
        return std::nullopt;
    }
    const QueryError attachmentError = QueryAttachments::validate(query.attachments);
    if (!attachmentError.ok()) {
        *error = attachmentError;
        return std::nullopt;
    }

    QVector<ConversationTurn> history;
    if (row) {
        const std::optional<QVector<ConversationTurn>> turns = m_store.turns(row->id, &dbError);
        if (!turns) {
            *error = QueryError::make(QueryError::Kind::Database, {}, dbError);
            return std::nullopt;
        }
        history = *turns;
        if (query.redoLastTurn && !history.isEmpty())
            history.removeLast();
    }
    plan.systemPrompt = systemPromptFor(query, history);
    plan.userMessage = QueryAttachments::appendTo(query.query, query.attachments);

    ChatRequest &request = plan.request;
    request.model = plan.model.wireModel;
    request.systemPrompt = plan.systemPrompt;
    // Earlier turns, newest first, as many as fit in half of the model's context.
    int budget =
        plan.model.contextTokens / 2 - estimateTokens(plan.userMessage) - estimateTokens(plan.systemPrompt);
    QList<ChatMessage> earlier;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const int cost = estimateTokens(it->userMessage) + estimateTokens(it->assistantMessage);
        if (cost > budget)
            break;
        budget -= cost;
        earlier.prepend(ChatMessage{QStringLiteral("assistant"), it->assistantMessage});
        earlier.prepend(ChatMessage{QStringLiteral("user"), it->userMessage});
    }
    request.messages = earlier;
    request.messages << ChatMessage{QStringLiteral("user"), plan.userMessage};
    if (!query.noTools && !query.noRetrieval && !retrieve(query.query, plan, error))
        return std::nullopt;
    if (!query.noTools && m_tools && plan.model.provider->supportsTools()) {
        plan.toolHeaders.perServer = query.mcpHeaders;
        if (!user.token.isEmpty())
            plan.toolHeaders.authorization = QStringLiteral("Bearer ") + user.token;
        QStringList unavailable;
        request.tools = m_tools->toolsFor(plan.toolHeaders, &unavailable);
        if (!unavailable.isEmpty())
            qWarning().noquote() << "query in conversation" << plan.conversationId
                                 << "answered without the tools of MCP servers that cannot be reached:"
                                 << unavailable.join(QStringLiteral("; "));
    }
    return plan;
}

std::optional<ChatResult> ConversationEngine::answer(const TurnPlan &plan, QueryError *error) const
{
    LlmError llmError;
    std::optional<ChatResult> result = answerWithToolsAndWait(*plan.model.provider, plan.request, m_tools,
                                                              plan.toolHeaders, toolLimits(), &llmError);
    if (!result)
        *error = fromLlm(llmError);
    return result;
}

ToolLimits ConversationEngine::toolLimits() const
{
    return ToolLimits{m_inference.maxToolRounds, m_inference.toolResultMaxChars, m_inference.toolChoice};
}

ToolRounds *ConversationEngine::answerLive(const TurnPlan &plan, QObject *parent) const
{
    return new ToolRounds(plan.model.provider.get(), plan.request, m_tools, plan.toolHeaders, toolLimits(),
                          parent);
}

void ConversationEngine::record(const UserIdentity &user, const TurnPlan &plan, const ChatResult &result,
                                ConversationStore::Recorded done) const
{
    record(user, plan, turnOf(plan, result), std::move(done));
}

QString ConversationEngine::recordAndWait(const UserIdentity &user, const TurnPlan &plan,
                                          const ChatResult &result) const
{
    AISTACK_BLOCKING();
    // std::promise rather than a Qt wait: its hand-off is one the thread sanitizer sees.
    auto committed = std::make_shared<std::promise<QString>>();
    std::future<QString> verdict = committed->get_future();
    record(user, plan, result, [committed](const QString &error) { committed->set_value(error); });
    return verdict.get();
}

ConversationTurn ConversationEngine::turnOf(const TurnPlan &plan, const ChatResult &result)
{
    ConversationTurn turn;
    turn.userMessage = plan.userMessage;
    turn.assistantMessage = result.text;
    turn.systemPrompt = plan.systemPrompt;
    turn.startedAt = plan.startedAt;
    turn.completedAt = QDateTime::currentDateTimeUtc();
    turn.model = plan.model.model;
    turn.provider = plan.model.providerId;
    turn.referencedDocuments = plan.referencedDocuments;
    turn.answer.inputTokens = result.usage.promptTokens;
    turn.answer.outputTokens = result.usage.completionTokens;
    turn.answer.tokensEstimated = result.usage.source == TokenUsage::Source::Estimate;
    turn.answer.durationMs = plan.startedAt.msecsTo(turn.completedAt);
    turn.answer.sources = plan.sources;
    turn.answer.toolRuns = result.toolRuns;
    return turn;
}

void ConversationEngine::record(const UserIdentity &user, const TurnPlan &plan, const ConversationTurn &turn,
                                ConversationStore::Recorded done) const
{
    m_store.recordTurn(plan.conversationId, user.userId, turn, plan.newConversation, std::move(done));
}

} // namespace aistack
