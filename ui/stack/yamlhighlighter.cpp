#include "yamlhighlighter.h"

#include "widgets/palettecolors.h"

#include <QPalette>
#include <QRegularExpression>

namespace aistack {

YamlHighlighter::YamlHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    setPalette(QPalette());
}

void YamlHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = PaletteColors::isDark(palette);
    m_key.setForeground(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0xa5, 0xd6, 0x86) : QColor(0x2e, 0x6b, 0x1f));
    m_number.setForeground(dark ? QColor(0xf2, 0xb8, 0x6b) : QColor(0x9a, 0x4b, 0x00));
    m_comment.setForeground(PaletteColors::secondary(palette));
    m_comment.setFontItalic(true);
    m_secret.setForeground(dark ? QColor(0xe0, 0xa8, 0xf0) : QColor(0x7b, 0x1f, 0xa2));
    m_secret.setFontWeight(QFont::DemiBold);
    m_punctuation.setForeground(PaletteColors::secondary(palette));
    rehighlight();
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    // The comment: from a '#' at the start or after a space, outside quotes.
    qsizetype commentAt = -1;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || text[i - 1].isSpace())) {
            commentAt = i;
            break;
        }
    }
    const QString code = commentAt >= 0 ? text.left(commentAt) : text;
    if (commentAt >= 0)
        setFormat(int(commentAt), int(text.size() - commentAt), m_comment);

    static const QRegularExpression keyRe(QStringLiteral("^(\\s*(?:-\\s+)?)([^\\s:#\"'][^:#]*?|\"[^\"]*\"|'[^']*')\\s*:(?=\\s|$)"));
    qsizetype valueFrom = 0;
    if (const QRegularExpressionMatch m = keyRe.match(code); m.hasMatch()) {
        setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), m_key);
        valueFrom = m.capturedEnd(0);
    } else if (const qsizetype dash = code.indexOf(QRegularExpression(QStringLiteral("^\\s*-\\s"))); dash >= 0) {
        valueFrom = code.indexOf(QLatin1Char('-')) + 1;
        setFormat(int(valueFrom - 1), 1, m_punctuation);
    }
    const QString value = code.mid(valueFrom);

    static const QRegularExpression stringRe(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"?|'[^']*'?"));
    for (auto it = stringRe.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(valueFrom + m.capturedStart()), int(m.capturedLength()), m_string);
    }
    static const QRegularExpression numberRe(
        QStringLiteral("(?<![\\w.\\-])(?:-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null|~)(?![\\w.\\-])"));
    for (auto it = numberRe.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (format(int(valueFrom + m.capturedStart())) != m_string)
            setFormat(int(valueFrom + m.capturedStart()), int(m.capturedLength()), m_number);
    }
    static const QRegularExpression secretRe(QStringLiteral("keychain:[A-Za-z0-9._-]*|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}"));
    for (auto it = secretRe.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(valueFrom + m.capturedStart()), int(m.capturedLength()), m_secret);
    }
}

} // namespace aistack
