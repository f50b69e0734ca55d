#include "sentencematch.h"

#include "stopwords.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace aistack::SentenceMatch {

namespace {

// Words are compared by a hash of their lower-case letters, computed while scanning: no allocation per word
// (this runs for every sentence of every passage of every answer).
constexpr quint64 kFnvOffset = 14695981039346656037ULL;
constexpr quint64 kFnvPrime = 1099511628211ULL;

bool isWordChar(QChar c)
{
    const ushort u = c.unicode();
    if (u < 128)
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
    return c.isLetterOrNumber() || c.isMark();
}

// Calls visit(hash) for each run of word characters, lower-cased.
template <typename Visit> void forEachWordHash(QStringView text, Visit visit)
{
    quint64 h = kFnvOffset;
    bool inWord = false;
    for (const QChar c : text) {
        if (isWordChar(c)) {
            const ushort u = c.unicode();
            const ushort lower = u < 128 ? ushort(u >= 'A' && u <= 'Z' ? u + 32 : u) : c.toLower().unicode();
            h = (h ^ lower) * kFnvPrime;
            inWord = true;
        } else if (inWord) {
            visit(h);
            h = kFnvOffset;
            inWord = false;
        }
    }
    if (inWord)
        visit(h);
}

const QSet<quint64> &stopWords()
{
    static const QSet<quint64> words = [] {
        QSet<quint64> s;
        for (const QString &w : englishStopWords())
            forEachWordHash(w, [&s](quint64 h) { s.insert(h); });
        return s;
    }();
    return words;
}

// The distinct content words of a text, as sorted hashes.
std::vector<quint64> contentWordsOf(QStringView text)
{
    std::vector<quint64> out;
    const QSet<quint64> &stop = stopWords();
    forEachWordHash(text, [&out, &stop](quint64 h) {
        if (!stop.contains(h))
            out.push_back(h);
    });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool isBullet(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('*') || c.unicode() == 0x2022;
}

// Sentences end at . ! ? followed by white space, at a blank line, and before a line that starts a list item.
// Views into text (no copies): only the sentences that make it into the answer become strings.
QVector<QStringView> sentencesOfText(const QString &text)
{
    QVector<QStringView> out;
    const qsizetype n = text.size();
    qsizetype start = 0;
    auto emit = [&](qsizetype end) {
        const QStringView s = QStringView(text).mid(start, end - start).trimmed();
        if (!s.isEmpty())
            out << s;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        qsizetype next = -1;
        if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) && i + 1 < n &&
            text.at(i + 1).isSpace()) {
            next = i + 1;
            emit(i + 1);
        } else if (c == QLatin1Char('\n')) {
            qsizetype j = i + 1;
            while (j < n && text.at(j).isSpace() && text.at(j) != QLatin1Char('\n'))
                ++j;
            if (j < n && (text.at(j) == QLatin1Char('\n') || isBullet(text.at(j)))) {
                next = j;
                emit(i);
            }
        }
        if (next >= 0) {
            while (next < n && text.at(next).isSpace())
                ++next;
            start = next;
            i = next - 1;
        }
    }
    emit(n);
    return out;
}

} // namespace

std::vector<quint64> contentWords(QStringView text)
{
    return contentWordsOf(text);
}

QVector<QStringView> sentences(const QString &text)
{
    return sentencesOfText(text);
}

double sentenceScore(const std::vector<quint64> &question, QStringView sentence, int *hitsOut)
{
    const std::vector<quint64> words = contentWordsOf(sentence);
    int hits = 0;
    for (quint64 w : question)
        hits += std::binary_search(words.begin(), words.end(), w) ? 1 : 0;
    if (hitsOut)
        *hitsOut = hits;
    return hits / std::sqrt(1.0 + double(words.size()));
}

double bestSentenceScore(const std::vector<quint64> &question, const QString &text)
{
    double best = 0;
    if (question.empty())
        return best;
    for (const QStringView s : sentencesOfText(text))
        best = std::max(best, sentenceScore(question, s));
    return best;
}

} // namespace aistack::SentenceMatch
