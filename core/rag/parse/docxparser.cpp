#include "formatparsers.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <array>
#include <optional>
#include <zip.h>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DocxParser)
};

constexpr zip_uint64_t kMaxPartBytes = 256ull * 1024 * 1024; // a larger document.xml is a zip bomb
constexpr std::size_t kReadChunk = 64 * 1024;

// One member of the archive, or an empty optional with *error set.
std::optional<QByteArray> readMember(zip_t *archive, const char *name, QString *error)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(archive, name, 0, &st) != 0) {
        *error = Tr::tr("not a Word document (no %1 inside)").arg(QString::fromLatin1(name));
        return std::nullopt;
    }
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > kMaxPartBytes) {
        *error =
            Tr::tr("the Word document is too large to read (%1 over 256 MB)").arg(QString::fromLatin1(name));
        return std::nullopt;
    }
    zip_file_t *file = zip_fopen(archive, name, 0);
    if (!file) {
        *error = Tr::tr("the Word document is damaged: %1").arg(QString::fromUtf8(zip_strerror(archive)));
        return std::nullopt;
    }
    // The size in the archive is a claim: memory grows with the bytes that really unpack, so a few hundred
    // bytes that claim 200 MB cost nothing.
    QByteArray data;
    data.reserve(qsizetype(std::min<zip_uint64_t>(st.size, kReadChunk)));
    std::array<char, kReadChunk> chunk;
    zip_int64_t got = 0;
    while (zip_uint64_t(data.size()) <= st.size && (got = zip_fread(file, chunk.data(), chunk.size())) > 0)
        data.append(chunk.data(), qsizetype(got));
    zip_fclose(file);
    if (got < 0 || zip_uint64_t(data.size()) != st.size) {
        *error = Tr::tr("the Word document is damaged (cannot unpack %1)").arg(QString::fromLatin1(name));
        return std::nullopt;
    }
    return data;
}

TextBlock::Kind styleKind(QStringView style)
{
    if (style.compare(QLatin1String("Title"), Qt::CaseInsensitive) == 0)
        return TextBlock::Kind::Title;
    if (style.startsWith(QLatin1String("Heading"), Qt::CaseInsensitive))
        return TextBlock::Kind::Heading;
    return TextBlock::Kind::Paragraph;
}

// Walks word/document.xml: paragraphs with their styles, and tables row by row ("cell | cell").
bool readBody(const QByteArray &xml, ParsedDocument *doc, QString *error)
{
    QXmlStreamReader r(xml);
    QString paragraph;
    TextBlock::Kind kind = TextBlock::Kind::Paragraph;
    int tableDepth = 0;
    QStringList cells;
    QString cell;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        const QStringView name = r.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == QLatin1String("p")) {
                paragraph.clear();
                kind = TextBlock::Kind::Paragraph;
            } else if (name == QLatin1String("pStyle")) {
                kind = styleKind(r.attributes().value(QLatin1String("w:val")));
            } else if (name == QLatin1String("t")) {
                paragraph += r.readElementText();
            } else if (name == QLatin1String("tab")) {
                paragraph += QLatin1Char('\t');
            } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
                paragraph += QLatin1Char('\n');
            } else if (name == QLatin1String("tbl")) {
                ++tableDepth;
            } else if (name == QLatin1String("tr") && tableDepth == 1) {
                cells.clear();
            } else if (name == QLatin1String("tc") && tableDepth == 1) {
                cell.clear();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("p")) {
                if (tableDepth > 0) {
                    if (!paragraph.trimmed().isEmpty())
                        cell += (cell.isEmpty() ? QString() : QStringLiteral(" ")) + paragraph.trimmed();
                } else {
                    doc->add(kind, paragraph);
                }
                paragraph.clear();
            } else if (name == QLatin1String("tc") && tableDepth == 1) {
                cells << cell;
            } else if (name == QLatin1String("tr") && tableDepth == 1) {
                doc->add(TextBlock::Kind::TableRow, cells.join(QStringLiteral(" | ")));
            } else if (name == QLatin1String("tbl")) {
                --tableDepth;
            }
        }
    }
    if (r.hasError()) {
        *error =
            Tr::tr("the Word document is damaged (%1 at line %2)").arg(r.errorString()).arg(r.lineNumber());
        return false;
    }
    return true;
}

QString readTitle(zip_t *archive)
{
    QString ignored;
    const auto core = readMember(archive, "docProps/core.xml", &ignored);
    if (!core)
        return {};
    QXmlStreamReader r(*core);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("title"))
            return r.readElementText().trimmed();
    }
    return {};
}
} // namespace

bool parseDocx(const QByteArray &bytes, ParsedDocument *doc, QString *error)
{
    doc->format = QStringLiteral("docx");
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &zerr);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY, &zerr) : nullptr;
    if (!archive) {
        *error = Tr::tr("not a readable ZIP archive: %1").arg(QString::fromUtf8(zip_error_strerror(&zerr)));
        if (source)
            zip_source_free(source);
        zip_error_fini(&zerr);
        return false;
    }
    zip_error_fini(&zerr);
    bool ok = false;
    if (const auto body = readMember(archive, "word/document.xml", error)) {
        ok = readBody(*body, doc, error);
        const QString title = readTitle(archive);
        if (ok && !title.isEmpty())
            doc->title = title;
    }
    zip_discard(archive); // also frees the source
    return ok;
}

} // namespace aistack
