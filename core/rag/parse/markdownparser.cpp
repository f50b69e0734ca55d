#include "formatparsers.h"

#include <QRegularExpression>

namespace aistack {

namespace {
// Inline markup to plain text: images and links keep their text, emphasis and code marks go, tags go.
QString stripInline(QString line)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]+)\]\([^)]*\))"));
    static const QRegularExpression refLink(QStringLiteral(R"(\[([^\]]+)\]\[[^\]]*\])"));
    static const QRegularExpression emphasis(QStringLiteral(R"((\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1)"));
    static const QRegularExpression code(QStringLiteral("`+([^`]*)`+"));
    static const QRegularExpression tag(QStringLiteral(R"(</?[A-Za-z][^>]*>)"));
    line.replace(image, QStringLiteral("\\1"));
    line.replace(link, QStringLiteral("\\1"));
    line.replace(refLink, QStringLiteral("\\1"));
    line.replace(code, QStringLiteral("\\1"));
    line.replace(emphasis, QStringLiteral("\\2"));
    line.replace(tag, QString());
    return line;
}

bool isTableSeparator(const QString &line)
{
    static const QRegularExpression sep(
        QStringLiteral(R"(^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$)"));
    return sep.match(line).hasMatch();
}
} // namespace

void parseMarkdown(const QString &text, ParsedDocument *doc)
{
    doc->format = QStringLiteral("markdown");
    static const QRegularExpression atx(QStringLiteral(R"(^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$)"));
    static const QRegularExpression listMark(
        QStringLiteral(R"(^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)"));
    static const QRegularExpression quoteMark(QStringLiteral(R"(^\s*(?:>\s?)+)"));
    static const QRegularExpression setext(QStringLiteral(R"(^\s{0,3}(=+|-+)\s*$)"));
    static const QRegularExpression fence(QStringLiteral(R"(^\s{0,3}(```|~~~))"));

    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    }
    int i = 0;
    // YAML front matter: its title becomes the document title, the rest is skipped.
    if (!lines.isEmpty() && lines.first().trimmed() == QLatin1String("---")) {
        for (int j = 1; j < lines.size(); ++j) {
            if (lines[j].trimmed() == QLatin1String("---") || lines[j].trimmed() == QLatin1String("...")) {
                for (int k = 1; k < j; ++k) {
                    if (lines[k].startsWith(QLatin1String("title:")))
                        doc->title = lines[k].mid(6).trimmed().remove(QLatin1Char('"'));
                }
                i = j + 1;
                break;
            }
        }
    }
    QString paragraph;
    auto flush = [&]() {
        doc->add(TextBlock::Kind::Paragraph, paragraph);
        paragraph.clear();
    };
    for (; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (const auto m = fence.match(line); m.hasMatch()) {
            flush();
            QString code;
            for (++i; i < lines.size() && !lines[i].trimmed().startsWith(m.captured(1)); ++i)
                code += lines[i] + QLatin1Char('\n');
            doc->add(TextBlock::Kind::Code, code);
            continue;
        }
        if (const auto m = atx.match(line); m.hasMatch()) {
            flush();
            doc->add(TextBlock::Kind::Heading, stripInline(m.captured(2)));
            continue;
        }
        if (!paragraph.isEmpty() && !paragraph.contains(QLatin1Char('\n')) && setext.match(line).hasMatch()) {
            const QString heading = paragraph;
            paragraph.clear();
            doc->add(TextBlock::Kind::Heading, heading);
            continue;
        }
        if (line.trimmed().isEmpty() || isTableSeparator(line)) {
            if (line.trimmed().isEmpty())
                flush();
            continue;
        }
        QString content = line;
        content.remove(quoteMark);
        content.remove(listMark);
        if (content.trimmed().startsWith(QLatin1Char('|'))) { // a table row
            QStringList cells = content.trimmed().split(QLatin1Char('|'));
            cells.removeFirst();
            if (!cells.isEmpty() && cells.last().trimmed().isEmpty())
                cells.removeLast();
            for (QString &c : cells)
                c = c.trimmed();
            content = cells.join(QStringLiteral(" | "));
        }
        if (!paragraph.isEmpty())
            paragraph += QLatin1Char('\n');
        paragraph += stripInline(content.trimmed());
    }
    flush();
}

} // namespace aistack
