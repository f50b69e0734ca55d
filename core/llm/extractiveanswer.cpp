#include "extractiveanswer.h"

#include "common/sentencematch.h"

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
    const std::vector<quint64> wanted = SentenceMatch::contentWords(question);
    QList<Candidate> candidates;
    for (int p = 0; p < passages.size(); ++p) {
        const QVector<QStringView> sentences = SentenceMatch::sentences(passages[p].text);
        for (int s = 0; s < sentences.size(); ++s) {
            int hits = 0;
            // Matching words count most; shorter sentences and better-ranked passages break ties.
            const double score =
                SentenceMatch::sentenceScore(wanted, sentences[s], &hits) + 0.05 / (1 + p) + 0.01 / (1 + s);
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
