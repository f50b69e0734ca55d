#pragma once

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTreeView;

namespace aistack {

class ConversationListModel;
class DesktopChat;

// The left of the chat pane: New conversation (Ctrl+N), search over titles and message text (Ctrl+F), and
// the conversations grouped by day. Rename (F2), Delete (Del, after a confirmation) and Export (Markdown,
// JSON) from the context menu or the keyboard. Reloads itself when any conversation of the user changes,
// whoever changed it (the desktop or an API client).
class ConversationList : public QWidget
{
    Q_OBJECT
public:
    ConversationList(DesktopChat *chat, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    QPushButton *newButton() const { return m_new; }
    ConversationListModel *model() const { return m_model; }

    // Reloads (keeping the search), then selects `select` if it is listed.
    void reload(const QString &select = {});
    void setCurrent(const QString &conversationId);
    QString current() const { return m_current; }
    void focusSearch();

    void renameConversation(const QString &id);
    void deleteConversation(const QString &id);
    void exportConversation(const QString &id, bool json);

Q_SIGNALS:
    void activated(const QString &conversationId);
    void newRequested();
    void removed(const QString &conversationId);
    void notice(const QString &message);

private:
    void showMenu(const QPoint &pos);
    QString idAt(const QModelIndex &index) const;

    DesktopChat *m_chat;
    QLineEdit *m_search;
    QPushButton *m_new;
    QTreeView *m_view;
    ConversationListModel *m_model;
    QTimer m_searchDelay;
    QTimer m_reloadDelay;
    QString m_current;
    int m_generation = 0;
};

} // namespace aistack
