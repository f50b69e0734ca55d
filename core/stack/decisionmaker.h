#pragma once

#include "config/appconfig.h"

#include <QVector>

namespace aistack {

// How the decision maker's question is put and its reply read. The model is asked to name one tool; its
// reply is normalised (whitespace, case, quotes, punctuation, a "category:" prefix) and matched against
// the tool names, then against their roles. A reply that matches nothing gives nullptr: the caller falls
// back to fallback().
namespace DecisionMaker {

QString systemPrompt();
QString userPrompt(const QString &question, const QVector<const ToolConfig *> &candidates);
const ToolConfig *match(const QString &reply, const QVector<const ToolConfig *> &candidates);
// The first prompt tool, else the first candidate.
const ToolConfig *fallback(const QVector<const ToolConfig *> &candidates);

} // namespace DecisionMaker
} // namespace aistack
