#include "extractiveanswer.h"

#include "common/stopwords.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <vector>

namespace aistack {

namespace {

// Messages for the user, translated in the "ExtractiveAnswer" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExtractiveAnswer)
};

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
std::vector<quint64> contentWords(QStringView text)
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
QVector<QStringView> sentencesOf(const QString &text)
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

struct Candidate
{
    int passage;
    int position;
    double score;
    QStringView text; // into the passage
};

QString sourceOf(const ContextPassage &p)
{
    if (p.source.isEmpty())
        return QString();
    return p.page > 0 ? Tr::tr("%1, page %2").arg(p.source).arg(p.page) : p.source;
}

} // namespace

QString noModelMessage()
{
    return Tr::tr(
        "No language model is configured, so this tool cannot answer. Add an ai_client to the tool in the "
        "stack configuration: provider openai, ollama or llama_stack with a model (and base_url and api_key "
        "where needed), or provider local with the model_path of a GGUF file.");
}

QString extractiveAnswer(const QString &question, const QList<ContextPassage> &passages, int maxSentences)
{
    if (passages.isEmpty())
        return Tr::tr(
            "No language model is configured, and none of the stored documents matches the question.");
    const std::vector<quint64> wanted = contentWords(question);
    QList<Candidate> candidates;
    for (int p = 0; p < passages.size(); ++p) {
        const QVector<QStringView> sentences = sentencesOf(passages[p].text);
        for (int s = 0; s < sentences.size(); ++s) {
            const std::vector<quint64> words = contentWords(sentences[s]);
            int hits = 0;
            for (quint64 w : wanted)
                hits += std::binary_search(words.begin(), words.end(), w) ? 1 : 0;
            // Matching words count most; shorter sentences and better-ranked passages break ties.
            const double score = hits / std::sqrt(1.0 + words.size()) + 0.05 / (1 + p) + 0.01 / (1 + s);
            candidates.append({p, s, hits > 0 ? score : score - 1.0, sentences[s]});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    candidates = candidates.mid(0, maxSentences);
    // Keep only matching sentences when any matched; else the best passage's opening (retrieval chose it).
    if (!candidates.isEmpty() && candidates.first().score > 0)
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [](const Candidate &c) { return c.score <= 0; }),
                         candidates.end());
    else
        candidates = candidates.mid(0, 1);
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.passage != b.passage ? a.passage < b.passage : a.position < b.position;
    });
    QString out =
        Tr::tr("No language model is configured, so here are the passages of the stored documents that best "
               "match the question:");
    out += QStringLiteral("\n");
    QStringList sources;
    for (const Candidate &c : std::as_const(candidates)) {
        out += QStringLiteral("\n> ") + c.text.toString().simplified();
        const QString source = sourceOf(passages[c.passage]);
        if (!source.isEmpty()) {
            out += QStringLiteral("\n(") + source + QStringLiteral(")");
            if (!sources.contains(source))
                sources << source;
        }
        out += QStringLiteral("\n");
    }
    if (!sources.isEmpty())
        out += QStringLiteral("\n") + Tr::tr("Sources: %1").arg(sources.join(QStringLiteral("; ")));
    return out.trimmed();
}

} // namespace aistack
