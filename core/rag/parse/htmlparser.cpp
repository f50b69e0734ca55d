#include "formatparsers.h"

#include <QHash>
#include <QSet>

namespace aistack {

namespace {
const QSet<QString> &skippedElements()
{
    static const QSet<QString> s{
        QStringLiteral("script"),   QStringLiteral("style"),  QStringLiteral("noscript"),
        QStringLiteral("template"), QStringLiteral("svg"),    QStringLiteral("math"),
        QStringLiteral("iframe"),   QStringLiteral("object"), QStringLiteral("head")};
    return s;
}

const QSet<QString> &blockElements()
{
    static const QSet<QString> s{
        QStringLiteral("p"),          QStringLiteral("div"),     QStringLiteral("br"),
        QStringLiteral("li"),         QStringLiteral("ul"),      QStringLiteral("ol"),
        QStringLiteral("dl"),         QStringLiteral("dt"),      QStringLiteral("dd"),
        QStringLiteral("table"),      QStringLiteral("tr"),      QStringLiteral("section"),
        QStringLiteral("article"),    QStringLiteral("header"),  QStringLiteral("footer"),
        QStringLiteral("nav"),        QStringLiteral("main"),    QStringLiteral("aside"),
        QStringLiteral("blockquote"), QStringLiteral("pre"),     QStringLiteral("hr"),
        QStringLiteral("form"),       QStringLiteral("figure"),  QStringLiteral("figcaption"),
        QStringLiteral("caption"),    QStringLiteral("body"),    QStringLiteral("html"),
        QStringLiteral("address"),    QStringLiteral("details"), QStringLiteral("summary")};
    return s;
}

QString decodeEntity(QStringView name)
{
    static const QHash<QString, QChar> named{
        {QStringLiteral("amp"), QLatin1Char('&')},   {QStringLiteral("lt"), QLatin1Char('<')},
        {QStringLiteral("gt"), QLatin1Char('>')},    {QStringLiteral("quot"), QLatin1Char('"')},
        {QStringLiteral("apos"), QLatin1Char('\'')}, {QStringLiteral("nbsp"), QChar(0x00A0)},
        {QStringLiteral("copy"), QChar(0x00A9)},     {QStringLiteral("reg"), QChar(0x00AE)},
        {QStringLiteral("mdash"), QChar(0x2014)},    {QStringLiteral("ndash"), QChar(0x2013)},
        {QStringLiteral("hellip"), QChar(0x2026)},   {QStringLiteral("lsquo"), QChar(0x2018)},
        {QStringLiteral("rsquo"), QChar(0x2019)},    {QStringLiteral("ldquo"), QChar(0x201C)},
        {QStringLiteral("rdquo"), QChar(0x201D)},    {QStringLiteral("euro"), QChar(0x20AC)},
        {QStringLiteral("bull"), QChar(0x2022)},     {QStringLiteral("middot"), QChar(0x00B7)},
        {QStringLiteral("deg"), QChar(0x00B0)},      {QStringLiteral("times"), QChar(0x00D7)},
        {QStringLiteral("shy"), QChar(0x00AD)},      {QStringLiteral("trade"), QChar(0x2122)}};
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = (name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X')))
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
        return {};
    }
    const auto it = named.constFind(name.toString());
    return it == named.constEnd() ? QString() : QString(*it);
}

class HtmlWalker
{
public:
    explicit HtmlWalker(ParsedDocument *doc) : m_doc(doc) {}

