#pragma once

#include "conversations/desktopchat.h"
#include "turnview.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QSplitter;

namespace aistack {

class ChatTurn;
class Composer;
class ConversationList;
class DesktopServices;
class MessageList;
class SourceOpener;

// The Chat pane: the desktop user's conversations on the left; the open conversation's messages, and the
// question box, on the right. Answers stream through the same engine as /v1/streaming_query; conversations
// are the very rows /v1/conversations reads, so an API client of the same user sees them, and its turns show
// up here as they are committed.
//
// Keys: Enter sends, Shift+Enter new line, Ctrl+N new conversation, Ctrl+F search, Esc stops the answer (or
// cancels an edit), Ctrl+Shift+C copies the last answer, F2 renames, Del deletes.
class ChatPane : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPane(DesktopServices *services, QWidget *parent = nullptr);

    ConversationList *conversationList() const { return m_list; }
    MessageList *messages() const { return m_messages; }
    Composer *composer() const { return m_composer; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *noticeLabel() const { return m_notice; }
    QString currentConversation() const { return m_current; }
    bool isAnswering() const;

    void newConversation();
    void openConversation(const QString &id);
    void ask(const QString &question);
    void stop();
    void regenerateLast();
    void editLast();
    void copyLastAnswer();

Q_SIGNALS:
    // The conversation's turns are on screen (after open, and after each reload).
    void conversationShown(const QString &id, int turns);
    // An answer finished (stored) or failed.
    void answerFinished(bool ok);

private:
    void loadModels();
    void load(const QString &id, bool inPlace);
    void show(const ConversationView &view, bool inPlace);
    TurnView viewOf(int index) const;
    void startTurn(const ChatAsk &ask, bool redo);
    void onTurnFinished(const ConversationTurn &turn);
    void onTurnFailed(const QString &message);
    void giveFeedback(int index, int sentiment);
    void setNotice(const QString &message);
    void setBusy(bool busy);
    ChatAsk baseAsk() const;

    DesktopChat *m_chat;
    ConversationList *m_list;
    QLabel *m_title;
    QLabel *m_empty;
    MessageList *m_messages;
    Composer *m_composer;
    QLabel *m_notice;
    QSplitter *m_splitter;
    SourceOpener *m_opener;
    QTimer m_noticeTimer;

    QString m_current; // empty: a new conversation, not stored yet
    ConversationView m_view;
    QPointer<ChatTurn> m_turn;
    int m_streamIndex = -1;
    bool m_redo = false;
    int m_loadGeneration = 0;
};

} // namespace aistack
