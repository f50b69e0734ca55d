#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace aistack {

struct ChatMessage
{
    QString role; // system | user | assistant
    QString content;
};

// A retrieved passage handed to the model (or, without a model, quoted by the extractive answer).
struct ContextPassage
{
    QString text;
    QString source; // file name
    int page = 0;   // 0 = no page
    double score = 0;
};

// One chat completion request. The provider's configured model is used when `model` is empty.
struct ChatRequest
{
    QString model;
    QString systemPrompt; // sent as the first message when not empty
    QList<ChatMessage> messages;
    double temperature = -1; // < 0: the tool's ai_client.temperature, else 0.7
    int maxTokens = 0; // 0 = the provider's default
    QStringList stop;
    // Passages retrieved for a rag tool: appended to the last user message for a model, quoted as they
    // are when no model is configured. `grounded` marks a request that must be answered from them.
    QList<ContextPassage> context;
    bool grounded = false;
};

struct TokenUsage
{
    int promptTokens = 0;
    int completionTokens = 0;
    // Where the counts come from: the provider's `usage`, the local model's tokenizer, or an estimate.
    enum class Source { Provider, Tokenizer, Estimate } source = Source::Estimate;
};

struct ChatResult
{
    QString text;
    QString finishReason; // stop | length | cancelled | ...
    QString model;
    TokenUsage usage;
};

struct EmbeddingResult
{
    QVector<QVector<float>> vectors; // one per input, in input order
    QString model;
    TokenUsage usage;
};

struct ModelInfo
{
    QString id;
    QString type; // llm | embedding
    QString provider;
};

} // namespace aistack

Q_DECLARE_METATYPE(aistack::ChatResult)
Q_DECLARE_METATYPE(aistack::EmbeddingResult)
