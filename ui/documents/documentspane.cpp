#include "documentspane.h"

#include "chat/sourceopener.h"
#include "common/futurewatch.h"
#include "config/configidentity.h"
#include "desktopservices.h"
#include "ingestitemmodel.h"
#include "ingestprogresspanel.h"
#include "rag/desktop/desktopdocuments.h"
#include "rag/desktop/folderwatcher.h"
#include "rag/desktop/ingestqueue.h"
#include "rag/parse/documentparser.h"
#include "retrievalpreview.h"
#include "widgets/panebutton.h"
#include "widgets/rowtable.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace aistack {

namespace {
// Name filter plus a state group: all, stored, in progress, problems.
class ItemFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    int group = 0;
    void setGroup(int g)
    {
        group = g;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        const auto state = IngestItem::State(i.data(IngestItemModel::StateRole).toInt());
        switch (group) {
        case 1:
            if (state != IngestItem::State::Stored)
                return false;
            break;
        case 2:
            if (state != IngestItem::State::Queued && state != IngestItem::State::Parsing &&
                state != IngestItem::State::Embedding && state != IngestItem::State::Storing)
                return false;
            break;
        case 3:
            if (state != IngestItem::State::Failed && state != IngestItem::State::Skipped &&
                state != IngestItem::State::Cancelled)
                return false;
            break;
        default:
            break;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

} // namespace

DocumentsPane::DocumentsPane(DesktopServices *services, QWidget *parent)
    : QWidget(parent), m_documents(services->documents()), m_tools(new QComboBox(this)),
      m_filter(new QLineEdit(this)), m_stateFilter(new QComboBox(this)), m_progress(new IngestProgressPanel(this)),
      m_table(new QTableView(this)), m_model(new IngestItemModel(this)), m_proxy(new ItemFilter(this)),
      m_totals(new QLabel(this)), m_notice(new QLabel(this)), m_watched(new QListWidget(this)),
      m_preview(new RetrievalPreview(m_documents, this)), m_opener(new SourceOpener(this))
{
    setObjectName(QStringLiteral("documentsPane"));
    setAcceptDrops(true);
    m_tools->setObjectName(QStringLiteral("collectionPicker"));
    m_tools->setAccessibleName(tr("Collection"));
    m_tools->setToolTip(tr("The rag tool whose documents are shown and added to"));
    m_tools->addItems(m_documents->tools());

    m_addFiles = paneButton(tr("Add files…"), QStringLiteral("addFiles"),
                        tr("Add documents (%1); you can also drop files and folders on this pane")
                            .arg(supportedExtensions().join(QStringLiteral(", "))),
                        this);
    m_addFolder = paneButton(tr("Add folder…"), QStringLiteral("addFolder"),
                         tr("Add every document in a folder and its subfolders"), this);
    m_watch = paneButton(tr("Watch folder…"), QStringLiteral("watchFolder"),
                     tr("Add a folder and keep it in step: new and changed files are added, deleted ones removed"),
                     this);
    m_retryFailed = paneButton(tr("Retry failed"), QStringLiteral("retryFailed"),
                           tr("Queue every failed or cancelled file again"), this);
    auto *reindex = paneButton(tr("Re-index all"), QStringLiteral("reindexAll"),
                           tr("Parse, chunk and embed every stored document again"), this);

    m_filter->setObjectName(QStringLiteral("documentFilter"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setAccessibleName(tr("Filter documents by name"));
    m_filter->setClearButtonEnabled(true);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setAccessibleName(tr("Show"));
    m_stateFilter->addItems({tr("All"), tr("Stored"), tr("In progress"), tr("Problems")});

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(IngestItemModel::RawRole);
    m_proxy->setFilterKeyColumn(IngestItemModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);
    m_table->setObjectName(QStringLiteral("documentTable"));
    m_table->setAccessibleName(tr("Documents"));
    setUpRowTable(m_table, m_proxy, IngestItemModel::Added, Qt::DescendingOrder, 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(IngestItemModel::Name, QHeaderView::Interactive);
    header->resizeSection(IngestItemModel::Name, 220);
    header->setSectionResizeMode(IngestItemModel::Status, QHeaderView::Stretch);
    header->resizeSection(IngestItemModel::Type, 90);
    for (int c : {int(IngestItemModel::Pages), int(IngestItemModel::Chunks)})
        header->resizeSection(c, 70);
    header->resizeSection(IngestItemModel::Size, 90);
    header->resizeSection(IngestItemModel::Added, 140);
    m_totals->setObjectName(QStringLiteral("documentTotals"));
    m_notice->setObjectName(QStringLiteral("documentsNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto *remove = new QAction(tr("Remove"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this]() { removeSelected(); });
    m_table->addAction(remove);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        CitedPassage source;
        source.path = index.data(IngestItemModel::PathRole).toString();
        source.fileName = index.siblingAtColumn(IngestItemModel::Name).data().toString();
        QString error;
        if (!m_opener->open(source, &error))
            setNotice(error);
    });

    // Watched folders, below the table.
    m_watched->setObjectName(QStringLiteral("watchedFolders"));
    m_watched->setAccessibleName(tr("Watched folders"));
    m_watched->setMaximumHeight(70);
    m_watched->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *unwatch = new QAction(tr("Stop watching"), m_watched);
    unwatch->setShortcut(QKeySequence::Delete);
    unwatch->setShortcutContext(Qt::WidgetShortcut);
    connect(unwatch, &QAction::triggered, this, [this]() {
        const QListWidgetItem *item = m_watched->currentItem();
        if (item && !item->data(Qt::UserRole).toString().isEmpty())
            m_documents->watcher()->remove(m_tools->currentText(), item->data(Qt::UserRole).toString());
    });
    m_watched->addAction(unwatch);
    connect(m_watched, &QListWidget::customContextMenuRequested, this, [this, unwatch](const QPoint &pos) {
        if (m_watched->itemAt(pos))
            QMenu::exec({unwatch}, m_watched->viewport()->mapToGlobal(pos), nullptr, m_watched);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Collection:"), this));
    top->addWidget(m_tools);
    top->addSpacing(12);
    top->addWidget(m_addFiles);
    top->addWidget(m_addFolder);
    top->addWidget(m_watch);
    top->addStretch(1);
    top->addWidget(m_retryFailed);
    top->addWidget(reindex);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_stateFilter);

    auto *tablePart = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePart);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_totals);
    m_watchedLabel = new QLabel(tablePart);
    m_watchedLabel->setObjectName(QStringLiteral("watchedLabel"));
    tableLayout->addWidget(m_watchedLabel);
    tableLayout->addWidget(m_watched);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tablePart);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    connect(m_addFiles, &QPushButton::clicked, this, [this]() {
        QStringList patterns;
        for (const QString &ext : supportedExtensions())
            patterns << QStringLiteral("*.") + ext;
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Add documents"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Documents (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
        addPaths(files);
    });
    connect(m_addFolder, &QPushButton::clicked, this, [this]() {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Add a folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!folder.isEmpty())
            addPaths({folder});
    });
    connect(m_watch, &QPushButton::clicked, this, [this]() {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Watch a folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!folder.isEmpty())
            m_documents->watcher()->add(m_tools->currentText(), folder);
    });
    connect(m_retryFailed, &QPushButton::clicked, this, &DocumentsPane::retryFailed);
    connect(reindex, &QPushButton::clicked, this, &DocumentsPane::reindexAll);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_stateFilter, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int group) { static_cast<ItemFilter *>(m_proxy)->setGroup(group); });
    connect(m_tools, &QComboBox::currentTextChanged, this, [this]() {
        reload();
        refreshWatched();
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &DocumentsPane::showMenu);
    connect(m_progress, &IngestProgressPanel::cancelRequested, m_documents->queue(), &IngestQueue::cancel);
    connect(m_preview, &RetrievalPreview::sourceActivated, this, [this](const CitedPassage &source) {
        QString error;
        if (!m_opener->open(source, &error))
            setNotice(error);
    });
    connect(m_opener, &SourceOpener::failed, this, &DocumentsPane::setNotice);

    IngestQueue *queue = m_documents->queue();
    connect(queue, &IngestQueue::itemsChanged, this, [this](const QVector<IngestItem> &items) {
        m_model->apply(items);
        updateTotals();
    });
    connect(queue, &IngestQueue::progressChanged, m_progress, &IngestProgressPanel::setProgress);
    connect(m_documents->watcher(), &FolderWatcher::foldersChanged, this, &DocumentsPane::refreshWatched);
    m_progress->setProgress(queue->progress());
    m_totals->setText(tr("Loading…"));
    m_addControls = {m_addFiles, m_addFolder, m_watch, m_retryFailed, reindex};
    reload();
    refreshWatched();
    showWhetherThereIsACollection();
    // A stack applied in the Stack pane may add, rename or remove rag tools.
    connect(services->configIdentity(), &ConfigIdentity::changed, this, &DocumentsPane::refreshTools);
}

