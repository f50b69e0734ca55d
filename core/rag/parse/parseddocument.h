#pragma once

#include <QString>
#include <QVector>

namespace aistack {

// One run of text as a parser found it, with the structure it sits in.
struct TextBlock
{
    enum class Kind { Paragraph, Heading, Title, TableRow, Code };
    Kind kind = Kind::Paragraph;
    QString text;
    QString heading; // the nearest heading above this block ("" when none)
    int page = 0;    // 1-based page (PDF); 0 when the format has no pages
};

// A parsed document: its blocks in reading order, plus what the format says about it.
struct ParsedDocument
{
    QString format; // "text", "markdown", "html", "csv", "json", "pdf", "docx"
    QString title;  // from the format (HTML <title>, first heading, PDF info), may be empty
    int pageCount = 0;
    QVector<TextBlock> blocks;

    // Appends a block; empty or whitespace-only text is skipped.
    void add(TextBlock::Kind kind, const QString &text, int page = 0);
    bool isEmpty() const { return blocks.isEmpty(); }
};

} // namespace aistack
