#include "requestlogmodel.h"

#include "log/requestprotocol.h"
#include "widgets/palettecolors.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>

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

void RequestLogModel::appendOlder(const QVector<RequestRecord> &olderOldestFirst)
{
    const int room = m_maxRows - int(m_rows.size());
    const int take = int(qMin<qsizetype>(olderOldestFirst.size(), room));
    if (take <= 0)
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + take - 1);
    for (int i = 0; i < take; ++i)
        m_rows.push_back(olderOldestFirst.at(olderOldestFirst.size() - 1 - i)); // newest of them first
    endInsertRows();
}

QString RequestLogModel::protocolName(int protocol)
{
    switch (RequestProtocol(protocol)) {
    case RequestProtocol::Kiss:
        return tr("KISS");
    case RequestProtocol::Lightspeed:
        return tr("Lightspeed");
    case RequestProtocol::Other:
        break;
    }
    return tr("Other");
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
    switch (role) {
    case ProtocolRole:
        return int(protocolOfPath(r.path));
    case StatusRole:
        return r.status;
    case ClientRole:
        return r.client;
    case RawRole:
        switch (index.column()) {
        case Time:
            return r.when.toMSecsSinceEpoch();
        case Protocol:
            return int(protocolOfPath(r.path));
        case Status:
            return r.status;
        case Duration:
            return r.durationMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole: {
        switch (index.column()) {
        case Time: {
            const QDateTime local = r.when.toLocalTime();
            return local.date() == QDate::currentDate()
                       ? local.toString(QStringLiteral("HH:mm:ss.zzz"))
                       : local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        case Protocol:
            return protocolName(int(protocolOfPath(r.path)));
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
    case Qt::ForegroundRole:
        if (index.column() == Status && r.status >= 400) {
            const QPalette palette = QGuiApplication::palette();
            if (r.status >= 500)
                return QBrush(PaletteColors::error(palette));
            return QBrush(PaletteColors::isDark(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x4d, 0x00));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Status || index.column() == Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Protocol:
        return tr("Protocol");
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
