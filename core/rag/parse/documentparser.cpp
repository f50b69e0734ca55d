#include "documentparser.h"

#include "formatparsers.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DocumentParser)
};

enum class Format { Text, Markdown, Html, Csv, Json, Pdf, Docx };

// Binary formats we recognise but do not read, by their first bytes.
QString knownBinaryKind(const QByteArray &b)
{
    struct Signature
    {
        const char *magic;
        int length;
        const char *kind;
    };
    static const Signature signatures[] = {
        {"\x89PNG", 4, QT_TRANSLATE_NOOP("DocumentParser", "a PNG image")},
        {"\xFF\xD8\xFF", 3, QT_TRANSLATE_NOOP("DocumentParser", "a JPEG image")},
        {"GIF8", 4, QT_TRANSLATE_NOOP("DocumentParser", "a GIF image")},
        {"\x7F"
         "ELF",
         4, QT_TRANSLATE_NOOP("DocumentParser", "a program (ELF)")},
        {"\x1F\x8B", 2, QT_TRANSLATE_NOOP("DocumentParser", "a gzip archive")},
        {"\xD0\xCF\x11\xE0", 4, QT_TRANSLATE_NOOP("DocumentParser", "an old Office document (.doc/.xls)")},
        {"Rar!", 4, QT_TRANSLATE_NOOP("DocumentParser", "a RAR archive")},
        {"7z\xBC\xAF", 4, QT_TRANSLATE_NOOP("DocumentParser", "a 7-Zip archive")},
        {"RIFF", 4, QT_TRANSLATE_NOOP("DocumentParser", "a media file (RIFF)")},
        {"ID3", 3, QT_TRANSLATE_NOOP("DocumentParser", "an MP3 file")},
        {"\x00\x00\x00\x18"
         "ftyp",
         8, QT_TRANSLATE_NOOP("DocumentParser", "a video file")},
        {"BZh", 3, QT_TRANSLATE_NOOP("DocumentParser", "a bzip2 archive")}};
    for (const Signature &s : signatures) {
        if (b.startsWith(QByteArray(s.magic, s.length)))
            return Tr::tr(s.kind);
    }
    return {};
}

bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression html(
        QStringLiteral(R"(^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return html.match(text.left(4096)).hasMatch();
}

bool looksLikeJson(const QString &text)
{
    const QString start = text.left(64).trimmed();
    return start.startsWith(QLatin1Char('{')) || start.startsWith(QLatin1Char('['));
}

bool looksLikeMarkdown(const QString &text)
{
    static const QRegularExpression md(QStringLiteral(R"(^(#{1,6} \S|```|\* \S|- \S|\[[^\]]+\]\([^)]+\)))"),
                                       QRegularExpression::MultilineOption);
    return md.match(text.left(8192)).hasMatch();
}

Format textFormat(const QString &suffix, const QString &text)
{
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
        suffix == QLatin1String("xhtml") || looksLikeHtml(text))
        return Format::Html;
    if (suffix == QLatin1String("json") || (suffix != QLatin1String("txt") && looksLikeJson(text)))
        return Format::Json;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return Format::Csv;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") ||
        suffix == QLatin1String("mdown") || (suffix != QLatin1String("txt") && looksLikeMarkdown(text)))
        return Format::Markdown;
    return Format::Text;
}

ParseOutcome fail(const QString &fileName, const QString &reason)
{
    ParseOutcome out;
    out.error = Tr::tr("%1: %2").arg(fileName, reason);
    return out;
}
} // namespace

QStringList supportedExtensions()
{
    return {QStringLiteral("txt"), QStringLiteral("md"),  QStringLiteral("markdown"), QStringLiteral("html"),
            QStringLiteral("htm"), QStringLiteral("csv"), QStringLiteral("tsv"),      QStringLiteral("json"),
            QStringLiteral("pdf"), QStringLiteral("docx")};
}

ParseOutcome parseDocument(const QString &fileName, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (bytes.isEmpty())
        return fail(fileName, Tr::tr("the file is empty"));
    ParseOutcome out;
    QString error;
    if (bytes.startsWith("%PDF-")) {
        out.ok = parsePdf(bytes, &out.document, &error);
    } else if (bytes.startsWith("PK\x03\x04")) {
        out.ok = parseDocx(bytes, &out.document, &error);
    } else if (const QString kind = knownBinaryKind(bytes); !kind.isEmpty()) {
        return fail(fileName, Tr::tr("unsupported file type: this is %1, not a document").arg(kind));
    } else if (suffix == QLatin1String("pdf") || suffix == QLatin1String("docx")) {
        return fail(
            fileName,
            Tr::tr("the file is named .%1 but its content is not a %2 file").arg(suffix, suffix.toUpper()));
    } else {
        const DecodedText decoded = decodeText(bytes);
        if (!decoded.ok)
            return fail(fileName, Tr::tr("unsupported file type: the content is binary data, not text"));
        switch (textFormat(suffix, decoded.text)) {
        case Format::Html:
            parseHtml(decoded.text, &out.document);
            break;
        case Format::Json:
            out.ok = parseJson(decoded.text.toUtf8(), &out.document, &error);
            break;
        case Format::Csv:
            parseCsv(decoded.text, &out.document);
            break;
        case Format::Markdown:
            parseMarkdown(decoded.text, &out.document);
            break;
        default:
            parsePlainText(decoded.text, &out.document);
        }
        if (error.isEmpty())
            out.ok = true;
    }
    if (!out.ok)
        return fail(fileName, error);
    if (out.document.isEmpty())
        return fail(fileName, Tr::tr("no text found in the file"));
    return out;
}

} // namespace aistack
