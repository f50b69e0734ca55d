#include "sessiontablemodel.h"

#include "widgets/palettecolors.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace aistack {

namespace {
QString shortTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}
} // namespace

SessionTableModel::SessionTableModel(StateOf stateOf, QObject *parent)
    : QAbstractTableModel(parent), m_stateOf(std::move(stateOf))
{
}

SessionTableModel::Row SessionTableModel::rowFor(const Session &s) const
{
    return Row{s, m_stateOf ? m_stateOf(s) : (s.active ? SessionState::Active : SessionState::Closed),
               isLoopbackPeer(s.peerAddress)};
}

void SessionTableModel::setSessions(const QVector<Session> &sessions)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(sessions.size());
    m_index.clear();
    m_index.reserve(sessions.size());
    for (const Session &s : sessions) {
        m_index.insert(s.clientId, int(m_rows.size()));
        m_rows.push_back(rowFor(s));
    }
    endResetModel();
}

void SessionTableModel::apply(const QVector<Session> &changes)
{
    int first = -1;
    int last = -1;
    QVector<Row> added;
    for (const Session &s : changes) {
        const int row = m_index.value(s.clientId, -1);
        if (row < 0) {
            m_index.insert(s.clientId, int(m_rows.size() + added.size()));
            added.push_back(rowFor(s));
            continue;
        }
        m_rows[row] = rowFor(s);
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows += added;
        endInsertRows();
    }
}

QString SessionTableModel::stateName(SessionState state)
{
    switch (state) {
    case SessionState::Active:
        return tr("Active");
    case SessionState::Closed:
        return tr("Closed");
    case SessionState::Revoked:
        return tr("Revoked");
    case SessionState::Expired:
        return tr("Expired");
    }
    return {};
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const Session &s = r.session;
    if (role == ClientIdRole)
        return s.clientId;
    if (role == StateRole)
        return int(r.state);
    if (role == RawRole) {
        switch (index.column()) {
        case Created:
            return s.createdAt;
        case LastActive:
            return s.lastUsed;
        case Documents:
            return s.documentCount;
        case Queries:
            return s.queryCount;
        case Tokens:
            return s.tokenCount;
        case Stack:
            return s.stackInitialized;
        case State:
            return int(r.state);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        return c == Documents || c == Queries || c == Tokens ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && r.state != SessionState::Active)
        return PaletteColors::secondary(QGuiApplication::palette());
    if (role == Qt::ToolTipRole && index.column() == ClientId)
        return s.clientId;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case ClientId:
        return s.clientId;
    case Scope:
        return s.scope == SessionScope::Persistent ? tr("Persistent") : tr("Temporary");
    case State:
        return stateName(r.state);
    case Created:
        return shortTime(s.createdAt);
    case LastActive:
        return shortTime(s.lastUsed);
    case Stack:
        return s.stackInitialized ? tr("Initialised") : tr("Not initialised");
    case Documents:
        return locale.toString(s.documentCount);
    case Queries:
        return locale.toString(s.queryCount);
    case Tokens:
        return locale.toString(s.tokenCount);
    case Peer:
        return s.peerAddress.isEmpty() ? tr("Unknown") : s.peerAddress;
    case Where:
        return s.peerAddress.isEmpty() ? QString() : r.local ? tr("Local") : tr("LAN");
    case ConfigId:
        return s.configId;
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientId:
        return tr("Client ID");
    case Scope:
        return tr("Scope");
    case State:
        return tr("State");
    case Created:
        return tr("Created");
    case LastActive:
        return tr("Last active");
    case Stack:
        return tr("Stack");
    case Documents:
        return tr("Documents");
    case Queries:
        return tr("Queries");
    case Tokens:
        return tr("Tokens");
    case Peer:
        return tr("Peer address");
    case Where:
        return tr("Local/LAN");
    case ConfigId:
        return tr("Config ID");
    }
    return {};
}

} // namespace aistack