void DocumentsPane::showWhetherThereIsACollection()
{
    const bool any = m_tools->count() > 0;
    for (QWidget *w : std::as_const(m_addControls))
        w->setEnabled(any);
    setAcceptDrops(any);
    setNotice(any ? QString()
                  : tr("The stack has no rag tool, so there is nowhere to add documents. Add a tool with kind: rag "
                       "in the Stack pane."));
}

void DocumentsPane::refreshTools()
{
    const QString current = m_tools->currentText();
    const QStringList tools = m_documents->tools();
    QStringList shown;
    for (int i = 0; i < m_tools->count(); ++i)
        shown << m_tools->itemText(i);
    if (tools == shown)
        return;
    {
        const QSignalBlocker block(m_tools);
        m_tools->clear();
        m_tools->addItems(tools);
        m_tools->setCurrentIndex(qMax(0, tools.indexOf(current)));
    }
    showWhetherThereIsACollection();
    if (m_tools->currentText() != current)
        reload();
}

void DocumentsPane::reload()
{
    const QString tool = m_tools->currentText();
    if (tool.isEmpty())
        return;
    const int generation = ++m_generation;
    whenReady(this, m_documents->items(tool), [this, tool, generation](const Outcome<QVector<IngestItem>> &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            setNotice(tr("The documents of %1 could not be listed: %2").arg(tool, r.error));
            m_model->setItems(tool, {});
        } else {
            m_model->setItems(tool, r.value);
        }
        updateTotals();
        Q_EMIT loaded(m_model->rowCount());
    });
}

