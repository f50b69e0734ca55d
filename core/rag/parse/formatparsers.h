#pragma once

#include "parseddocument.h"

#include <QByteArray>
#include <QString>

namespace aistack {

// One function per format. Text formats get decoded text; PDF and DOCX get the raw bytes.
// Each fills *doc and returns true, or returns false with a reason in *error (without the file name).
void parsePlainText(const QString &text, ParsedDocument *doc);
void parseMarkdown(const QString &text, ParsedDocument *doc);
void parseHtml(const QString &text, ParsedDocument *doc);
void parseCsv(const QString &text, ParsedDocument *doc);
bool parseJson(const QByteArray &utf8, ParsedDocument *doc, QString *error);
bool parsePdf(const QByteArray &bytes, ParsedDocument *doc, QString *error);
bool parseDocx(const QByteArray &bytes, ParsedDocument *doc, QString *error);

// Splits text into paragraphs at blank lines and form feeds and adds each as a paragraph block.
void addParagraphs(const QString &text, ParsedDocument *doc, int page = 0);

} // namespace aistack
