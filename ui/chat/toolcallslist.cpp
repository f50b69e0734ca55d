#include "toolcallslist.h"

#include "widgets/palettecolors.h"
#include <QAbstractTextDocumentLayout>

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace aistack {

namespace {
QString prettyJson(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isNull() ? text : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

// A read-only, selectable text as tall as its wrapped lines (up to 12, then it scrolls), in the fixed-width
// font.
class CodeView : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    void fit()
    {
        // The plain text layout counts its document's height in visual lines once it knows the width.
        const int visual = int(document()->documentLayout()->documentSize().height());
        const int lines = qBound(1, visual, 12);
        setVerticalScrollBarPolicy(visual > 12 ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
        const int height = fontMetrics().lineSpacing() * lines + int(document()->documentMargin() * 2) +
                           2 * frameWidth() + 2;
        if (height != this->height())
            setFixedHeight(height);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QPlainTextEdit::resizeEvent(event);
        fit();
    }
};

QPlainTextEdit *codeView(QWidget *parent, const QString &accessibleName)
{
    auto *view = new CodeView(parent);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setReadOnly(true);
    // A code block, not a field: no frame, on the alternate base colour.
    view->setFrameShape(QFrame::NoFrame);
    QPalette p = view->palette();
    p.setColor(QPalette::Base, p.color(QPalette::AlternateBase));
    view->setPalette(p);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setTabChangesFocus(true);
    view->setAccessibleName(accessibleName);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return view;
}

void fitHeight(QPlainTextEdit *view)
{
    static_cast<CodeView *>(view)->fit();
}
} // namespace

ToolCallsList::ToolCallsList(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("toolCalls"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    hide();
}

QString ToolCallsList::headline(const ToolRun &run)
{
    const QString tool =
        run.server.isEmpty() ? tr("Tool %1").arg(run.name) : tr("Tool %1 on %2").arg(run.name, run.server);
    if (run.durationMs == -2)
        return tr("%1 · waiting for your approval").arg(tool);
    if (run.durationMs < 0)
        return tr("%1 · running…").arg(tool);
    const QString time = run.durationMs < 1000
                             ? tr("%1 ms").arg(run.durationMs)
                             : tr("%1 s").arg(QLocale().toString(run.durationMs / 1000.0, 'f', 1));
    return run.isError ? tr("%1 · failed · %2").arg(tool, time) : tr("%1 · done · %2").arg(tool, time);
}

ToolCallsList::Block ToolCallsList::makeBlock()
{
    Block b;
    b.toggle = new QToolButton(this);
    b.toggle->setObjectName(QStringLiteral("toolCallToggle"));
    b.toggle->setAutoRaise(true);
    b.toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b.toggle->setArrowType(Qt::RightArrow);
    b.toggle->setFocusPolicy(Qt::StrongFocus);
    b.body = new QWidget(this);
    b.body->setObjectName(QStringLiteral("toolCallBody"));
    auto *layout = new QVBoxLayout(b.body);
    layout->setContentsMargins(18, 0, 0, 4);
    layout->setSpacing(2);
    auto *argumentsLabel = new QLabel(tr("Arguments"), b.body);
    b.arguments = codeView(b.body, tr("Arguments of the tool call"));
    auto *resultLabel = new QLabel(tr("Result"), b.body);
    b.result = codeView(b.body, tr("Result of the tool call"));
    for (QLabel *l : {argumentsLabel, resultLabel})
        l->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(argumentsLabel);
    layout->addWidget(b.arguments);
    layout->addWidget(resultLabel);
    layout->addWidget(b.result);
    b.body->hide();
    m_layout->addWidget(b.toggle, 0, Qt::AlignLeft);
    m_layout->addWidget(b.body);
    const int index = int(m_blocks.size());
    connect(b.toggle, &QToolButton::clicked, this, [this, index]() {
        if (index < m_blocks.size())
            setExpanded(m_blocks[index], !m_blocks[index].body->isVisibleTo(this));
    });
    return b;
}

void ToolCallsList::fill(Block &b, const ToolRun &run)
{
    const QString line = headline(run);
    b.toggle->setText(line);
    b.toggle->setAccessibleName(line);
    // A failed call stands out in the palette's error colour.
    QPalette p = palette();
    if (run.isError && run.durationMs >= 0)
        p.setColor(QPalette::ButtonText, PaletteColors::error(palette()));
    b.toggle->setPalette(p);
    b.toggle->setToolTip(tr("Show or hide the call's arguments and result"));
    const QString arguments = prettyJson(run.arguments);
    if (b.arguments->toPlainText() != arguments) {
        b.arguments->setPlainText(arguments);
        fitHeight(b.arguments);
    }
    const QString result = run.durationMs < 0 ? tr("(running)") : run.response;
    if (b.result->toPlainText() != result) {
        b.result->setPlainText(result);
        fitHeight(b.result);
    }
}

void ToolCallsList::setExpanded(Block &b, bool expanded)
{
    b.toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    b.toggle->setAccessibleDescription(expanded ? tr("expanded") : tr("collapsed"));
    b.body->setVisible(expanded);
}

void ToolCallsList::setRuns(const QVector<ToolRun> &runs)
{
    while (m_blocks.size() > runs.size()) {
        Block b = m_blocks.takeLast();
        delete b.toggle;
        delete b.body;
    }
    while (m_blocks.size() < runs.size())
        m_blocks << makeBlock();
    for (int i = 0; i < runs.size(); ++i) {
        fill(m_blocks[i], runs[i]);
        if (i >= m_runs.size() || m_runs[i].id != runs[i].id)
            setExpanded(m_blocks[i], false);
    }
    m_runs = runs;
    setVisible(!runs.isEmpty());
}

int ToolCallsList::blockCount() const
{
    return int(m_blocks.size());
}

QToolButton *ToolCallsList::toggleAt(int index) const
{
    return m_blocks.value(index).toggle;
}

bool ToolCallsList::isExpanded(int index) const
{
    return index < m_blocks.size() && m_blocks[index].body->isVisibleTo(this);
}

} // namespace aistack
