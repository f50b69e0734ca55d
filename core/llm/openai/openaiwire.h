#pragma once

#include "../llmerror.h"
#include "../llmtypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace aistack::openaiwire {

// Request and reply bodies of the OpenAI-compatible HTTP API (/chat/completions, /embeddings, /models).

QByteArray chatBody(const ChatRequest &request, const QString &model, bool stream,
                    double defaultTemperature = 0.7);
QByteArray embeddingsBody(const QStringList &texts, const QString &model);

// A full /chat/completions reply. Returns false (and sets *error) when the body is not one.
bool parseChatReply(const QByteArray &body, const QString &provider, ChatResult *result, LlmError *error);

// One streamed `chat.completion.chunk`: appends its text to *delta, and sets the finish reason and
// usage when the chunk has them. Returns false (and sets *error) on a malformed chunk or an error object.
struct ChunkState
{
    QString finishReason;
    QString model;
    bool hasUsage = false;
    TokenUsage usage;
    QList<ToolCall> toolCalls; // put together from the chunks' pieces
};
bool parseChunk(const QByteArray &data, const QString &provider, QString *delta, ChunkState *state,
                LlmError *error);

// Appends the vectors of one batch to *result, and its usage (the provider's, else an estimate).
bool parseEmbeddings(const QByteArray &body, const QString &provider, const QStringList &batch,
                     EmbeddingResult *result, LlmError *error);
bool parseModels(const QByteArray &body, const QString &provider, QList<ModelInfo> *models, LlmError *error);

// The typed error for an HTTP error status, with the server's own message when its body has one.
LlmError errorForStatus(int status, const QByteArray &body, const QString &provider, const QString &model);

} // namespace aistack::openaiwire
