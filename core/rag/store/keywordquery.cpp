#include "keywordquery.h"

#include <QSet>
#include <QStringList>

namespace aistack {

namespace {
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             {"a",     "an",   "and",   "are",   "as",    "at",     "be",     "but",   "by",   "can",
              "could", "did",  "do",    "does",  "for",   "from",   "had",    "has",   "have", "how",
              "i",     "if",   "in",    "into",  "is",    "it",     "its",    "me",    "my",   "no",
              "not",   "of",   "on",    "or",    "our",   "so",     "such",   "than",  "that", "the",
              "their", "them", "then",  "there", "these", "they",   "this",   "to",    "was",  "we",
              "were",  "what", "when",  "where", "which", "who",    "whom",   "why",   "will", "with",
              "would", "you",  "your",  "about", "tell",  "please", "should", "shall", "may",  "might",
              "must",  "been", "being", "any",   "all",   "some",   "us"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}
} // namespace

QString keywordQuery(const QString &question, int maxTerms)
{
    return keywordTerms(question, maxTerms).join(QStringLiteral(" OR "));
}

QStringList keywordTerms(const QString &question, int maxTerms)
{
    QStringList terms;
    QSet<QString> seen;
    QString word;
    auto take = [&]() {
        if (!word.isEmpty() && !stopWords().contains(word) && !seen.contains(word) &&
            terms.size() < maxTerms) {
            seen.insert(word);
            terms << QLatin1Char('"') + word + QLatin1Char('"');
        }
        word.clear();
    };
    for (const QChar c : question) {
        if (c.isLetterOrNumber() || c.isMark())
            word += c.toLower();
        else
            take();
    }
    take();
    return terms;
}

} // namespace aistack
