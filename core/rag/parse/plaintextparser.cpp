#include "formatparsers.h"

#include <QRegularExpression>

namespace aistack {

void addParagraphs(const QString &text, ParsedDocument *doc, int page)
{
    QString paragraph;
    auto flush = [&]() {
        doc->add(TextBlock::Kind::Paragraph, paragraph, page);
        paragraph.clear();
    };
    const QStringView all(text);
    qsizetype start = 0;
    while (start <= all.size()) {
        qsizetype end = all.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = all.size();
        QStringView line = all.mid(start, end - start);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.contains(QLatin1Char('\f'))) {
            flush();
        } else {
            if (!paragraph.isEmpty())
                paragraph += QLatin1Char('\n');
            paragraph += line;
        }
        start = end + 1;
    }
    flush();
}

void parsePlainText(const QString &text, ParsedDocument *doc)
{
    doc->format = QStringLiteral("text");
    addParagraphs(text, doc);
}

} // namespace aistack
