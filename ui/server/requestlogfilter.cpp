#include "requestlogfilter.h"

#include "requestlogmodel.h"

namespace aistack {

RequestLogFilter::RequestLogFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RequestLogModel::RawRole);
}

void RequestLogFilter::setProtocol(int protocol)
{
    if (protocol == m_protocol)
        return;
    m_protocol = protocol;
    invalidateRowsFilter();
}

void RequestLogFilter::setStatusClass(int statusClass)
{
    if (statusClass == m_statusClass)
        return;
    m_statusClass = statusClass;
    invalidateRowsFilter();
}

void RequestLogFilter::setClient(const QString &part)
{
    const QString trimmed = part.trimmed();
    if (trimmed == m_client)
        return;
    m_client = trimmed;
    invalidateRowsFilter();
}

bool RequestLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_protocol >= 0 && index.data(RequestLogModel::ProtocolRole).toInt() != m_protocol)
        return false;
    if (m_statusClass > 0 && index.data(RequestLogModel::StatusRole).toInt() / 100 != m_statusClass)
        return false;
    if (!m_client.isEmpty() &&
        !index.data(RequestLogModel::ClientRole).toString().contains(m_client, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace aistack
