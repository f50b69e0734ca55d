#include "extractiveanswer.h"

#include "builtin/wordtokenizer.h"

#include <QCoreApplication>
#include <QRegularExpression>
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

size_t wordHash(const char *w, int n)
{
    return qHashBits(w, size_t(n));
}

// Words are compared by hash: no allocation per word (this runs for every sentence of every passage).
const QSet<size_t> &stopWords()
{
    static const QSet<size_t> words = [] {
        QSet<size_t> s;
        for (const char *w :
             {"the",   "a",      "an",     "and",   "or",  "of",   "to",   "in",    "on",    "for",
              "is",    "are",    "was",    "were",  "be",  "been", "it",   "its",   "this",  "that",
              "these", "those",  "what",   "which", "who", "whom", "how",  "why",   "when",  "where",
              "does",  "do",     "did",    "with",  "by",  "at",   "from", "as",    "about", "can",
              "could", "should", "would",  "will",  "i",   "you",  "we",   "they",  "he",    "she",
              "my",    "your",   "our",    "their", "me",  "us",   "them", "there", "has",   "have",
              "had",   "not",    "no",     "if",    "so",  "than", "then", "into",  "any",   "all",
              "some",  "tell",   "please", "s",     "'s"})
            s.insert(wordHash(w, int(qstrlen(w))));
        return s;
    }();
    return words;
}

// The distinct content words of a text, as sorted hashes.
std::vector<size_t> contentWords(const QString &text)
{
    std::vector<size_t> out;
    const QSet<size_t> &stop = stopWords();
    WordTokenizer::forEachWord(text, [&out, &stop](const char *w, int n) {
        const size_t h = wordHash(w, n);
        if (!stop.contains(h))
            out.push_back(h);
        return true;
    });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QStringList sentencesOf(const QString &text)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=[.!?])\\s+|\\n\\s*\\n|\\n(?=\\s*[-*•])"));
    QStringList out;
    for (const QString &part : text.split(boundary, Qt::SkipEmptyParts)) {
        const QString s = part.simplified();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

struct Candidate
{
    int passage;
    int position;
    double score;
    QString text;
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
    const std::vector<size_t> wanted = contentWords(question);
    QList<Candidate> candidates;
    for (int p = 0; p < passages.size(); ++p) {
        const QStringList sentences = sentencesOf(passages[p].text);
        for (int s = 0; s < sentences.size(); ++s) {
            const std::vector<size_t> words = contentWords(sentences[s]);
            int hits = 0;
            for (size_t w : wanted)
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
        out += QStringLiteral("\n> ") + c.text;
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
