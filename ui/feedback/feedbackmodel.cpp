#include "feedbackmodel.h"

#include "widgets/palettecolors.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QStyle>

namespace aistack {

namespace {
// One line of at most a screen's width of a longer text, without Markdown's marks (emphasis, code, headings,
// quotes, list bullets), which the detail view renders.
QString oneLine(const QString &text)
{
    static const QRegularExpression marks(QStringLiteral("\\*\\*|__|`+|^\\s{0,3}(#{1,6}|>|[-*+])\\s+"),
                                          QRegularExpression::MultilineOption);
    QString line = text.left(300);
    line.remove(marks);
    line = line.simplified();
    if (text.size() > 300)
        line += QChar(0x2026);
    return line;
}

// The thumb in a colour that says which it is: green up, red down, readable on the light and the dark palette.
QIcon tinted(const QString &file, const QColor &colour)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap = QIcon(file).pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), colour);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

FeedbackModel::FeedbackModel(QObject *parent)
    : QAbstractTableModel(parent), m_warning(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
{
}

QIcon FeedbackModel::thumbIcon(bool up) const
{
    const QPalette palette = QApplication::palette();
    const bool dark = PaletteColors::isDark(palette);
    if (m_icons.isEmpty() || m_iconsDark != dark) {
        m_iconsDark = dark;
        m_icons = {tinted(QStringLiteral(":/icons/icons/thumb-up.svg"),
                          dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32)),
                   tinted(QStringLiteral(":/icons/icons/thumb-down.svg"), PaletteColors::error(palette))};
    }
    return m_icons[up ? 0 : 1];
}

void FeedbackModel::setEntries(QVector<FeedbackEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_rows.clear();
    m_rows.reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i)
        m_rows.insert(m_entries[i].id, i);
    endResetModel();
}

void FeedbackModel::add(const QVector<FeedbackEntry> &entries)
{
    QVector<FeedbackEntry> fresh;
    QSet<QString> seen;
    for (const FeedbackEntry &entry : entries) {
        const int row = rowOf(entry.id);
        if (row >= 0) {
            m_entries[row] = entry;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (!seen.contains(entry.id)) {
            seen.insert(entry.id);
            fresh.push_back(entry);
        }
    }
    if (fresh.isEmpty())
        return;
    const int at = int(m_entries.size());
    beginInsertRows({}, at, at + int(fresh.size()) - 1);
    for (const FeedbackEntry &entry : std::as_const(fresh)) {
        m_rows.insert(entry.id, int(m_entries.size()));
        m_entries.push_back(entry);
    }
    endInsertRows();
}

void FeedbackModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.remove(row);
    m_rows.remove(id);
    for (int i = row; i < m_entries.size(); ++i)
        m_rows.insert(m_entries[i].id, i);
    endRemoveRows();
}

QStringList FeedbackModel::users() const
{
    QSet<QString> seen;
    for (const FeedbackEntry &e : m_entries)
        seen.insert(e.userId);
    QStringList list(seen.begin(), seen.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

QStringList FeedbackModel::categories() const
{
    // The API's categories first, in its order; any other name a row holds after them.
    QStringList list{QStringLiteral("incorrect"), QStringLiteral("not_relevant"), QStringLiteral("incomplete"),
                     QStringLiteral("outdated_information"), QStringLiteral("unsafe"), QStringLiteral("other")};
    for (const FeedbackEntry &e : m_entries)
        if (e.categories && e.problem.isEmpty())
            for (const QString &c : *e.categories)
                if (!list.contains(c))
                    list << c;
    return list;
}

QString FeedbackModel::categoryLabel(const QString &category)
{
    // The API's names, and how a person reads them.
    static const struct
    {
        const char *name;
        const char *label;
    } labels[] = {{"incorrect", QT_TR_NOOP("Incorrect")},
                  {"not_relevant", QT_TR_NOOP("Not relevant")},
                  {"incomplete", QT_TR_NOOP("Incomplete")},
                  {"outdated_information", QT_TR_NOOP("Outdated information")},
                  {"unsafe", QT_TR_NOOP("Unsafe")},
                  {"other", QT_TR_NOOP("Other")}};
    for (const auto &l : labels)
        if (category == QLatin1String(l.name))
            return tr(l.label);
    return category;
}

int FeedbackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FeedbackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FeedbackModel::sentimentText(const FeedbackEntry &e)
{
    return !e.sentiment ? tr("No thumbs given") : *e.sentiment > 0 ? tr("Thumbs up") : tr("Thumbs down");
}

QVariant FeedbackModel::display(const FeedbackEntry &e, int column) const
{
    switch (column) {
    case Time:
        return QLocale().toString(e.timestamp.toLocalTime(), QLocale().dateFormat(QLocale::ShortFormat) +
                                                                 QStringLiteral(" HH:mm"));
    case User:
        return e.userId;
    case Conversation:
        // The random end: the start of a time-ordered id (UUID v7, as this server makes them) is the same for
        // conversations begun close together.
        return e.conversationId.size() > 8 ? QChar(0x2026) + e.conversationId.right(8) : e.conversationId;
    case Sentiment:
        return !e.sentiment ? QStringLiteral("—") : QString();
    case Categories: {
        QStringList labels;
        for (const QString &c : e.categories.value_or(QStringList()))
            labels << categoryLabel(c);
        return labels.join(QStringLiteral(", "));
    }
    case Question:
        return oneLine(e.userQuestion);
    case Answer:
        return oneLine(e.llmResponse);
    case Comment:
        return oneLine(e.userFeedback.value_or(QString()));
    case ConfigId:
        return e.configId;
    }
    return {};
}

QVariant FeedbackModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const FeedbackEntry &e = m_entries[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(e, column);
    case RawRole:
        switch (column) {
        case Time:
            return e.timestamp.toMSecsSinceEpoch();
        case Sentiment:
            return e.sentiment.value_or(0);
        case Question:
            return e.userQuestion;
        case Answer:
            return e.llmResponse;
        case Comment:
            return e.userFeedback.value_or(QString());
        case Conversation:
            return e.conversationId;
        default:
            return display(e, column);
        }
    case IdRole:
        return e.id;
    case Qt::DecorationRole:
        if (column == Sentiment && e.sentiment)
            return thumbIcon(*e.sentiment > 0);
        if (column == Time && !e.problem.isEmpty())
            return m_warning;
        return {};
    case Qt::ToolTipRole:
        if (column == Time && !e.problem.isEmpty())
            return tr("This row could not be read in full: %1").arg(e.problem);
        if (column == Sentiment)
            return sentimentText(e);
        if (column == Conversation)
            return e.conversationId;
        if (column == Question || column == Answer || column == Comment)
            return display(e, column);
        return {};
    case Qt::AccessibleTextRole:
        return column == Sentiment ? sentimentText(e) : display(e, column);
    case Qt::TextAlignmentRole:
        if (column == Sentiment)
            return int(Qt::AlignCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == ConfigId || column == Conversation)
            return PaletteColors::secondary(QApplication::palette());
        return {};
    }
    return {};
}

QVariant FeedbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Conversation:
        return tr("Conversation");
    case Sentiment:
        return tr("Thumbs");
    case Categories:
        return tr("Categories");
    case Question:
        return tr("Question");
    case Answer:
        return tr("Answer");
    case Comment:
        return tr("Comment");
    case ConfigId:
        return tr("Config");
    }
    return {};
}

} // namespace aistack
