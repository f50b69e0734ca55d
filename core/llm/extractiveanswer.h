#pragma once

#include "llmtypes.h"

namespace aistack {

// The answers given when no language model is configured. They never invent anything: a rag tool quotes
// the retrieved sentences that best match the question, with their sources; a prompt tool says what to
// configure.
QString extractiveAnswer(const QString &question, const QList<ContextPassage> &passages, int maxSentences = 3);
QString noModelMessage();

} // namespace aistack
