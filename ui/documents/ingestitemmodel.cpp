#include "ingestitemmodel.h"

#include "widgets/palettecolors.h"

#include <QColor>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace aistack {

IngestItemModel::IngestItemModel(QObject *parent) : QAbstractTableModel(parent) {}

void IngestItemModel::setItems(const QString &tool, const QVector<IngestItem> &items)
{
    beginResetModel();
    m_tool = tool;
    m_items.clear();
    for (const IngestItem &item : items)
        if (item.state != IngestItem::State::Removed)
            m_items.push_back(item);
    m_rows.clear();
    reindexFrom(0);
    endResetModel();
}

void IngestItemModel::reindexFrom(int row)
{
    for (int i = row; i < m_items.size(); ++i)
        m_rows.insert(m_items[i].id, i);
}

void IngestItemModel::apply(const QVector<IngestItem> &changes)
{
    int first = -1;
    int last = -1;
    QVector<IngestItem> added;
    QVector<qint64> removed;
    for (const IngestItem &item : changes) {
        if (item.tool != m_tool)
            continue;
        const int row = m_rows.value(item.id, -1);
        if (item.state == IngestItem::State::Removed) {
            if (row >= 0)
                removed << item.id;
            continue;
        }
        if (row < 0) {
            added << item;
            continue;
        }
        IngestItem &mine = m_items[row];
        mine = item;
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    for (qint64 id : std::as_const(removed)) {
        const int row = m_rows.value(id, -1);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_items.remove(row);
        m_rows.remove(id);
        reindexFrom(row);
        endRemoveRows();
    }
    if (!added.isEmpty()) {
        // A path queued again may arrive twice in a batch: the last state wins.
        QHash<qint64, int> seen;
        QVector<IngestItem> unique;
        for (const IngestItem &item : std::as_const(added)) {
            const auto it = seen.constFind(item.id);
            if (it != seen.constEnd()) {
                unique[*it] = item;
            } else {
                seen.insert(item.id, int(unique.size()));
                unique << item;
            }
        }
        const int at = int(m_items.size());
        beginInsertRows({}, at, at + int(unique.size()) - 1);
        m_items += unique;
        reindexFrom(at);
        endInsertRows();
    }
}

IngestItemModel::Totals IngestItemModel::totals() const
{
    Totals t;
    for (const IngestItem &item : m_items) {
        switch (item.state) {
        case IngestItem::State::Stored:
            ++t.documents;
            t.chunks += item.chunks;
            t.bytes += item.bytes;
            break;
        case IngestItem::State::Failed:
        case IngestItem::State::Cancelled:
            ++t.failed;
            break;
        case IngestItem::State::Skipped:
            ++t.skipped;
            break;
        case IngestItem::State::Removed:
            break;
        default:
            ++t.inProgress;
        }
    }
    return t;
}

namespace {
// The reason without the file name it starts with (the row names the file already).
QString withoutName(const IngestItem &item)
{
    const QString prefix = item.name + QStringLiteral(": ");
    return item.error.startsWith(prefix) ? item.error.mid(prefix.size()) : item.error;
}
} // namespace

QString IngestItemModel::statusText(const IngestItem &item)
{
    const QLocale locale;
    switch (item.state) {
    case IngestItem::State::Queued:
        return tr("Queued");
    case IngestItem::State::Parsing:
        return tr("Parsing…");
    case IngestItem::State::Embedding:
        return tr("Embedding %1 of %2 chunks").arg(locale.toString(item.chunksDone), locale.toString(item.chunks));
    case IngestItem::State::Storing:
        return tr("Storing…");
    case IngestItem::State::Stored:
        return item.unchanged ? tr("Stored (unchanged)") : tr("Stored");
    case IngestItem::State::Failed:
        return tr("Failed: %1").arg(withoutName(item));
    case IngestItem::State::Skipped:
        return tr("Skipped: %1").arg(withoutName(item));
    case IngestItem::State::Cancelled:
        return tr("Cancelled");
    case IngestItem::State::Removed:
        return tr("Removed");
    }
    return {};
}

int IngestItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int IngestItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
// The kind of a file for a person: the parser's format when it was read, else its extension.
QString kindOf(const IngestItem &item)
{
    const QString format = item.format.isEmpty() ? QFileInfo(item.name).suffix().toLower() : item.format;
    if (format == QLatin1String("text") || format == QLatin1String("txt"))
        return IngestItemModel::tr("Text");
    if (format == QLatin1String("markdown") || format == QLatin1String("md"))
        return IngestItemModel::tr("Markdown");
    if (format == QLatin1String("htm"))
        return QStringLiteral("HTML");
    return format.toUpper();
}

int stateOrder(IngestItem::State s)
{
    switch (s) { // problems first when sorted ascending
    case IngestItem::State::Failed:
        return 0;
    case IngestItem::State::Cancelled:
        return 1;
    case IngestItem::State::Skipped:
        return 2;
    case IngestItem::State::Parsing:
    case IngestItem::State::Embedding:
    case IngestItem::State::Storing:
        return 3;
    case IngestItem::State::Queued:
        return 4;
    default:
        return 5;
    }
}
} // namespace

QVariant IngestItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const IngestItem &item = m_items[index.row()];
    const QLocale locale;
    if (role == IdRole)
        return item.id;
    if (role == StateRole)
        return int(item.state);
    if (role == PathRole)
        return item.path;
    if (role == RawRole) {
        switch (index.column()) {
        case Name:
            return item.name.toLower();
        case Type:
            return kindOf(item);
        case Size:
            return item.bytes;
        case Pages:
            return item.pages;
        case Chunks:
            return item.chunks;
        case Added:
            return item.id; // the queue's order
        case Status:
            return stateOrder(item.state);
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return item.name;
        case Type:
            return kindOf(item);
        case Size:
            return locale.formattedDataSize(item.bytes, 1, QLocale::DataSizeTraditionalFormat);
        case Pages:
            return item.pages > 0 ? locale.toString(item.pages) : QString();
        case Chunks:
            return item.chunks > 0 ? locale.toString(item.chunks) : QString();
        case Added: {
            if (!item.queuedAt.isValid())
                return QString();
            const QDateTime local = item.queuedAt.toLocalTime();
            return QString(locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                           locale.toString(local.time(), QStringLiteral("HH:mm")));
        }
        case Status:
            return statusText(item);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Status && !item.error.isEmpty())
            return item.error;
        return item.path.startsWith(QLatin1String("document:")) ? item.name : item.path;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::TextAlignmentRole && (index.column() == Pages || index.column() == Chunks))
        return int(Qt::AlignCenter);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (item.state == IngestItem::State::Failed)
            return PaletteColors::error(QGuiApplication::palette());
        if (item.state == IngestItem::State::Skipped || item.state == IngestItem::State::Cancelled)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
    }
    return {};
}

QVariant IngestItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Size:
        return tr("Size");
    case Pages:
        return tr("Pages");
    case Chunks:
        return tr("Chunks");
    case Added:
        return tr("Added");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace aistack
