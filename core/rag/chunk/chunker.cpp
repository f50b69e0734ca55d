#include "chunker.h"

#include "chunktokenizer.h"

namespace aistack {

Chunker::Chunker(ChunkerSettings settings) : m_settings(settings)
{
    m_settings.size = std::max(m_settings.size, 8);
    m_settings.overlap = std::clamp(m_settings.overlap, 0, m_settings.size / 2);
}

QString Chunker::joinedText(const ParsedDocument &doc)
{
    qsizetype length = 0;
    for (const TextBlock &b : doc.blocks)
        length += b.text.size() + 2;
    QString text;
    text.reserve(length);
    for (const TextBlock &b : doc.blocks) {
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        text += b.text;
    }
    return text;
}

QVector<TextChunk> Chunker::chunk(const ParsedDocument &doc) const
{
    const QString text = joinedText(doc);
    QVector<TokenPiece> pieces;
    pieces.reserve(text.size() / 5 + 16);
    QVector<int> pieceBlock; // block index of each piece
    qsizetype offset = 0;
    for (int b = 0; b < doc.blocks.size(); ++b) {
        const qsizetype from = offset;
        const qsizetype to = offset + doc.blocks[b].text.size();
        const qsizetype before = pieces.size();
        ChunkTokenizer::split(text, from, to, &pieces);
        if (pieces.size() > before) {
            const bool pageChange = b + 1 < doc.blocks.size() && doc.blocks[b + 1].page != doc.blocks[b].page;
            pieces.last().after = pageChange ? TokenPiece::Page : TokenPiece::Paragraph;
        }
        pieceBlock.resize(pieces.size(), b);
        offset = to + 2;
    }
    QVector<TextChunk> chunks;
    const int n = int(pieces.size());
    const int size = m_settings.size;
    int s = 0;
    while (s < n) {
        // Grow the window to the size limit, stopping at a page end.
        int tokens = 0;
        int e = s;
        int best = -1; // the best cut in the window's second half
        int bestStrength = -1;
        for (; e < n; ++e) {
            if (tokens + pieces[e].tokens > size && e > s)
                break;
            tokens += pieces[e].tokens;
            const int strength = pieces[e].after;
            if (pieces[e].after == TokenPiece::Page) {
                best = e;
                ++e;
                break;
            }
            if (tokens * 2 >= size && strength >= bestStrength) {
                best = e;
                bestStrength = strength;
            }
        }
        const bool reachedEnd = e >= n;
        int last = (reachedEnd || best < 0) ? e - 1 : best;
        if (!reachedEnd && pieces[e - 1].after == TokenPiece::Page)
            last = e - 1;

        TextChunk c;
        c.index = int(chunks.size());
        c.start = pieces[s].start;
        c.end = pieces[last].end;
        c.text = text.mid(c.start, c.end - c.start);
        for (int i = s; i <= last; ++i)
            c.tokenCount += pieces[i].tokens;
        const TextBlock &block = doc.blocks[pieceBlock[s]];
        c.page = block.page;
        c.heading = block.heading;
        chunks.push_back(std::move(c));
        if (last + 1 >= n)
            break;
        // Next window: `overlap` tokens back, never across a page, starting at a sentence when possible.
        int next = last + 1;
        if (pieces[last].after != TokenPiece::Page && m_settings.overlap > 0) {
            int back = 0;
            int candidate = last + 1;
            while (candidate - 1 > s && back + pieces[candidate - 1].tokens <= m_settings.overlap &&
                   pieces[candidate - 2].after != TokenPiece::Page) {
                back += pieces[candidate - 1].tokens;
                --candidate;
            }
            next = candidate;
            for (int i = candidate; i <= last; ++i) { // the earliest sentence start inside the overlap
                if (pieces[i - 1].after >= TokenPiece::Sentence) {
                    next = i;
                    break;
                }
            }
        }
        s = std::max(next, s + 1);
    }
    return chunks;
}

} // namespace aistack
