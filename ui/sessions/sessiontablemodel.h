#pragma once

#include "auth/session.h"

#include <QAbstractTableModel>
#include <QHash>
#include <functional>

namespace aistack {

// The KISS sessions, one row each: a Column enum, a role with the raw value so that numbers and times sort
// as such, and changes applied by client id in batches (a refresh of thousands of rows costs one pass, not
// a reset per row).
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ClientId,
        Scope,
        State,
        Created,
        LastActive,
        Stack,
        Documents,
        Queries,
        Tokens,
        Peer,
        Where,
        ConfigId,
        ColumnCount
    };
    enum Role { RawRole = Qt::UserRole + 1, ClientIdRole, StateRole };
    using StateOf = std::function<SessionState(const Session &)>;

    explicit SessionTableModel(StateOf stateOf, QObject *parent = nullptr);

    // Shows these sessions (replacing what was shown).
    void setSessions(const QVector<Session> &sessions);
    // Rows change in place, new ones are added; one dataChanged for the changed range.
    void apply(const QVector<Session> &changes);
    const Session &sessionAt(int row) const { return m_rows[row].session; }
    SessionState stateAt(int row) const { return m_rows[row].state; }
    int rowOf(const QString &clientId) const { return m_index.value(clientId, -1); }

    static QString stateName(SessionState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        Session session;
        SessionState state = SessionState::Active;
        bool local = false;
    };
    Row rowFor(const Session &s) const;

    StateOf m_stateOf;
    QVector<Row> m_rows;
    QHash<QString, int> m_index; // client id -> row
};

} // namespace aistack
