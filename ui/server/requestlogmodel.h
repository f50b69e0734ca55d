#pragma once

#include "log/requestrecord.h"

#include <QAbstractTableModel>
#include <QVector>

namespace aistack {

// The newest answered requests, newest first, capped so that the table stays cheap at
// thousands of requests per second: rows arrive in batches and the oldest fall off. The rows of
// earlier runs (read from the request-log file at start) join below the live ones.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Protocol, Method, Path, Status, Duration, Client, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole, // the sort value of the column
        ProtocolRole,           // RequestProtocol as int
        StatusRole,             // the HTTP status as int
        ClientRole,             // the client address
    };

    explicit RequestLogModel(int maxRows = 2000, QObject *parent = nullptr);

    // Live rows, oldest first (as the request log hands them over).
    void appendBatch(const QVector<RequestRecord> &batch);
    // Rows older than every row shown (an earlier run's), oldest first; kept only while there is room.
    void appendOlder(const QVector<RequestRecord> &olderOldestFirst);
    int maxRows() const { return m_maxRows; }
    const RequestRecord &recordAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString protocolName(int protocol);

private:
    QVector<RequestRecord> m_rows; // newest first
    int m_maxRows;
};

} // namespace aistack
