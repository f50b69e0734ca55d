#include "conversationreader.h"

#include "widgets/markdownview.h"
#include "widgets/palettecolors.h"
#include "widgets/wrappedlabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace aistack {

ConversationReader::ConversationReader(const QString &conversationId, const QString &userId, QWidget *parent)
    : QDialog(parent), m_list(new QVBoxLayout), m_status(new WrappedLabel(this))
{
    setObjectName(QStringLiteral("conversationReader"));
    setWindowTitle(tr("Conversation %1 (read only)").arg(conversationId));
    setAccessibleName(tr("Conversation, read only"));
    resize(760, 620);

    auto *layout = new QVBoxLayout(this);
    m_status->setObjectName(QStringLiteral("conversationReaderStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setContent(tr("The conversation of user %1, shown read only. Loading…").arg(userId));
    layout->addWidget(m_status);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("conversationReaderTurns"));
    scroll->setAccessibleName(tr("Turns"));
    scroll->setWidgetResizable(true);
    auto *page = new QWidget;
    page->setBackgroundRole(QPalette::Base);
    page->setAutoFillBackground(true);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(14, 10, 14, 10);
    pageLayout->addLayout(m_list);
    pageLayout->addStretch(1);
    scroll->setWidget(page);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("conversationReaderClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_userId = userId;
}

void ConversationReader::showTurns(const QVector<ConversationTurn> &turns, const QString &highlightQuestion)
{
    m_turns = int(turns.size());
    m_status->setContent(tr("The conversation of user %1, shown read only: %n turn(s).", nullptr, m_turns)
                             .arg(m_userId));
    const QColor tint = PaletteColors::tint(palette());
    for (const ConversationTurn &turn : turns) {
        auto *question = new WrappedLabel;
        question->setTextFormat(Qt::PlainText);
        question->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        question->setContent(turn.userMessage);
        question->setMargin(8);
        question->setAutoFillBackground(true);
        question->setBackgroundRole(QPalette::Window); // not the page's Base it would inherit
        QPalette bubble = question->palette();
        bubble.setColor(QPalette::Window, tint);
        question->setPalette(bubble);
        auto *meta = new QLabel(tr("%1 · %2").arg(QLocale().toString(turn.startedAt.toLocalTime(), QLocale::ShortFormat),
                                                  turn.model));
        meta->setForegroundRole(QPalette::PlaceholderText);
        if (turn.userMessage == highlightQuestion) {
            QFont bold = question->font();
            bold.setBold(true);
            question->setFont(bold);
            question->setToolTip(tr("The question the feedback is about"));
        }
        auto *answer = new MarkdownView;
        answer->setMarkdown(turn.assistantMessage);
        m_list->addWidget(meta);
        m_list->addWidget(question);
        m_list->addWidget(answer);
        m_list->addSpacing(10);
    }
}

void ConversationReader::showError(const QString &message)
{
    QPalette error = m_status->palette();
    error.setColor(QPalette::WindowText, PaletteColors::error(palette()));
    m_status->setPalette(error);
    m_status->setContent(message);
}

QString ConversationReader::plainText() const
{
    QStringList parts;
    for (int i = 0; i < m_list->count(); ++i) {
        QWidget *w = m_list->itemAt(i)->widget();
        if (auto *label = qobject_cast<QLabel *>(w))
            parts << label->text();
        else if (auto *view = qobject_cast<MarkdownView *>(w))
            parts << view->plainText();
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace aistack
