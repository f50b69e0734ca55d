#include "yamleditor.h"

#include "widgets/palettecolors.h"
#include "yamlhighlighter.h"

#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace aistack {

namespace {
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(YamlEditor *editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    YamlEditor *m_editor;
};
} // namespace

YamlEditor::YamlEditor(QWidget *parent)
    : QPlainTextEdit(parent), m_lineNumbers(new LineNumberArea(this)), m_highlighter(new YamlHighlighter(document()))
{
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF());
    setFont(mono);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true); // Tab leaves the editor (keyboard use); YAML indents with spaces anyway
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    m_highlighter->setPalette(palette());
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this]() { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &YamlEditor::updateSelections);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    updateSelections();
}

int YamlEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(3, digits);
}

void YamlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void YamlEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateSelections();
    }
}

bool YamlEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextBlock block = cursorForPosition(viewport()->mapFromParent(help->pos())).block();
        const QStringList messages = m_problems.value(block.blockNumber() + 1);
        if (!messages.isEmpty())
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void YamlEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    const QPalette p = palette();
    painter.fillRect(event->rect(), p.color(QPalette::Window));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const bool problem = m_problems.contains(line);
            QFont f = font();
            f.setBold(problem || block.blockNumber() == current);
            painter.setFont(f);
            painter.setPen(problem ? PaletteColors::error(p)
                                   : block.blockNumber() == current ? p.color(QPalette::WindowText)
                                                                    : PaletteColors::secondary(p));
            painter.drawText(0, top, m_lineNumbers->width() - 6, height, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(line));
        }
        block = block.next();
        top += height;
    }
}

void YamlEditor::setProblems(const QMap<int, QStringList> &problems)
{
    m_problems = problems;
    updateSelections();
    m_lineNumbers->update();
}

QList<int> YamlEditor::underlinedLines() const
{
    QList<int> lines;
    for (const QTextEdit::ExtraSelection &s : extraSelections())
        if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            lines << s.cursor.block().blockNumber() + 1;
    return lines;
}

void YamlEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qBound(0, line - 1, blockCount() - 1));
    QTextCursor c(block);
    const QString text = block.text();
    int indent = 0;
    while (indent < text.size() && text[indent].isSpace())
        ++indent;
    c.setPosition(block.position() + indent);
    setTextCursor(c);
    centerCursor();
}

void YamlEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection current;
    current.format.setBackground(PaletteColors::tint(palette()));
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = textCursor();
    current.cursor.clearSelection();
    selections << current;
    const QColor error = PaletteColors::error(palette());
    const QColor base = palette().color(QPalette::Base);
    const double a = PaletteColors::isDark(palette()) ? 0.22 : 0.10;
    const QColor errorLine = QColor::fromRgbF(base.redF() * (1 - a) + error.redF() * a,
                                              base.greenF() * (1 - a) + error.greenF() * a,
                                              base.blueF() * (1 - a) + error.blueF() * a);
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QTextBlock block = document()->findBlockByNumber(it.key() - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection line; // the whole line tinted, so a problem is seen from afar
        line.cursor = QTextCursor(block);
        line.format.setBackground(errorLine);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << line;
        QTextEdit::ExtraSelection s;
        QTextCursor c(block);
        // The line's text without its indentation; an empty line gets its first column.
        const QString text = block.text();
        int from = 0;
        while (from < text.size() && text[from].isSpace())
            ++from;
        if (from < text.size()) {
            c.setPosition(block.position() + from);
            c.setPosition(block.position() + int(text.size()), QTextCursor::KeepAnchor);
        } else {
            c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        }
        s.cursor = c;
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(error);
        selections << s;
    }
    setExtraSelections(selections);
}

} // namespace aistack
