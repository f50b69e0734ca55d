#include "sessionviews.h"

#include "common/csvfield.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStandardItem>
#include <QTableView>

namespace aistack::SessionViews {

namespace {
constexpr int kRawRole = SessionTableModel::RawRole;
} // namespace

void SessionFilter::setShow(int show)
{
    m_show = show;
    invalidateFilter();
}

bool SessionFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (m_show != All) {
        const bool active = sourceModel()->index(row, 0, parent).data(SessionTableModel::StateRole).toInt() ==
                            int(SessionState::Active);
        if (active != (m_show == Active))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(row, parent);
}

QTableView *table(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setSortingEnabled(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

QLineEdit *filterBox(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *f = new QLineEdit(parent);
    f->setObjectName(name);
    f->setPlaceholderText(placeholder);
    f->setAccessibleName(placeholder);
    f->setClearButtonEnabled(true);
    return f;
}

QLabel *noticeLabel(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->hide();
    return l;
}

QStandardItem *item(const QString &text, const QVariant &raw)
{
    auto *i = new QStandardItem(text);
    i->setData(raw, kRawRole);
    i->setEditable(false);
    return i;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

// A table as CSV, in the order shown: times in ISO 8601, numbers as numbers, the rest as shown.
QByteArray csvOf(const QAbstractItemModel *model)
{
    QByteArray out;
    for (int c = 0; c < model->columnCount(); ++c)
        out += (c ? "," : "") + csvField(model->headerData(c, Qt::Horizontal).toString());
    out += '\n';
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex index = model->index(r, c);
            const QVariant raw = index.data(kRawRole);
            QString text;
            if (raw.metaType().id() == QMetaType::QDateTime)
                text = raw.toDateTime().toUTC().toString(Qt::ISODate);
            else if (raw.metaType().id() == QMetaType::LongLong || raw.metaType().id() == QMetaType::Int)
                text = raw.toString();
            else
                text = index.data(Qt::DisplayRole).toString();
            out += (c ? "," : "") + csvField(text);
        }
        out += '\n';
    }
    return out;
}

} // namespace aistack::SessionViews
