#include "transcriptdialog.h"

#include "widgets/markdownview.h"
#include "widgets/palettecolors.h"
#include "widgets/wrappedlabel.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace aistack {

namespace {
WrappedLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new WrappedLabel(parent);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, PaletteColors::secondary(p));
    label->setPalette(p);
    label->setContent(text);
    return label;
}
} // namespace

TranscriptDialog::TranscriptDialog(const QString &title, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("transcriptDialog"));
    setWindowTitle(tr("Conversation: %1").arg(title));
    setAccessibleName(windowTitle());
    resize(760, 640);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("transcriptScroll"));
    scroll->setAccessibleName(tr("Turns"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    body->setBackgroundRole(QPalette::Base);
    body->setAutoFillBackground(true);
    m_turns = new QVBoxLayout(body);
    m_turns->setContentsMargins(16, 12, 16, 12);
    m_turns->setSpacing(6);
    m_turns->addWidget(caption(tr("Loading…"), body));
    m_turns->addStretch(1);
    scroll->setWidget(body);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("transcriptButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    buttons->setContentsMargins(0, 0, 8, 0);
}

void TranscriptDialog::clear()
{
    while (m_turns->count() > 0) {
        QLayoutItem *item = m_turns->takeAt(0);
        delete item->widget();
        delete item;
    }
}

void TranscriptDialog::setTurns(const QVector<ConversationTurn> &turns)
{
    clear();
    QWidget *body = m_turns->parentWidget();
    const QLocale locale;
    if (turns.isEmpty())
        m_turns->addWidget(caption(tr("This conversation has no turns."), body));
    for (const ConversationTurn &turn : turns) {
        m_turns->addWidget(caption(tr("Question, %1").arg(locale.toString(turn.startedAt.toLocalTime(),
                                                                           QLocale::ShortFormat)),
                                   body));
        auto *question = new WrappedLabel(body);
        question->setObjectName(QStringLiteral("transcriptQuestion"));
        question->setTextFormat(Qt::PlainText);
        question->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont bold = question->font();
        bold.setBold(true);
        question->setFont(bold);
        question->setContent(turn.userMessage);
        m_turns->addWidget(question);
        m_turns->addWidget(caption(turn.model.isEmpty() ? tr("Answer")
                                                        : tr("Answer by %1 (%2)").arg(turn.model, turn.provider),
                                   body));
        auto *answer = new MarkdownView(body);
        answer->setObjectName(QStringLiteral("transcriptAnswer"));
        answer->setMarkdown(turn.assistantMessage);
        m_turns->addWidget(answer);
        m_turns->addSpacing(12);
    }
    m_turns->addStretch(1);
}

void TranscriptDialog::setError(const QString &error)
{
    clear();
    auto *label = new WrappedLabel(m_turns->parentWidget());
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, PaletteColors::error(p));
    label->setPalette(p);
    label->setContent(tr("The conversation could not be read: %1").arg(error));
    m_turns->addWidget(label);
    m_turns->addStretch(1);
}

} // namespace aistack
