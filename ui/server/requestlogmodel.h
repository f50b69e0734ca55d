#pragma once

#include "log/requestrecord.h"

#include <QAbstractTableModel>
#include <QVector>

namespace aistack {

// The newest answered requests, newest first, capped so that the table stays cheap at
// thousands of requests per second: rows arrive in batches and the oldest fall off.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Method, Path, Status, Duration, Client, ColumnCount };

    explicit RequestLogModel(int maxRows = 2000, QObject *parent = nullptr);

    void appendBatch(const QVector<RequestRecord> &batch);
    int maxRows() const { return m_maxRows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<RequestRecord> m_rows; // newest first
    int m_maxRows;
};

} // namespace aistack
