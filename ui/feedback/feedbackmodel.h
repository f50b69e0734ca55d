#pragma once

#include "feedback/feedbackentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace aistack {

// Every piece of feedback, one row each: a Column enum, a role with the raw value so times sort as times, the
// whole list set in one reset, and rows added and removed one by one as the store reports its commits.
class FeedbackModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, User, Conversation, Sentiment, Categories, Question, Answer, Comment, ConfigId, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, IdRole };

    explicit FeedbackModel(QObject *parent = nullptr);

    void setEntries(QVector<FeedbackEntry> entries);
    // Adds entries at the end in one insertion; an entry whose id is shown already replaces its row.
    void add(const QVector<FeedbackEntry> &entries);
    void remove(const QString &id);
    const FeedbackEntry &entryAt(int row) const { return m_entries[row]; }

    int rowOf(const QString &id) const { return m_rows.value(id, -1); }
    // The users and categories seen, sorted (for the filters' lists).
    QStringList users() const;
    QStringList categories() const;

    // A category's name as people read it ("not_relevant" -> "Not relevant").
    static QString categoryLabel(const QString &category);
    // "Thumbs up", "Thumbs down" or "No thumbs given".
    static QString sentimentText(const FeedbackEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const FeedbackEntry &e, int column) const;
    QIcon thumbIcon(bool up) const;

    QVector<FeedbackEntry> m_entries;
    QHash<QString, int> m_rows; // id -> row
    mutable QVector<QIcon> m_icons; // up, down, for the palette below
    mutable bool m_iconsDark = false;
    QIcon m_warning;
};

} // namespace aistack
