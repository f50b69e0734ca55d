#include "chunktokenizer.h"

namespace aistack {

namespace {
bool isCjk(char16_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF);
}

enum class Class : quint8 { Space, Letter, Digit, Cjk, Other };

inline Class classify(char16_t c)
{
    if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            return Class::Letter;
        if (c >= '0' && c <= '9')
            return Class::Digit;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
            return Class::Space;
        return Class::Other;
    }
    if (isCjk(c))
        return Class::Cjk;
    const QChar q(c);
    if (q.isSpace())
        return Class::Space;
    if (q.isLetterOrNumber() || q.isMark() || q.isSurrogate())
        return Class::Letter;
    return Class::Other;
}

inline bool endsSentence(char16_t c)
{
    return c == '.' || c == '!' || c == '?' || c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
}
} // namespace

void ChunkTokenizer::split(const QString &text, qsizetype from, qsizetype to, QVector<TokenPiece> *out)
{
    const char16_t *s = reinterpret_cast<const char16_t *>(text.constData());
    qsizetype i = from;
    while (i < to) {
        const Class k = classify(s[i]);
        if (k == Class::Space) {
            if (!out->isEmpty() && out->last().after == TokenPiece::None)
                out->last().after = TokenPiece::Word;
            ++i;
            continue;
        }
        TokenPiece piece;
        piece.start = i;
        qsizetype j = i + 1;
        if (k == Class::Letter) {
            while (j < to && classify(s[j]) == Class::Letter)
                ++j;
            // An apostrophe inside a word ("don't") stays in it.
            while (j + 1 < to && (s[j] == '\'' || s[j] == 0x2019) && classify(s[j + 1]) == Class::Letter) {
                j += 2;
                while (j < to && classify(s[j]) == Class::Letter)
                    ++j;
            }
            const qsizetype len = j - i;
            piece.tokens = quint16(len <= 8 ? 1 : (len + 5) / 6);
        } else if (k == Class::Digit) {
            while (j < to && classify(s[j]) == Class::Digit)
                ++j;
            piece.tokens = quint16((j - i + 2) / 3);
        } else if (k == Class::Cjk) {
            piece.tokens = 1;
        } else {
            while (j < to && classify(s[j]) == Class::Other && j - i < 4)
                ++j;
            piece.tokens = 1;
        }
        piece.end = j;
        if (endsSentence(s[j - 1]) && (j >= to || classify(s[j]) == Class::Space || k == Class::Cjk))
            piece.after = TokenPiece::Sentence;
        out->push_back(piece);
        i = j;
    }
}

int ChunkTokenizer::count(const QString &text)
{
    QVector<TokenPiece> pieces;
    split(text, 0, text.size(), &pieces);
    int n = 0;
    for (const TokenPiece &p : std::as_const(pieces))
        n += p.tokens;
    return n;
}

} // namespace aistack
