#pragma once

#include <QElapsedTimer>
#include <QFuture>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace aistack {

class DesktopServices;
class DesktopSessions;
class SessionTableModel;
struct ConversationUser;
struct ConversationSummary;
struct Session;

// The administrator's view of the API clients: the KISS sessions live (who, from where, what they did, in
// which state), with close and revoke; and the Lightspeed users with their conversations, whose turns open
// read-only. Follows the core's session and conversation events (no polling); lists export as CSV.
class SessionsPane : public QWidget
{
    Q_OBJECT
public:
    explicit SessionsPane(DesktopServices *services, QWidget *parent = nullptr);

    // Reads every session again (the first showing does it; F5 too).
    void reload();
    void reloadUsers();
    // Writes the list of the current tab, as filtered and sorted, as CSV, on a worker thread. The future holds
    // the error, empty when the file was written.
    QFuture<QString> exportCsv(const QString &path) const;
    // How long the last refresh took to apply to the table (for the benchmark), in milliseconds.
    double lastApplyMs() const { return m_lastApplyMs; }
    SessionTableModel *sessionModel() const { return m_model; }

Q_SIGNALS:
    // The session table shows what the core last reported (after a reload or a live update).
    void sessionsRefreshed();
    void usersRefreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildSessionsTab();
    QWidget *buildUsersTab();
    void onSessionsChanged(const QStringList &clientIds);
    void applyPending();
    void applySessions(const QVector<Session> &sessions, bool replace);
    QString currentClientId() const;
    void updateActions();
    void updateSummary();
    // The active sessions among the selected rows (the current row when none is selected).
    QStringList selectedActiveIds() const;
    void closeCurrent();
    void revokeCurrent();
    void endSelected(bool revoke);
    void showSessionMenu(const QPoint &pos);
    void exportCurrent();
    void showNotice(const QString &text, bool error);
    void setUsers(const QVector<ConversationUser> &users);
    void showConversations(const QString &userId);
    void setConversations(const QVector<ConversationSummary> &rows);
    void openCurrentConversation();
    QString currentUserId() const;

    DesktopSessions *m_sessions;
    QTabWidget *m_tabs;
    // KISS sessions
    QLineEdit *m_filter;
    QComboBox *m_show;
    QTableView *m_table;
    SessionTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_close;
    QPushButton *m_revoke;
    QLabel *m_summary;
    QLabel *m_notice;
    bool m_loaded = false;
    bool m_loading = false;
    QSet<QString> m_pending; // sessions reported changed, read again together
    QTimer m_coalesce;
    double m_lastApplyMs = 0;
    // Lightspeed users
    QLineEdit *m_userFilter;
    QTableView *m_users;
    QStandardItemModel *m_userModel;
    QSortFilterProxyModel *m_userProxy;
    QTableView *m_conversations;
    QStandardItemModel *m_conversationModel;
    QLabel *m_conversationsCaption;
    QPushButton *m_open;
    QLabel *m_usersNotice;
    QString m_shownUser;
    QTimer m_usersCoalesce;
    bool m_usersLoaded = false;
};

} // namespace aistack
