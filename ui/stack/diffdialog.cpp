#include "diffdialog.h"

#include "common/linediff.h"
#include "widgets/palettecolors.h"
#include "widgets/wrappedlabel.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace aistack {

namespace {
QStringList linesOf(const QByteArray &text)
{
    QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace

DiffDialog::DiffDialog(const QString &runningId, const QByteArray &running, const QByteArray &edited,
                       QWidget *parent)
    : QDialog(parent), m_summary(new WrappedLabel(this)), m_view(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("diffDialog"));
    setWindowTitle(tr("Changes against the running configuration"));
    resize(900, 640);
    const QVector<DiffLine> diff = diffLines(linesOf(running), linesOf(edited));
    const DiffCount count = countChanges(diff);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setContent(count.added + count.removed == 0
                              ? tr("The editor holds the running configuration %1: no changes.").arg(runningId)
                              : tr("Against the running configuration %1: %2 and %3.")
                                    .arg(runningId,
                                         count.removed == 1 ? tr("1 line removed")
                                                            : tr("%1 lines removed").arg(count.removed),
                                         count.added == 1 ? tr("1 line added") : tr("%1 lines added").arg(count.added)));

    m_view->setObjectName(QStringLiteral("diffView"));
    m_view->setAccessibleName(tr("Line differences"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_view->setFont(mono);
    QStringList text;
    for (const DiffLine &d : diff) {
        const QString number = QString::number(d.kind == DiffLine::Kind::Added ? d.newLine : d.oldLine);
        const QChar mark = d.kind == DiffLine::Kind::Added     ? QLatin1Char('+')
                           : d.kind == DiffLine::Kind::Removed ? QLatin1Char('-')
                                                               : QLatin1Char(' ');
        text << QStringLiteral("%1 %2 %3").arg(number, 5).arg(mark).arg(d.text);
    }
    m_view->setPlainText(text.join(QLatin1Char('\n')));
    const bool dark = PaletteColors::isDark(palette());
    const QColor removed = dark ? QColor(0x5c, 0x24, 0x24) : QColor(0xfd, 0xe2, 0xe2);
    const QColor added = dark ? QColor(0x1f, 0x4a, 0x2a) : QColor(0xdc, 0xf5, 0xdf);
    QList<QTextEdit::ExtraSelection> marks;
    int firstChange = -1;
    for (int i = 0; i < diff.size(); ++i) {
        if (diff[i].kind == DiffLine::Kind::Same)
            continue;
        if (firstChange < 0)
            firstChange = i;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(m_view->document()->findBlockByNumber(i));
        s.format.setBackground(diff[i].kind == DiffLine::Kind::Added ? added : removed);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks << s;
    }
    m_view->setExtraSelections(marks);
    if (firstChange >= 0) {
        m_view->setTextCursor(QTextCursor(m_view->document()->findBlockByNumber(firstChange)));
        m_view->centerCursor();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    m_view->setFocus();
}

QString DiffDialog::summary() const
{
    return m_summary->text();
}

QString DiffDialog::diffText() const
{
    return m_view->toPlainText();
}

} // namespace aistack
