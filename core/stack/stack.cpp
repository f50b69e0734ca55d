#include "stack.h"

#include "decisionmaker.h"
#include "llm/blockingchat.h"
#include "llm/providerregistry.h"
#include "metrics/metricfamily.h"
#include "rag/documentlibrary.h"
#include "rag/store/collectionname.h"
#include "rag/store/vectorstore.h"
#include "stackmetrics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stack)
};

bool hasModel(const LlmProvider &provider)
{
    return provider.name() != QLatin1String("none");
}

StackError providerError(const QString &who, const LlmError &e)
{
    StackError error =
        StackError::make(StackError::Kind::Provider, QStringLiteral("%1: %2").arg(who, e.describe()));
    error.llm = e;
    return error;
}
} // namespace

Stack::Stack(QString owner, std::shared_ptr<const StackConfig> config,
             std::shared_ptr<DocumentLibrary> library, ProviderRegistry &providers, StackMetrics *metrics)
    : m_owner(std::move(owner)), m_config(std::move(config)), m_library(std::move(library)),
      m_metrics(metrics)
{
    if (m_config->decisionMaker)
        m_decider = providers.chatProvider(m_config->decisionMaker->aiClient);
    for (const ToolConfig &tool : m_config->tools)
        m_toolProviders.insert(tool.name, providers.chatProvider(tool.aiClient));
    // Asked of the providers and the store themselves, so that this follows however they are chosen.
    auto noModel = [](const std::shared_ptr<LlmProvider> &p) {
        return !p || p->name() == QLatin1String("none");
    };
    QString ignored;
    const std::shared_ptr<VectorStore> store = m_library->store(&ignored);
    m_local = noModel(m_decider) && (!store || store->kind() == QLatin1String("embedded"));
    for (const ToolConfig &tool : m_config->tools)
        m_local = m_local && noModel(m_toolProviders.value(tool.name)) &&
                  (tool.kind != QLatin1String("rag") ||
                   providers.embeddingProvider(tool)->name() == QLatin1String("builtin"));
}

bool Stack::hasDocuments(const ToolConfig &tool) const
{
    QString error;
    const std::shared_ptr<VectorStore> store = m_library->store(&error);
    return store && store->count(collectionName(m_owner, tool.name), &error) > 0;
}

const ToolConfig *Stack::chooseTool(const QString &question, StackError *error) const
{
    QVector<const ToolConfig *> candidates;
    for (const ToolConfig &t : m_config->tools)
        candidates << &t;
    if (candidates.size() == 1)
        return candidates.first(); // nothing to decide
    if (!m_decider || !hasModel(*m_decider)) {
        // Without a model to ask: a rag tool that holds documents for this owner answers (from them, with
        // an extractive answer when it has no model either), else the first prompt tool.
        for (const ToolConfig *t : candidates) {
            if (t->kind == QLatin1String("rag") && hasDocuments(*t))
                return t;
        }
        return DecisionMaker::fallback(candidates);
    }
    ChatRequest request;
    request.systemPrompt = DecisionMaker::systemPrompt();
    request.messages << ChatMessage{QStringLiteral("user"), DecisionMaker::userPrompt(question, candidates)};
    request.temperature = 0;
    request.maxTokens = 16;
    QElapsedTimer timer;
    timer.start();
    LlmError llmError;
    const std::optional<ChatResult> reply = chatAndWait(*m_decider, request, &llmError);
    m_metrics->decision->observe(double(timer.nsecsElapsed()) / 1e9);
    if (!reply) {
        *error = providerError(Tr::tr("decision maker '%1'").arg(m_config->decisionMaker->name), llmError);
        return nullptr;
    }
    if (const ToolConfig *chosen = DecisionMaker::match(reply->text, candidates))
        return chosen;
    m_metrics->decisionFallbacks->inc();
    const ToolConfig *fallback = DecisionMaker::fallback(candidates);
    qInfo().noquote() << "decision maker replied" << reply->text.left(80).simplified()
                      << "which names no tool; using" << fallback->name;
    return fallback;
}

void Stack::answerWithPrompt(const ToolConfig &tool, const QString &question, StackReply &reply) const
{
    ChatRequest request;
    request.systemPrompt = QStringLiteral("You are a helpful assistant. Answer the user's question.");
    request.messages << ChatMessage{QStringLiteral("user"), question};
    complete(tool, request, reply);
}

void Stack::complete(const ToolConfig &tool, const ChatRequest &request, StackReply &reply) const
{
    LlmError llmError;
    const std::optional<ChatResult> result =
        chatAndWait(*m_toolProviders.value(tool.name), request, &llmError);
    if (!result) {
        reply.error = providerError(Tr::tr("tool '%1'").arg(tool.name), llmError);
        return;
    }
    reply.text = result->text;
}

void Stack::answerWithRag(const ToolConfig &tool, const QString &question, StackReply &reply) const
{
    QString error;
    std::optional<RetrievalResult> retrieved =
        m_library->retrieve(m_owner, tool.name, question, tool.depth, &error);
    if (!retrieved) {
        reply.error =
            StackError::make(StackError::Kind::Store,
                             Tr::tr("tool '%1' cannot search its documents: %2").arg(tool.name, error));
        return;
    }
    reply.retrieval = retrieved;
    if (retrieved->hits.isEmpty()) {
        reply.text =
            Tr::tr("There are no stored documents to answer from yet. Store documents first, then ask "
                   "again.");
        return;
    }
    ChatRequest request;
    request.systemPrompt =
        QStringLiteral("Answer the question using only the provided context. If the answer is "
                       "not in the context, say so.");
    request.messages << ChatMessage{QStringLiteral("user"), question};
    request.context = retrieved->passages();
    request.grounded = true;
    complete(tool, request, reply);
}

StackReply Stack::answer(const QString &question) const
{
    StackReply reply;
    const ToolConfig *tool = chooseTool(question, &reply.error);
    if (!tool)
        return reply;
    reply.tool = tool->name;
    reply.rag = tool->kind == QLatin1String("rag");
    if (reply.rag)
        answerWithRag(*tool, question, reply);
    else
        answerWithPrompt(*tool, question, reply);
    const QStringList labels{tool->name, tool->kind};
    (reply.error.ok() ? m_metrics->queries : m_metrics->queryFailures)->inc(labels);
    return reply;
}

} // namespace aistack
