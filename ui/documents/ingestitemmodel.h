#pragma once

#include "rag/desktop/ingestitem.h"

#include <QAbstractTableModel>
#include <QHash>

namespace aistack {

// The files of one collection and its queue, one row each (qBittorrent's transfer list: a Column enum, a
// role with the raw value so numbers sort as numbers, rows changed in batches as the queue reports them).
class IngestItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Size, Pages, Chunks, Added, Status, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, IdRole, StateRole, PathRole };

    explicit IngestItemModel(QObject *parent = nullptr);

    // Shows a tool's items (replacing what was shown).
    void setItems(const QString &tool, const QVector<IngestItem> &items);
    // Applies a batch of changes from the queue: rows change in place, new ones are added, removed ones go.
    void apply(const QVector<IngestItem> &changes);
    const QString &tool() const { return m_tool; }
    const IngestItem &itemAt(int row) const { return m_items[row]; }
    int rowOf(qint64 id) const { return m_rows.value(id, -1); }

    struct Totals
    {
        int documents = 0;
        qint64 chunks = 0;
        qint64 bytes = 0;
        int inProgress = 0;
        int failed = 0;
        int skipped = 0;
    };
    Totals totals() const;

    // "Embedding 40 of 120 chunks", "Failed: …" and the like.
    static QString statusText(const IngestItem &item);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reindexFrom(int row);

    QString m_tool;
    QVector<IngestItem> m_items;
    QHash<qint64, int> m_rows; // id -> row
};

} // namespace aistack
