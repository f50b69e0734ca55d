#include "messagelist.h"

#include "turnwidget.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

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
    viewport()->setBackgroundRole(QPalette::Base); // a reading surface, as in every chat app
    m_content->setBackgroundRole(QPalette::Base);
    m_content->setAutoFillBackground(true);
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
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_follow)
            verticalScrollBar()->setValue(max);
        else if (m_anchor >= 0) // turns added above: what the person looked at stays where it was
            verticalScrollBar()->setValue(max - m_anchor);
    });
    updateEarlierButton();
}

void MessageList::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    // A column of readable width, centred in a wide window.
    constexpr int kColumn = 920;
    const int side = std::max(12, (viewport()->width() - kColumn) / 2);
    m_layout->setContentsMargins(side, 8, side, 8);
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
    connect(w, &TurnWidget::regenerateRequested, this,
            [this, w]() { Q_EMIT regenerateRequested(m_built + int(m_widgets.indexOf(w))); });
    connect(w, &TurnWidget::editRequested, this,
            [this, w]() { Q_EMIT editRequested(m_built + int(m_widgets.indexOf(w))); });
    connect(w, &TurnWidget::retryRequested, this,
            [this, w]() { Q_EMIT retryRequested(m_built + int(m_widgets.indexOf(w))); });
    connect(w, &TurnWidget::approvalGiven, this,
            [this, w](int choice) { Q_EMIT approvalGiven(m_built + int(m_widgets.indexOf(w)), choice); });
    connect(w, &TurnWidget::versionRequested, this, [this, w](int version) {
        Q_EMIT versionRequested(m_built + int(m_widgets.indexOf(w)), version);
    });
    connect(w, &TurnWidget::feedbackRequested, this, [this, w](int sentiment) {
        Q_EMIT feedbackRequested(m_built + int(m_widgets.indexOf(w)), sentiment);
    });
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
    m_built = int(m_turns.size());
    updateEarlierButton();
    buildSome();
}

void MessageList::buildSome()
{
    m_buildQueued = false;
    QElapsedTimer clock;
    clock.start();
    // Newest first: the bottom of the conversation, which is what shows, comes at once.
    while (m_built > m_first && (clock.elapsed() < 15 || m_widgets.isEmpty())) {
        --m_built;
        TurnWidget *w = makeWidget(m_built);
        m_layout->insertWidget(1, w); // after the "show earlier" button
        w->show();
        m_widgets.prepend(w);
    }
    if (m_built > m_first && !m_buildQueued) {
        m_buildQueued = true;
        QTimer::singleShot(0, this, &MessageList::buildSome);
    } else if (m_built == m_first && m_anchor >= 0) {
        QTimer::singleShot(100, this, [this]() { m_anchor = -1; }); // after the last layout
    }
}

void MessageList::setTurns(const QVector<TurnView> &turns)
{
    m_turns = turns;
    rebuildFrom(qMax(0, int(turns.size()) - kPage));
    m_follow = true;
    scrollToBottom();
}

void MessageList::showEarlier()
{
    if (m_first == 0)
        return;
    m_first = qMax(0, m_first - kPage);
    m_follow = false;
    m_anchor = verticalScrollBar()->maximum() - verticalScrollBar()->value();
    updateEarlierButton();
    if (!m_buildQueued)
        buildSome();
}

void MessageList::updateEarlierButton()
{
    m_earlier->setVisible(m_first > 0);
    m_earlier->setText(tr("Show earlier messages (%n more)", nullptr, m_first));
}

TurnWidget *MessageList::widgetAt(int index) const
{
    const int i = index - m_built;
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
    if (!m_widgets.isEmpty() && m_built + m_widgets.size() > m_turns.size()) {
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