void DocumentsPane::updateTotals()
{
    const IngestItemModel::Totals t = m_model->totals();
    const QLocale locale;
    QString text = tr("%n document(s)", nullptr, t.documents) + QStringLiteral(" · ") +
                   tr("%1 chunks").arg(locale.toString(t.chunks)) + QStringLiteral(" · ") +
                   locale.formattedDataSize(t.bytes, 1, QLocale::DataSizeTraditionalFormat);
    if (t.inProgress > 0)
        text += QStringLiteral(" · ") + tr("%n in progress", nullptr, t.inProgress);
    if (t.failed > 0)
        text += QStringLiteral(" · ") + tr("%n failed or cancelled", nullptr, t.failed);
    if (t.skipped > 0)
        text += QStringLiteral(" · ") + tr("%n skipped", nullptr, t.skipped);
    m_totals->setText(text);
    m_retryFailed->setEnabled(t.failed > 0);
}

void DocumentsPane::setNotice(const QString &message)
{
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
}

void DocumentsPane::addPaths(const QStringList &paths)
{
    if (paths.isEmpty() || m_tools->currentText().isEmpty())
        return;
    m_documents->queue()->enqueue(m_tools->currentText(), paths);
    setNotice(QString());
}

QVector<qint64> DocumentsPane::selectedIds() const
{
    QVector<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids << row.data(IngestItemModel::IdRole).toLongLong();
    return ids;
}

void DocumentsPane::removeSelected(bool confirm)
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (confirm) {
        const auto answer = QMessageBox::question(
            this, tr("Remove documents"),
            tr("Remove %n document(s) from %1? Their passages leave the collection, so answers no longer cite "
               "them. The files on disk stay.",
               nullptr, int(ids.size()))
                .arg(m_tools->currentText()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    whenReady(this, m_documents->remove(ids), [this](const QString &error) {
        if (!error.isEmpty())
            setNotice(error);
        m_documents->queue()->publish();
    });
}

void DocumentsPane::retrySelected()
{
    m_documents->queue()->retry(selectedIds());
}

void DocumentsPane::reindexSelected()
{
    m_documents->queue()->reindex(selectedIds());
}

void DocumentsPane::retryFailed()
{
    QVector<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->itemAt(row).canRetry())
            ids << m_model->itemAt(row).id;
    m_documents->queue()->retry(ids);
}

void DocumentsPane::reindexAll()
{
    QVector<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const IngestItem &item = m_model->itemAt(row);
        if (item.state == IngestItem::State::Stored && !item.path.startsWith(QLatin1String("document:")))
            ids << item.id;
    }
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Re-index all"),
        tr("Parse, chunk and embed %n document(s) again? Until each one is stored again, answers keep using the "
           "stored version.",
           nullptr, int(ids.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_documents->queue()->reindex(ids);
}

void DocumentsPane::showMenu(const QPoint &pos)
{
    // From the mouse: the rows under it; from the keyboard (the menu key): the selected rows.
    if (!m_table->indexAt(pos).isValid() && selectedIds().isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Retry"), this, &DocumentsPane::retrySelected);
    menu.addAction(tr("Re-index"), this, &DocumentsPane::reindexSelected);
    menu.addSeparator();
    menu.addAction(tr("Remove…"), this, [this]() { removeSelected(); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void DocumentsPane::refreshWatched()
{
    m_watched->clear();
    for (const auto &[tool, folder] : m_documents->watcher()->folders()) {
        if (tool != m_tools->currentText())
            continue;
        auto *item = new QListWidgetItem(folder, m_watched);
        item->setData(Qt::UserRole, folder);
        item->setToolTip(tr("Watched: new and changed files are added, deleted ones removed (Del stops watching)"));
    }
    const bool none = m_watched->count() == 0;
    m_watched->setVisible(!none);
    m_watchedLabel->setText(none ? tr("Watched folders: none. “Watch folder…” keeps a folder in step with the "
                                      "collection.")
                                 : tr("Watched folders (new and changed files are added, deleted ones removed):"));
}

void DocumentsPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DocumentsPane::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addPaths(paths);
}

} // namespace aistack
