#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace aistack {

class FeedbackModel;

// What the Feedback pane shows of the model: rows of one sentiment, category, user and span of days that
// contain the search text (in the question, answer, comment, user, conversation, categories or config id),
// sorted by the raw value of a column.
class FeedbackProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Sentiment { Any, Up, Down, None };

    explicit FeedbackProxyModel(FeedbackModel *model, QObject *parent = nullptr);

    void setSentiment(Sentiment sentiment);
    void setCategory(const QString &category); // empty: any
    void setUser(const QString &userId);       // empty: anyone
    void setDays(const QDate &from, const QDate &to); // local days, both included; invalid: unbounded
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    FeedbackModel *m_model;
    Sentiment m_sentiment = Sentiment::Any;
    QString m_category;
    QString m_user;
    QDate m_from;
    QDate m_to;
    QString m_text;
};

} // namespace aistack
