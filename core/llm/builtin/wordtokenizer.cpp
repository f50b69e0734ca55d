#include "wordtokenizer.h"

namespace aistack {

namespace {

bool isWordChar(QChar c)
{
    const ushort u = c.unicode();
    if (u < 128)
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

bool isApostrophe(QChar c) { return c == QLatin1Char('\'') || c.unicode() == 0x2019; }

void appendLower(QByteArray &out, const QChar *begin, const QChar *end)
{
    bool ascii = true;
    for (const QChar *p = begin; p < end; ++p)
        ascii = ascii && p->unicode() < 128;
    if (ascii) {
        for (const QChar *p = begin; p < end; ++p) {
            const char ch = char(p->unicode());
            out.append(ch >= 'A' && ch <= 'Z' ? char(ch + 32) : ch);
        }
        return;
    }
    out.append(QString(begin, int(end - begin)).toLower().toUtf8());
}

// One run of word characters, possibly joined by apostrophes and hyphens.
void visitRun(const QChar *begin, const QChar *end, QByteArray &buf, const WordTokenizer::Visitor &visit)
{
    // Hyphenated: try the whole, then the parts.
    const QChar *hyphen = std::find(begin, end, QLatin1Char('-'));
    if (hyphen != end) {
        buf.clear();
        appendLower(buf, begin, end);
        if (visit(buf.constData(), int(buf.size())))
            return;
        const QChar *part = begin;
        for (const QChar *p = begin; p <= end; ++p) {
            if (p == end || *p == QLatin1Char('-')) {
                if (p > part)
                    visitRun(part, p, buf, visit);
                part = p + 1;
            }
        }
        return;
    }
    const QChar *apos = std::find_if(begin, end, isApostrophe);
    if (apos == end) {
        buf.clear();
        appendLower(buf, begin, end);
        visit(buf.constData(), int(buf.size()));
        return;
    }
    // "don't" -> "do" + "n't"; "john's" -> "john" + "'s"
    const QChar *split = apos;
    if (apos - begin >= 2 && (apos - 1)->toLower() == QLatin1Char('n') && end - apos == 2
        && (apos + 1)->toLower() == QLatin1Char('t'))
        split = apos - 1;
    if (split > begin) {
        buf.clear();
        appendLower(buf, begin, split);
        visit(buf.constData(), int(buf.size()));
    }
    buf.clear();
    appendLower(buf, split, apos);
    buf.append('\'');
    appendLower(buf, apos + 1, end);
    visit(buf.constData(), int(buf.size()));
}

} // namespace

void WordTokenizer::forEachWord(const QString &text, const Visitor &visit)
{
    QByteArray buf;
    buf.reserve(64);
    const QChar *p = text.constData();
    const QChar *const end = p + text.size();
    while (p < end) {
        while (p < end && !isWordChar(*p))
            ++p;
        const QChar *start = p;
        while (p < end) {
            if (isWordChar(*p)) {
                ++p;
            } else if ((*p == QLatin1Char('-') || isApostrophe(*p)) && p + 1 < end && isWordChar(p[1])
                       && p > start) {
                p += 2;
            } else {
                break;
            }
        }
        if (p > start)
            visitRun(start, p, buf, visit);
    }
}

} // namespace aistack
