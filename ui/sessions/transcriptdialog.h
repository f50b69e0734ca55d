#pragma once

#include "conversations/conversationstore.h"

#include <QDialog>

class QVBoxLayout;

namespace aistack {

// A conversation's turns, read-only: each question and its answer rendered from Markdown, with when it was
// asked and which model answered.
class TranscriptDialog : public QDialog
{
    Q_OBJECT
public:
    TranscriptDialog(const QString &title, QWidget *parent = nullptr);

    void setTurns(const QVector<ConversationTurn> &turns);
    void setError(const QString &error);

private:
    void clear();
    QVBoxLayout *m_turns;
};

} // namespace aistack
