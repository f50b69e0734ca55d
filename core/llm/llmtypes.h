#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace aistack {

// A call the model asks for: the tool's name and its arguments as the model wrote them (JSON text).
struct ToolCall
{
    QString id;
    QString name;
    QString arguments;
};

// A tool the model may call: its name, what it does, and the JSON Schema of its arguments.
struct ToolSpec
{
    QString name;
    QString description;
    QJsonObject parameters;
    QString source; // where the tool lives (the MCP server's name); not sent to the model
};

// A tool call that was carried out: what the model asked for and what the tool answered.
struct ToolRun
{
    QString id;
    QString name;
    QString server;    // the MCP server that holds the tool
    QString arguments; // JSON text, as the model wrote it
    QString response;  // the tool's text (cut to the configured size), or why it could not run
    bool isError = false;
    qint64 durationMs = 0;

    // The arguments as JSON: an object when the model wrote one, else the text as it is.
    QJsonValue argumentsValue() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(arguments.toUtf8());
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(arguments);
    }
};

struct ChatMessage
{
    QString role; // system | user | assistant | tool
    QString content;
    QList<ToolCall> toolCalls; // assistant: the calls it asked for
    QString toolCallId;        // tool: the call this message answers
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
    int maxTokens = 0;       // 0 = the provider's default
    QStringList stop;
    // Passages retrieved for a rag tool: appended to the last user message for a model, quoted as they
    // are when no model is configured. `grounded` marks a request that must be answered from them.
    QList<ContextPassage> context;
    bool grounded = false;
    // Tools the model may call (empty: none), and whether it must: "" or "auto", "required", "none".
    QList<ToolSpec> tools;
    QString toolChoice;
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
    QList<ToolCall> toolCalls; // the calls the model asked for instead of (or before) an answer
    QVector<ToolRun> toolRuns; // the calls carried out on the way to this answer, in order
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
Q_DECLARE_METATYPE(aistack::ToolRun)
