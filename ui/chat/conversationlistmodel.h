#pragma once

#include "conversations/desktopconversations.h"

#include <QAbstractItemModel>
#include <QDate>

namespace aistack {

// The desktop user's conversations, newest activity first, under one heading per day (Today, Yesterday,
// the weekday for the last week, then the month). Headings are not selectable.
class ConversationListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { ConversationIdRole = Qt::UserRole + 1, LastActivityRole, IsGroupRole };

    explicit ConversationListModel(QObject *parent = nullptr);

    void setConversations(const QVector<ConversationSummary> &conversations, const QDate &today = QDate::currentDate());
    QModelIndex indexOf(const QString &conversationId) const;
    int conversationCount() const { return int(m_rows.size()); }
    QString titleOf(const QString &conversationId) const;
    // The first conversation (top of the list), or an invalid index.
    QModelIndex firstConversation() const;

    // The heading of a day.
    static QString groupTitle(const QDate &day, const QDate &today);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        QString title;
        QVector<int> rows; // into m_rows
    };
    QVector<ConversationSummary> m_rows;
    QVector<Group> m_groups;
};

} // namespace aistack
