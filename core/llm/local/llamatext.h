#pragma once

#include "../llmtypes.h"

#include <QByteArray>
#include <llama.h>
#include <vector>

namespace aistack::llamatext {

// Sends llama.cpp's log to stderr (errors only) and initialises its backends, once per process.
void initBackendOnce();
// Length of the longest prefix of `bytes` that ends on a complete UTF-8 sequence.
qsizetype completeUtf8(const QByteArray &bytes);
// Special tokens in the text are parsed; `addSpecial` adds BOS/EOS as the model wants.
std::vector<llama_token> tokenize(const llama_vocab *vocab, const QByteArray &text, bool addSpecial);
// The text of one token (special tokens render as nothing).
QByteArray piece(const llama_vocab *vocab, llama_token token);
// The prompt for the messages in the model's own chat template (ChatML when it has none or an unknown one),
// ending with the start of the assistant's turn. Empty when no template fits.
QByteArray applyTemplate(const llama_model *model, const QList<ChatMessage> &messages);

} // namespace aistack::llamatext
