// The document parsers of the ingestion, each through parseDocument (sniffing, decoding, the format's
// parser) under a file name of its format, and through its own function on the same bytes.
#include "fuzztarget.h"
#include "rag/parse/documentparser.h"
#include "rag/parse/formatparsers.h"
#include "rag/parse/textdecoder.h"

namespace aistack::fuzz {

namespace {
// Every block has text, and a refusal names the file.
Verdict viaParseDocument(const QString &fileName, const QByteArray &input)
{
    const ParseOutcome out = parseDocument(fileName, input);
    if (!out.ok) {
        require(out.error.startsWith(fileName + QStringLiteral(": ")) &&
                    out.error.size() > fileName.size() + 2,
                "a refused document is named and the reason given");
        return Verdict::refuse(out.error);
    }
    require(out.error.isEmpty() && !out.document.isEmpty(), "an accepted document has text");
    for (const TextBlock &block : out.document.blocks)
        require(!block.text.trimmed().isEmpty() && block.page >= 0, "every block has text");
    return {};
}

void requireBlocks(const ParsedDocument &doc)
{
    for (const TextBlock &block : doc.blocks)
        require(!block.text.trimmed().isEmpty(), "every block has text");
}

// A text format: its parser on the input as UTF-8 (any string will do; replacement characters where the
// bytes are not UTF-8), then parseDocument under a file name of the format.
Verdict textFormat(void (*parse)(const QString &, ParsedDocument *), const QString &fileName,
                   const QByteArray &input)
{
    ParsedDocument doc;
    parse(QString::fromUtf8(input), &doc);
    requireBlocks(doc);
    return viaParseDocument(fileName, input);
}

// Binary formats: the parser's own message (without the file name), never empty when it refuses.
Verdict binary(bool (*parse)(const QByteArray &, ParsedDocument *, QString *), const QByteArray &input)
{
    ParsedDocument doc;
    QString error;
    if (!parse(input, &doc, &error)) {
        require(!error.isEmpty(), "a refused document says why");
        return Verdict::refuse(error);
    }
    requireBlocks(doc);
    return {};
}
} // namespace

Verdict textDecoder(const QByteArray &input)
{
    const DecodedText decoded = decodeText(input);
    if (decoded.ok)
        require(!decoded.encoding.isEmpty(), "decoded text names its encoding");
    looksBinary(input);
    return textFormat(parsePlainText, QStringLiteral("fuzz.txt"), input);
}

Verdict markdown(const QByteArray &input)
{
    return textFormat(parseMarkdown, QStringLiteral("fuzz.md"), input);
}

Verdict html(const QByteArray &input)
{
    return textFormat(parseHtml, QStringLiteral("fuzz.html"), input);
}

Verdict csv(const QByteArray &input)
{
    return textFormat(parseCsv, QStringLiteral("fuzz.csv"), input);
}

Verdict json(const QByteArray &input)
{
    ParsedDocument doc;
    QString error;
    if (!parseJson(input, &doc, &error))
        require(!error.isEmpty(), "refused JSON says why");
    requireBlocks(doc);
    return viaParseDocument(QStringLiteral("fuzz.json"), input);
}

Verdict pdf(const QByteArray &input)
{
    return binary(parsePdf, input);
}

Verdict docx(const QByteArray &input)
{
    return binary(parseDocx, input);
}

} // namespace aistack::fuzz
