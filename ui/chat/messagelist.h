#pragma once

#include "turnview.h"

#include <QScrollArea>

class QPushButton;
class QVBoxLayout;

namespace aistack {

class TurnWidget;

// The messages of the open conversation: one TurnWidget per turn, newest at the bottom. A long conversation
// opens on its last turns (a page of them); earlier ones come a page at a time when the person scrolls to
// the top or presses "Show earlier messages", so a conversation of thousands of turns opens as fast as a
// short one. The widgets of a page are made newest first, a few per turn of the event loop (at most about
// 15 ms of work at a time), so the window never stalls while they are laid out. Keeps to the bottom while an
// answer streams unless the person scrolled up.
class MessageList : public QScrollArea
{
    Q_OBJECT
public:
    explicit MessageList(QWidget *parent = nullptr);

    static constexpr int kPage = 30;

    // Shows a conversation (its last page), scrolled to the bottom.
    void setTurns(const QVector<TurnView> &turns);
    // Changes one turn in place (streaming text, a new version, feedback given).
    void updateTurn(int index, const TurnView &turn);
    // Adds a turn at the end (a question just asked).
    void appendTurn(const TurnView &turn);
    void removeLast();
    int turnCount() const { return int(m_turns.size()); }
    const TurnView &turnAt(int index) const { return m_turns[index]; }
    // The widget of turn `index`, or nullptr when that turn is not shown (an earlier page).
    TurnWidget *widgetAt(int index) const;
    int firstShown() const { return m_first; }
    // Whether widgets of the shown page are still being made.
    bool isBuilding() const { return m_built > m_first; }
    void showEarlier();
    void scrollToBottom();

Q_SIGNALS:
    void regenerateRequested(int index);
    void editRequested(int index);
    void versionRequested(int index, int version);
    void feedbackRequested(int index, int sentiment);
    void sourceActivated(const aistack::CitedPassage &source);
    void retryRequested(int index);
    void approvalGiven(int index, int choice);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    TurnWidget *makeWidget(int index);
    void rebuildFrom(int first);
    void buildSome(); // makes widgets from m_built - 1 down towards m_first for a short while
    void updateEarlierButton();
    bool atBottom() const;

    QWidget *m_content;
    QVBoxLayout *m_layout;
    QPushButton *m_earlier;
    QVector<TurnView> m_turns;
    QVector<TurnWidget *> m_widgets; // for m_turns[m_built ...]
    int m_first = 0;                 // the first turn of the shown pages
    int m_built = 0;                 // the first turn that has its widget (m_built > m_first while building)
    bool m_buildQueued = false;
    int m_anchor = -1; // while earlier turns come in above: the distance from the bottom to keep
    bool m_follow = true;
};

} // namespace aistack
