#pragma once

#include <QString>

namespace aistack {

// A token count when neither the provider nor a tokenizer gives one: about four bytes of UTF-8 per token,
// the usual figure for BPE vocabularies on English text.
inline int estimateTokens(const QString &text)
{
    if (text.isEmpty())
        return 0;
    return int((text.toUtf8().size() + 3) / 4);
}

} // namespace aistack
