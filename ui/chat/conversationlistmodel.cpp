#include "conversationlistmodel.h"

#include <QFont>
#include <QFontMetrics>
#include <QSize>
#include <QLocale>

namespace aistack {

namespace {
constexpr quintptr kGroup = ~quintptr(0); // internalId of a heading; a conversation's is its group's index
} // namespace

ConversationListModel::ConversationListModel(QObject *parent) : QAbstractItemModel(parent) {}

QString ConversationListModel::groupTitle(const QDate &day, const QDate &today)
{
    const qint64 ago = day.daysTo(today);
    if (ago <= 0)
        return tr("Today");
    if (ago == 1)
        return tr("Yesterday");
    const QLocale locale;
    if (ago < 7)
        return locale.toString(day, QStringLiteral("dddd"));
    if (day.year() == today.year())
        return locale.toString(day, QStringLiteral("MMMM"));
    return locale.toString(day, QStringLiteral("MMMM yyyy"));
}

void ConversationListModel::setConversations(const QVector<ConversationSummary> &conversations, const QDate &today)
{
    beginResetModel();
    m_rows = conversations;
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const ConversationSummary &a, const ConversationSummary &b) {
        return a.row.lastMessageAt > b.row.lastMessageAt;
    });
    m_groups.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString title = groupTitle(m_rows[i].row.lastMessageAt.toLocalTime().date(), today);
        if (m_groups.isEmpty() || m_groups.last().title != title)
            m_groups.push_back({title, {}});
        m_groups.last().rows.push_back(i);
    }
    endResetModel();
}

QModelIndex ConversationListModel::indexOf(const QString &conversationId) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups[g].rows.size(); ++r)
            if (m_rows[m_groups[g].rows[r]].row.id == conversationId)
                return createIndex(r, 0, quintptr(g));
    return {};
}

QString ConversationListModel::titleOf(const QString &conversationId) const
{
    for (const ConversationSummary &s : m_rows)
        if (s.row.id == conversationId)
            return s.title;
    return {};
}

QModelIndex ConversationListModel::firstConversation() const
{
    return m_groups.isEmpty() ? QModelIndex() : createIndex(0, 0, quintptr(0));
}

QModelIndex ConversationListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, kGroup) : QModelIndex();
    if (parent.internalId() != kGroup || parent.row() >= m_groups.size())
        return {};
    return row < m_groups[parent.row()].rows.size() ? createIndex(row, 0, quintptr(parent.row())) : QModelIndex();
}

QModelIndex ConversationListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroup)
        return {};
    return createIndex(int(child.internalId()), 0, kGroup);
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroup && parent.row() < m_groups.size())
        return int(m_groups[parent.row()].rows.size());
    return 0;
}

int ConversationListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroup) {
        const Group &g = m_groups[index.row()];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return g.title;
        case IsGroupRole:
            return true;
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            f.setPointSizeF(f.pointSizeF() * 0.9);
            return f;
        }
        default:
            return {};
        }
    }
    const ConversationSummary &s = m_rows[m_groups[int(index.internalId())].rows[index.row()]];
    switch (role) {
    case Qt::DisplayRole:
        return s.title;
    case Qt::AccessibleTextRole:
        return tr("%1, %n turn(s)", nullptr, s.row.messageCount).arg(s.title);
    case Qt::ToolTipRole:
        return tr("%1\nLast message: %2\nModel: %3/%4\n%n turn(s)", nullptr, s.row.messageCount)
            .arg(s.title, QLocale().toString(s.row.lastMessageAt.toLocalTime(), QLocale::ShortFormat),
                 s.row.lastUsedProvider, s.row.lastUsedModel);
    case Qt::SizeHintRole:
        return QSize(-1, QFontMetrics(QFont()).height() + 10);
    case ConversationIdRole:
        return s.row.id;
    case LastActivityRole:
        return s.row.lastMessageAt;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

Qt::ItemFlags ConversationListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroup)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace aistack
