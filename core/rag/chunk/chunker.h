#pragma once

#include "../parse/parseddocument.h"

#include <QString>
#include <QVector>

namespace aistack {

struct ChunkerSettings
{
    int size = 512;   // tokens per chunk, at most
    int overlap = 64; // tokens repeated from the end of the previous chunk (never across pages)
};

// One window of a document's text.
struct TextChunk
{
    int index = 0;
    QString text;
    qsizetype start = 0; // offsets into ParsedDocument's joined text (blocks separated by blank lines)
    qsizetype end = 0;
    int page = 0; // PDF page of the chunk (chunks never span pages), 0 otherwise
    int tokenCount = 0;
    QString heading; // the heading the chunk starts under
};

// Cuts a document into token windows. A window ends, in order of preference, at a paragraph end, a
// sentence end or a word end in its second half; the next one starts `overlap` tokens earlier, at a
// sentence start when there is one in reach. No window is empty or only repeats the previous one's tail.
class Chunker
{
public:
    explicit Chunker(ChunkerSettings settings = {});

    QVector<TextChunk> chunk(const ParsedDocument &doc) const;

    // The text chunk() cuts from: the blocks joined by blank lines.
    static QString joinedText(const ParsedDocument &doc);

private:
    ChunkerSettings m_settings;
};

} // namespace aistack
