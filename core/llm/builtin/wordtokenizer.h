#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace aistack {

// A simple Unicode word tokenizer: lower-cased runs of letters, digits and combining marks. Inside a word,
// an apostrophe splits it the way the word vectors were trained ("don't" -> "do" "n't", "john's" -> "john"
// "'s"), and a hyphenated word is offered whole first ("e-mail") and as its parts when the whole is unknown.
class WordTokenizer
{
public:
    // Called with each word as lower-case UTF-8. Returns true when the word was known (used for hyphenated
    // words: the parts are tried when the whole is not known).
    using Visitor = std::function<bool(const char *utf8, int length)>;

    static void forEachWord(const QString &text, const Visitor &visit);
};

} // namespace aistack
