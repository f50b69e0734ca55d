#pragma once

#include "llm/llmtypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace aistack {

// A passage an answer was given, as a person sees it under the answer: best first.
struct CitedPassage
{
    QString tool; // the rag tool whose collection holds it
    QString documentId;
    QString fileName;
    QString path;     // the local file it came from, when known (desktop ingestion)
    int page = 0;     // 0 = no page
    double score = 0; // the retriever's relevance (higher is better; the order of the list), else the cosine
    QString passage;  // the chunk's text

    QJsonObject toJson() const;
    static CitedPassage fromJson(const QJsonObject &o);
};

// How an answer came about: what the desktop shows under it. Kept with the turn (the `details` column).
struct AnswerDetails
{
    enum class Status { Complete, Stopped };
    Status status = Status::Complete;
    qint64 firstTokenMs = -1; // time to first token; -1 = unknown
    qint64 durationMs = -1;   // from the question to the last token; -1 = unknown
    int inputTokens = 0;
    int outputTokens = 0;
    bool tokensEstimated = true; // counted by an estimate, not by the provider or the model's tokenizer
    QVector<CitedPassage> sources;
    QVector<ToolRun> toolRuns; // the MCP tool calls made on the way to the answer, in order

    // Output tokens per second of generation (after the first token), or 0 when unknown.
    double tokensPerSecond() const;

    QJsonObject toJson() const;
    static AnswerDetails fromJson(const QJsonObject &o);
};

// One version of a turn: the question as sent and the answer it got. A turn regenerated or edited on the
// desktop keeps every version; the turn's own columns (what the API reads) hold the selected one.
struct TurnVersion
{
    QString userMessage;
    QString assistantMessage;
    QString model;
    QString provider;
    QDateTime startedAt;
    QDateTime completedAt;
    QJsonArray referencedDocuments;
    AnswerDetails answer;

    QJsonObject toJson() const;
    static TurnVersion fromJson(const QJsonObject &o);
};

} // namespace aistack
