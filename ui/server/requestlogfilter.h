#pragma once

#include <QSortFilterProxyModel>

namespace aistack {

// The request table's filters: protocol (KISS, Lightspeed, other), status class (2xx … 5xx) and client
// (a part of its address). Sorts by RequestLogModel::RawRole.
class RequestLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RequestLogFilter(QObject *parent = nullptr);

    // -1: every protocol; otherwise a RequestProtocol.
    void setProtocol(int protocol);
    // 0: every status; 2 … 5: that class.
    void setStatusClass(int statusClass);
    void setClient(const QString &part);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_protocol = -1;
    int m_statusClass = 0;
    QString m_client;
};

} // namespace aistack
