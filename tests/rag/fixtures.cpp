#include "fixtures.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <zip.h>

namespace aistack::test {

QByteArray makePdf(const QStringList &pages, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setResolution(72);
    QPainter painter(&writer);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        QTextDocument doc;
        doc.setPlainText(pages[i]);
        doc.setTextWidth(450);
        painter.save();
        painter.translate(40, 40);
        doc.drawContents(&painter);
        painter.restore();
    }
    painter.end();
    return bytes;
}

namespace {
QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

QString paragraph(const QString &text, const QString &style = {})
{
    const QString props =
        style.isEmpty() ? QString() : QStringLiteral("<w:pPr><w:pStyle w:val=\"%1\"/></w:pPr>").arg(style);
    return QStringLiteral("<w:p>%1<w:r><w:t xml:space=\"preserve\">%2</w:t></w:r></w:p>")
        .arg(props, escaped(text));
}

// Closes an archive written to an in-memory source and returns its bytes.
QByteArray closeZip(zip_t *zip, zip_source_t *out, zip_error_t *err)
{
    zip_close(zip);
    QByteArray bytes;
    zip_source_open(out);
    zip_source_seek(out, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(out);
    zip_source_seek(out, 0, SEEK_SET);
    bytes.resize(qsizetype(size));
    zip_source_read(out, bytes.data(), zip_uint64_t(size));
    zip_source_close(out);
    zip_source_free(out);
    zip_error_fini(err);
    return bytes;
}

void addMember(zip_t *zip, const char *name, const QByteArray &data)
{
    // libzip copies nothing until zip_close: keep the bytes alive by handing it its own copy.
    void *copy = malloc(size_t(data.size()));
    memcpy(copy, data.constData(), size_t(data.size()));
    zip_source_t *src = zip_source_buffer(zip, copy, zip_uint64_t(data.size()), 1);
    zip_file_add(zip, name, src, ZIP_FL_OVERWRITE);
}
} // namespace

QByteArray makeDocx(const QString &title, const QString &heading, const QStringList &paragraphs,
                    const QList<QStringList> &tableRows)
{
    QString body = paragraph(title, QStringLiteral("Title")) + paragraph(heading, QStringLiteral("Heading1"));
    for (const QString &p : paragraphs)
        body += paragraph(p);
    if (!tableRows.isEmpty()) {
        body += QStringLiteral("<w:tbl>");
        for (const QStringList &row : tableRows) {
            body += QStringLiteral("<w:tr>");
            for (const QString &cell : row)
                body += QStringLiteral("<w:tc>") + paragraph(cell) + QStringLiteral("</w:tc>");
            body += QStringLiteral("</w:tr>");
        }
        body += QStringLiteral("</w:tbl>");
    }
    const QByteArray document =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                       "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                       "<w:body>%1</w:body></w:document>")
            .arg(body)
            .toUtf8();
    const QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/"
        "document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+"
        "xml\"/></Types>";
    const QByteArray core =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties "
                       "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                       "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                       "<dc:title>%1</dc:title></cp:coreProperties>")
            .arg(escaped(title))
            .toUtf8();
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *out = zip_source_buffer_create(nullptr, 0, 0, &err);
    zip_source_keep(out);
    zip_t *zip = zip_open_from_source(out, ZIP_TRUNCATE, &err);
    addMember(zip, "[Content_Types].xml", types);
    addMember(zip, "word/document.xml", document);
    addMember(zip, "docProps/core.xml", core);
    return closeZip(zip, out, &err);
}

QByteArray makeDocxBomb()
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *out = zip_source_buffer_create(nullptr, 0, 0, &err);
    zip_source_keep(out);
    zip_t *zip = zip_open_from_source(out, ZIP_TRUNCATE, &err);
    addMember(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
    {
        const QByteArray body = QByteArray("<w:document><w:body>") + QByteArray(264 * 1024 * 1024, ' ') +
                                QByteArray("</w:body></w:document>");
        addMember(zip, "word/document.xml", body);
    }
    return closeZip(zip, out, &err);
}

} // namespace aistack::test
