#include "messagelist.h"

#include "turnwidget.h"

#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace aistack {

MessageList::MessageList(QWidget *parent)
    : QScrollArea(parent), m_content(new QWidget), m_layout(new QVBoxLayout(m_content)),
      m_earlier(new QPushButton(m_content))
{
    setObjectName(QStringLiteral("messageList"));
    setAccessibleName(tr("Messages"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content->setObjectName(QStringLiteral("messages"));
    m_layout->setContentsMargins(12, 8, 12, 8);
    m_layout->setSpacing(6);
    m_earlier->setObjectName(QStringLiteral("showEarlier"));
    m_earlier->setFlat(true);
    connect(m_earlier, &QPushButton::clicked, this, &MessageList::showEarlier);
    m_layout->addWidget(m_earlier, 0, Qt::AlignHCenter);
    m_layout->addStretch(1);
    setWidget(m_content);
    verticalScrollBar()->setSingleStep(24);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_follow = atBottom();
        if (value == 0 && m_first > 0 && verticalScrollBar()->maximum() > 0)
            showEarlier(); // scrolled to the top: the page before comes in
    });
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int) {
        if (m_follow)
            verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    });
    updateEarlierButton();
}

bool MessageList::atBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 8;
}

TurnWidget *MessageList::makeWidget(int index)
{
    auto *w = new TurnWidget(m_content);
    w->setTurn(m_turns[index]);
    // The index is looked up when the signal comes: turns before it may have been shown since.
    connect(w, &TurnWidget::regenerateRequested, this, [this, w]() { Q_EMIT regenerateRequested(m_first + int(m_widgets.indexOf(w))); });
    connect(w, &TurnWidget::editRequested, this, [this, w]() { Q_EMIT editRequested(m_first + int(m_widgets.indexOf(w))); });
    connect(w, &TurnWidget::retryRequested, this, [this, w]() { Q_EMIT retryRequested(m_first + int(m_widgets.indexOf(w))); });
    connect(w, &TurnWidget::versionRequested, this,
            [this, w](int version) { Q_EMIT versionRequested(m_first + int(m_widgets.indexOf(w)), version); });
    connect(w, &TurnWidget::feedbackRequested, this,
            [this, w](int sentiment) { Q_EMIT feedbackRequested(m_first + int(m_widgets.indexOf(w)), sentiment); });
    connect(w, &TurnWidget::sourceActivated, this, &MessageList::sourceActivated);
    return w;
}

void MessageList::rebuildFrom(int first)
{
    for (TurnWidget *w : std::as_const(m_widgets)) {
        m_layout->removeWidget(w);
        w->hide();
        w->deleteLater();
    }
    m_widgets.clear();
    m_first = first;
    for (int i = first; i < m_turns.size(); ++i) {
        TurnWidget *w = makeWidget(i);
        m_layout->insertWidget(m_layout->count() - 1, w);
        w->show();
        m_widgets.push_back(w);
    }
    updateEarlierButton();
}

void MessageList::setTurns(const QVector<TurnView> &turns)
{
    m_content->setUpdatesEnabled(false);
    m_turns = turns;
    rebuildFrom(qMax(0, int(turns.size()) - kPage));
    m_content->setUpdatesEnabled(true);
    m_follow = true;
    scrollToBottom();
}

void MessageList::showEarlier()
{
    if (m_first == 0)
        return;
    const int fromBottom = verticalScrollBar()->maximum() - verticalScrollBar()->value();
    const int first = qMax(0, m_first - kPage);
    m_content->setUpdatesEnabled(false);
    for (int i = m_first - 1; i >= first; --i) {
        TurnWidget *w = makeWidget(i);
        m_layout->insertWidget(1, w); // after the "show earlier" button
        w->show();
        m_widgets.prepend(w);
    }
    m_first = first;
    updateEarlierButton();
    m_content->setUpdatesEnabled(true);
    m_follow = false;
    // Keeps the turn that was at the top where it was once the new ones are laid out.
    QTimer::singleShot(0, this, [this, fromBottom]() {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum() - fromBottom);
    });
}

void MessageList::updateEarlierButton()
{
    m_earlier->setVisible(m_first > 0);
    m_earlier->setText(tr("Show earlier messages (%n more)", nullptr, m_first));
}

TurnWidget *MessageList::widgetAt(int index) const
{
    const int i = index - m_first;
    return i >= 0 && i < m_widgets.size() ? m_widgets[i] : nullptr;
}

void MessageList::updateTurn(int index, const TurnView &turn)
{
    if (index < 0 || index >= m_turns.size())
        return;
    m_turns[index] = turn;
    if (TurnWidget *w = widgetAt(index))
        w->setTurn(turn);
}

void MessageList::appendTurn(const TurnView &turn)
{
    m_turns.push_back(turn);
    TurnWidget *w = makeWidget(int(m_turns.size()) - 1);
    m_layout->insertWidget(m_layout->count() - 1, w);
    w->show();
    m_widgets.push_back(w);
    m_follow = true;
    scrollToBottom();
}

void MessageList::removeLast()
{
    if (m_turns.isEmpty())
        return;
    m_turns.removeLast();
    if (!m_widgets.isEmpty() && m_first + m_widgets.size() > m_turns.size()) {
        TurnWidget *w = m_widgets.takeLast();
        m_layout->removeWidget(w);
        w->hide();
        w->deleteLater();
    }
}

void MessageList::scrollToBottom()
{
    QTimer::singleShot(0, this, [this]() { verticalScrollBar()->setValue(verticalScrollBar()->maximum()); });
}

} // namespace aistack
