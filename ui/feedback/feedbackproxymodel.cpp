#include "feedbackproxymodel.h"

#include "feedbackmodel.h"

namespace aistack {

FeedbackProxyModel::FeedbackProxyModel(FeedbackModel *model, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(model)
{
    setSourceModel(model);
    setSortRole(FeedbackModel::RawRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void FeedbackProxyModel::setCriteria(Criteria criteria)
{
    criteria.text = criteria.text.trimmed();
    if (criteria == m_criteria)
        return;
    m_criteria = std::move(criteria);
    // Mapped again from scratch: a filter that hides thousands of scattered rows would otherwise be
    // announced as thousands of removals, each one handled by the view.
    invalidate();
}

bool FeedbackProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const FeedbackEntry &e = m_model->entryAt(sourceRow);
    const Criteria &c = m_criteria;
    switch (c.sentiment) {
    case Sentiment::Any:
        break;
    case Sentiment::Up:
        if (e.sentiment.value_or(0) <= 0)
            return false;
        break;
    case Sentiment::Down:
        if (e.sentiment.value_or(0) >= 0)
            return false;
        break;
    case Sentiment::None:
        if (e.sentiment)
            return false;
        break;
    }
    if (!c.category.isEmpty() && !(e.categories && e.categories->contains(c.category)))
        return false;
    if (!c.user.isEmpty() && e.userId != c.user)
        return false;
    if (c.from.isValid() || c.to.isValid()) {
        const QDate day = e.timestamp.toLocalTime().date();
        if ((c.from.isValid() && day < c.from) || (c.to.isValid() && day > c.to))
            return false;
    }
    if (c.text.isEmpty())
        return true;
    const auto has = [&c](const QString &s) { return s.contains(c.text, Qt::CaseInsensitive); };
    if (has(e.userQuestion) || has(e.llmResponse) || has(e.userFeedback.value_or(QString())) || has(e.userId) ||
        has(e.conversationId) || has(e.configId))
        return true;
    for (const QString &category : e.categories.value_or(QStringList()))
        if (has(category) || has(FeedbackModel::categoryLabel(category)))
            return true;
    return false;
}

bool FeedbackProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The raw values compared directly: many times quicker than through QVariants of RawRole, which a sort
    // of many thousand rows would feel.
    const FeedbackEntry &a = m_model->entryAt(left.row());
    const FeedbackEntry &b = m_model->entryAt(right.row());
    switch (left.column()) {
    case FeedbackModel::Time:
        return a.timestamp < b.timestamp;
    case FeedbackModel::Sentiment:
        return a.sentiment.value_or(0) < b.sentiment.value_or(0);
    case FeedbackModel::User:
        return a.userId.compare(b.userId, Qt::CaseInsensitive) < 0;
    case FeedbackModel::Conversation:
        return a.conversationId < b.conversationId;
    case FeedbackModel::Question:
        return a.userQuestion.compare(b.userQuestion, Qt::CaseInsensitive) < 0;
    case FeedbackModel::Answer:
        return a.llmResponse.compare(b.llmResponse, Qt::CaseInsensitive) < 0;
    case FeedbackModel::Comment:
        return a.userFeedback.value_or(QString()).compare(b.userFeedback.value_or(QString()), Qt::CaseInsensitive) < 0;
    case FeedbackModel::ConfigId:
        return a.configId < b.configId;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace aistack
