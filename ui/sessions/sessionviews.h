#pragma once

#include "sessiontablemodel.h"

#include <QByteArray>
#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QString>
#include <QVariant>

class QLabel;
class QLineEdit;
class QStandardItem;
class QTableView;
class QWidget;

// The tables of the sessions pane and what they share: the state filter, the widgets, table cells that sort
// by their raw value, and the CSV export.
namespace aistack::SessionViews {

// The session table's filter: the text box over every column, and which states to show.
class SessionFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    enum Show { All, Active, Ended };
    void setShow(int show);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    int m_show = All;
};

// A read-only table view, one row selected at a time, sorted by a click on a header.
QTableView *table(const QString &name, const QString &accessible, QWidget *parent);

// A proxy over model that sorts by the raw value and filters on every column, ignoring case.
template <typename Proxy = QSortFilterProxyModel> Proxy *proxyFor(QAbstractItemModel *model, QObject *parent)
{
    auto *proxy = new Proxy(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SessionTableModel::RawRole);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setDynamicSortFilter(true);
    return proxy;
}

QLineEdit *filterBox(const QString &name, const QString &placeholder, QWidget *parent);
QLabel *noticeLabel(const QString &name, QWidget *parent);
// A cell shown as text and sorted by raw.
QStandardItem *item(const QString &text, const QVariant &raw);
QString timeText(const QDateTime &t);
// A table as CSV, in the order shown: times in ISO 8601, numbers as numbers, the rest as shown.
QByteArray csvOf(const QAbstractItemModel *model);

} // namespace aistack::SessionViews
