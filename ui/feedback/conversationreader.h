#pragma once

#include "conversations/conversationstore.h"

#include <QDialog>

class QVBoxLayout;

namespace aistack {

class WrappedLabel;

// Another user's conversation, read only: each turn's question and its answer (rendered from Markdown), in
// the order they were asked. The Feedback pane opens it for feedback an API client gave; the desktop user's
// own conversations open in the Chat pane instead.
class ConversationReader : public QDialog
{
    Q_OBJECT
public:
    ConversationReader(const QString &conversationId, const QString &userId, QWidget *parent = nullptr);

    void showTurns(const QVector<ConversationTurn> &turns, const QString &highlightQuestion);
    void showError(const QString &message);
    int turnCount() const { return m_turns; }
    QString plainText() const; // what a person reads (for tests)

private:
    QVBoxLayout *m_list;
    WrappedLabel *m_status;
    QString m_userId;
    int m_turns = 0;
};

} // namespace aistack
