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

    struct Criteria
    {
        Sentiment sentiment = Sentiment::Any;
        QString category; // empty: any
        QString user;     // empty: anyone
        QDate from;       // local days, both included; invalid: unbounded
        QDate to;
        QString text;
        bool operator==(const Criteria &o) const
        {
            return sentiment == o.sentiment && category == o.category && user == o.user && from == o.from &&
                   to == o.to && text == o.text;
        }
    };
    // Filters the rows again (once, and only when something changed).
    void setCriteria(Criteria criteria);
    const Criteria &criteria() const { return m_criteria; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    FeedbackModel *m_model;
    Criteria m_criteria;
};

} // namespace aistack
