#pragma once

#include "feedback/feedbackexport.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace aistack {

class ConversationReader;
class DesktopFeedback;
class DesktopServices;
class FeedbackDetail;
class FeedbackModel;
class FeedbackProxyModel;

// The Feedback pane: every piece of feedback, the desktop's thumbs and the API's POST /v1/feedback alike,
// live as the store commits it: a table (time, user, conversation, thumbs, categories, question, answer,
// comment, configuration id) with filters (thumbs, category, days, user, text) and sorting, the selected
// one in full below it, its conversation (in the Chat pane when it is the desktop user's, read only
// otherwise), deletion with confirmation, and export of the rows shown to CSV or JSON Lines.
//
// Keys: Enter opens the conversation, Del deletes, the menu key (or Shift+F10) opens the row's menu,
// Ctrl+F searches, F5 reloads.
class FeedbackPane : public QWidget
{
    Q_OBJECT
public:
    explicit FeedbackPane(DesktopServices *services, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    FeedbackModel *model() const { return m_model; }
    FeedbackProxyModel *proxy() const { return m_proxy; }
    FeedbackDetail *detail() const { return m_detail; }
    QLabel *countLabel() const { return m_count; }
    QLabel *noticeLabel() const { return m_notice; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *sentimentFilter() const { return m_sentiment; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *userFilter() const { return m_user; }
    QCheckBox *fromCheck() const { return m_fromOn; }
    QCheckBox *toCheck() const { return m_toOn; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    ConversationReader *reader() const; // the read-only conversation open, if any
    // "42 of 120 shown, 30 👍 / 12 👎"
    QString countText() const;

    void reload();
    void deleteSelected(bool confirm = true);
    void exportShown(FeedbackFormat format, const QString &path);
    void exportWithDialog(FeedbackFormat format);
    void openCurrentConversation();
    void clearFilters();

Q_SIGNALS:
    // The table holds every stored entry (after a load).
    void loaded(int rows);
    void exported(const QString &error); // empty on success
    void deleted(const QString &error);  // empty on success
    // The desktop user's conversation, to be opened in the Chat pane.
    void openInChat(const QString &conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showMenu(const QPoint &pos);
    void applyFilters();
    void updateCount();
    void updateDetail();
    void refreshChoices();
    void setNotice(const QString &message, bool error = true);
    void applyPending();

    DesktopFeedback *m_feedback;
    QLineEdit *m_search;
    QComboBox *m_sentiment;
    QComboBox *m_category;
    QComboBox *m_user;
    QCheckBox *m_fromOn;
    QDateEdit *m_from;
    QCheckBox *m_toOn;
    QDateEdit *m_to;
    QPushButton *m_clear;
    QPushButton *m_open;
    QPushButton *m_delete;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJsonl;
    QPushButton *m_reload;
    QTableView *m_table;
    FeedbackModel *m_model;
    FeedbackProxyModel *m_proxy;
    FeedbackDetail *m_detail;
    QLabel *m_count;
    QLabel *m_notice;
    QPointer<ConversationReader> m_reader;
    int m_generation = 0; // loads asked for; 0: none yet
    bool m_loading = false;
    // Changes the store reported and the table does not show yet (during a load, or within a burst):
    // (id, entry or none for a removal), in order.
    QVector<QPair<QString, std::optional<FeedbackEntry>>> m_pending;
    QTimer m_applyPending;
    QTimer m_countLater;
};

} // namespace aistack
