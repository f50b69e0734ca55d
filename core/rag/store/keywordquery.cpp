#include "keywordquery.h"

#include "common/stopwords.h"

#include <QSet>
#include <QStringList>

namespace aistack {

namespace {
const QSet<QString> &stopWords()
{
    static const QSet<QString> words(englishStopWords().cbegin(), englishStopWords().cend());
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
