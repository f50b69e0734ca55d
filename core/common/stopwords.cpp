#include "stopwords.h"

namespace aistack {

const QStringList &englishStopWords()
{
    static const QStringList words = [] {
        QStringList out;
        for (const char *w :
             {"a",     "about", "all",   "an",    "and",    "any",   "are",   "as",    "at",     "be",
              "been",  "being", "but",   "by",    "can",    "could", "did",   "do",    "does",   "for",
              "from",  "had",   "has",   "have",  "he",     "how",   "i",     "if",    "in",     "into",
              "is",    "it",    "its",   "may",   "me",     "might", "must",  "my",    "no",     "not",
              "of",    "on",    "or",    "our",   "please", "s",     "shall", "she",   "should", "so",
              "some",  "such",  "t",     "tell",  "than",   "that",  "the",   "their", "them",   "then",
              "there", "these", "they",  "this",  "those",  "to",    "us",    "was",   "we",     "were",
              "what",  "when",  "where", "which", "who",    "whom",  "why",   "will",  "with",   "would",
              "you",   "your"})
            out << QString::fromLatin1(w);
        return out;
    }();
    return words;
}

} // namespace aistack
