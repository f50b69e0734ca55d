#pragma once

#include <QString>
#include <QVector>

namespace aistack {

// One piece of text the chunker can cut after, with the tokens it costs and how strong a boundary follows it.
struct TokenPiece
{
    enum Boundary : quint8 { None, Word, Sentence, Paragraph, Page };
    qsizetype start = 0;
    qsizetype end = 0;
    quint16 tokens = 0;
    Boundary after = None;
};

// Splits text the way GPT-style BPE tokenizers pre-split it (words with their leading space, numbers in
// groups of three, punctuation runs, CJK characters one by one) and counts tokens per piece: a short
// word is one token, longer words cost one token per six characters. The count tracks cl100k_base within
// about 15 % on English prose; it decides chunk sizes, not model limits.
class ChunkTokenizer
{
public:
    // Appends the pieces of text[from, to) to *out, marking word and sentence boundaries.
    static void split(const QString &text, qsizetype from, qsizetype to, QVector<TokenPiece> *out);

    // The token count of a whole string.
    static int count(const QString &text);
};

} // namespace aistack