    void run(const QString &html)
    {
        const qsizetype n = html.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = html[i];
            if (c == QLatin1Char('<')) {
                i = tag(html, i);
            } else if (c == QLatin1Char('&')) {
                // An entity name is at most 9 characters: look no further for its ';' (looking to the end of
                // the text for every '&' made a page of ampersands quadratic).
                const qsizetype found = QStringView(html).mid(i + 1, 10).indexOf(QLatin1Char(';'));
                const qsizetype semi = found < 0 ? -1 : i + 1 + found;
                const QString decoded =
                    semi > i ? decodeEntity(QStringView(html).mid(i + 1, semi - i - 1)) : QString();
                if (!decoded.isEmpty()) {
                    text(decoded);
                    i = semi + 1;
                } else {
                    text(QStringLiteral("&"));
                    ++i;
                }
            } else {
                qsizetype j = i;
                while (j < n && html[j] != QLatin1Char('<') && html[j] != QLatin1Char('&'))
                    ++j;
                text(QStringView(html).mid(i, j - i));
                i = j;
            }
        }
        flush();
    }

private:
    // Reads one tag, comment or declaration starting at '<'; returns the index after it.
    qsizetype tag(const QString &html, qsizetype i)
    {
        if (QStringView(html).mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            return end < 0 ? html.size() : end + 3;
        }
        // Only '<' followed by a name, '/', '!' or '?' opens a tag; any other is text. Deciding that before
        // looking for the '>' keeps a page of "a < b" linear.
        const QChar next = i + 1 < html.size() ? html[i + 1] : QChar();
        if (!next.isLetterOrNumber() && next != QLatin1Char('/') && next != QLatin1Char('!') &&
            next != QLatin1Char('?')) {
            text(QStringLiteral("<"));
            return i + 1;
        }
        const qsizetype close = html.indexOf(QLatin1Char('>'), i + 1);
        if (close < 0)
            return html.size();
        QStringView inner = QStringView(html).mid(i + 1, close - i - 1);
        if (inner.startsWith(QLatin1Char('!')) || inner.startsWith(QLatin1Char('?')))
            return close + 1;
        const bool closing = inner.startsWith(QLatin1Char('/'));
        if (closing)
            inner = inner.mid(1);
        qsizetype nameEnd = 0;
        while (nameEnd < inner.size() &&
               (inner[nameEnd].isLetterOrNumber() || inner[nameEnd] == QLatin1Char('-')))
            ++nameEnd;
        if (nameEnd == 0) { // not a tag: a literal '<'
            text(QStringLiteral("<"));
            return i + 1;
        }
        const QString name = inner.left(nameEnd).toString().toLower();
        if (!closing && skippedElements().contains(name) && !inner.endsWith(QLatin1Char('/'))) {
            // Skip to the matching end tag; keep the <title> that sits in <head>.
            const QString endTag = QStringLiteral("</") + name;
            const qsizetype end = html.indexOf(endTag, close + 1, Qt::CaseInsensitive);
            if (name == QLatin1String("head"))
                readTitle(QStringView(html).mid(close + 1, (end < 0 ? html.size() : end) - close - 1));
            if (end < 0)
                return html.size();
            const qsizetype endClose = html.indexOf(QLatin1Char('>'), end);
            return endClose < 0 ? html.size() : endClose + 1;
        }
        if (name == QLatin1String("title") && !closing) {
            const qsizetype end = html.indexOf(QLatin1String("</title"), close + 1, Qt::CaseInsensitive);
            readTitle(QStringView(html).mid(i, (end < 0 ? html.size() : end + 8) - i));
            if (end < 0)
                return html.size();
            const qsizetype endClose = html.indexOf(QLatin1Char('>'), end);
            return endClose < 0 ? html.size() : endClose + 1;
        }
        const bool heading = name.size() == 2 && name[0] == QLatin1Char('h') && name[1] >= QLatin1Char('1') &&
                             name[1] <= QLatin1Char('6');
        if (heading) {
            flush();
            m_inHeading = !closing;
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (!closing && !m_current.trimmed().isEmpty())
                m_current += QStringLiteral(" | ");
        } else if (name == QLatin1String("pre")) {
            flush();
            m_inPre = !closing;
        } else if (blockElements().contains(name)) {
            if (name == QLatin1String("br") && m_inPre)
                m_current += QLatin1Char('\n');
            else
                flush();
        }
        return close + 1;
    }

    void readTitle(QStringView head)
    {
        const qsizetype open = head.indexOf(QLatin1String("<title"), 0, Qt::CaseInsensitive);
        if (open < 0 || !m_doc->title.isEmpty())
            return;
        const qsizetype start = head.indexOf(QLatin1Char('>'), open);
        const qsizetype end = head.indexOf(QLatin1String("</title"), start, Qt::CaseInsensitive);
        if (start < 0)
            return;
        ParsedDocument titleDoc;
        HtmlWalker walker(&titleDoc);
        walker.run(head.mid(start + 1, (end < 0 ? head.size() : end) - start - 1).toString());
        if (!titleDoc.blocks.isEmpty())
            m_doc->title = titleDoc.blocks.first().text;
    }

    void text(QStringView t)
    {
        if (m_inPre) {
            m_current += t;
            return;
        }
        for (QChar c : t) {
            if (c.isSpace() || c == QChar(0x00A0)) {
                if (!m_current.isEmpty() && !m_current.endsWith(QLatin1Char(' ')))
                    m_current += QLatin1Char(' ');
            } else if (c != QChar(0x00AD)) {
                m_current += c;
            }
        }
    }

    void flush()
    {
        const QString title = m_doc->title;
        m_doc->add(m_inHeading ? TextBlock::Kind::Heading
                   : m_inPre   ? TextBlock::Kind::Code
                               : TextBlock::Kind::Paragraph,
                   m_current);
        if (!title.isEmpty())
            m_doc->title = title; // <title> wins over the first heading
        m_current.clear();
    }

    ParsedDocument *m_doc;
    QString m_current;
    bool m_inHeading = false;
    bool m_inPre = false;
};
} // namespace

void parseHtml(const QString &text, ParsedDocument *doc)
{
    doc->format = QStringLiteral("html");
    HtmlWalker(doc).run(text);
}

} // namespace aistack
