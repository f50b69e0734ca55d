#include "requestlogmodel.h"

#include <QBrush>
#include <QColor>

namespace aistack {

RequestLogModel::RequestLogModel(int maxRows, QObject *parent)
    : QAbstractTableModel(parent), m_maxRows(maxRows)
{
}

void RequestLogModel::appendBatch(const QVector<RequestRecord> &batch)
{
    if (batch.isEmpty())
        return;
    const int take = int(qMin<qsizetype>(batch.size(), m_maxRows));
    const int overflow = int(m_rows.size()) + take - m_maxRows;
    if (overflow > 0) {
        beginRemoveRows({}, int(m_rows.size()) - overflow, int(m_rows.size()) - 1);
        m_rows.resize(m_rows.size() - overflow);
        endRemoveRows();
    }
    beginInsertRows({}, 0, take - 1);
    QVector<RequestRecord> fresh;
    fresh.reserve(take + m_rows.size());
    for (int i = 0; i < take; ++i)
        fresh.push_back(batch.at(batch.size() - 1 - i)); // newest first
    fresh += m_rows;
    m_rows.swap(fresh);
    endInsertRows();
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RequestRecord &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return r.when.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case Method:
            return r.method;
        case Path:
            return r.path;
        case Status:
            return r.status;
        case Duration:
            return QString::number(r.durationMs, 'f', 2);
        case Client:
            return r.client;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status && r.status >= 400)
        return QBrush(r.status >= 500 ? QColor(0xc0, 0x20, 0x20) : QColor(0xb0, 0x60, 0x00));
    if (role == Qt::TextAlignmentRole && (index.column() == Status || index.column() == Duration))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration (ms)");
    case Client:
        return tr("Client");
    default:
        return {};
    }
}

} // namespace aistack
