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

void FeedbackProxyModel::setSentiment(Sentiment sentiment)
{
    m_sentiment = sentiment;
    invalidateFilter();
}

void FeedbackProxyModel::setCategory(const QString &category)
{
    m_category = category;
    invalidateFilter();
}

void FeedbackProxyModel::setUser(const QString &userId)
{
    m_user = userId;
    invalidateFilter();
}

void FeedbackProxyModel::setDays(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void FeedbackProxyModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool FeedbackProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const FeedbackEntry &e = m_model->entryAt(sourceRow);
    switch (m_sentiment) {
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
    if (!m_category.isEmpty() && !(e.categories && e.categories->contains(m_category)))
        return false;
    if (!m_user.isEmpty() && e.userId != m_user)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate day = e.timestamp.toLocalTime().date();
        if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &s) { return s.contains(m_text, Qt::CaseInsensitive); };
    if (has(e.userQuestion) || has(e.llmResponse) || has(e.userFeedback.value_or(QString())) || has(e.userId) ||
        has(e.conversationId) || has(e.configId))
        return true;
    for (const QString &c : e.categories.value_or(QStringList()))
        if (has(c) || has(FeedbackModel::categoryLabel(c)))
            return true;
    return false;
}

} // namespace aistack
