#pragma once

#include <QHeaderView>
#include <QTableView>

namespace aistack {

// A table of records as the panes show them: whole rows selected (several at once), sorted by a click on a
// header (starting with sortColumn in order), never edited in place, one line per row without row numbers,
// and a context menu of the pane's own (customContextMenuRequested).
inline void setUpRowTable(QTableView *table, QAbstractItemModel *model, int sortColumn, Qt::SortOrder order,
                          int rowPadding)
{
    table->setModel(model);
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, order);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + rowPadding);
}

} // namespace aistack
