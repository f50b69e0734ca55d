#include "conversationlist.h"

#include "common/futurewatch.h"
#include "conversationlistmodel.h"
#include "conversations/desktopchat.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

namespace aistack {

ConversationList::ConversationList(DesktopChat *chat, QWidget *parent)
    : QWidget(parent), m_chat(chat), m_search(new QLineEdit(this)), m_new(new QPushButton(tr("New conversation"), this)),
      m_view(new QTreeView(this)), m_model(new ConversationListModel(this))
{
    setObjectName(QStringLiteral("conversationList"));
    m_new->setObjectName(QStringLiteral("newConversation"));
    m_new->setToolTip(tr("New conversation (Ctrl+N)"));
    m_new->setAccessibleName(tr("New conversation"));
    m_search->setObjectName(QStringLiteral("conversationSearch"));
    m_search->setPlaceholderText(tr("Search conversations (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("conversations"));
    m_view->setAccessibleName(tr("Conversations"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setIndentation(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_new);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this]() { reload(m_current); });
    connect(&m_reloadDelay, &QTimer::timeout, this, [this]() { reload(m_current); });
    connect(m_new, &QPushButton::clicked, this, &ConversationList::newRequested);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = idAt(index);
        if (!id.isEmpty())
            Q_EMIT activated(id);
    });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const QString id = idAt(index);
        if (!id.isEmpty() && id != m_current)
            Q_EMIT activated(id);
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ConversationList::showMenu);
    // Enter in the search field opens the first match.
    connect(m_search, &QLineEdit::returnPressed, this, [this]() {
        const QModelIndex first = m_model->firstConversation();
        if (first.isValid()) {
            m_view->setCurrentIndex(first);
            m_view->setFocus();
            Q_EMIT activated(idAt(first));
        }
    });

    auto *rename = new QAction(tr("Rename"), m_view);
    rename->setShortcut(Qt::Key_F2);
    rename->setShortcutContext(Qt::WidgetShortcut);
    connect(rename, &QAction::triggered, this, [this]() { renameConversation(idAt(m_view->currentIndex())); });
    auto *remove = new QAction(tr("Delete"), m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this]() { deleteConversation(idAt(m_view->currentIndex())); });
    m_view->addActions({rename, remove});

    connect(m_chat->events(), &ConversationEvents::changed, this, [this](const QString &, const QString &user) {
        if (user == m_chat->userId())
            m_reloadDelay.start();
    });
    connect(m_chat->events(), &ConversationEvents::removed, this, [this](const QString &id, const QString &user) {
        if (user != m_chat->userId())
            return;
        m_reloadDelay.start();
        Q_EMIT removed(id);
    });
}

QString ConversationList::idAt(const QModelIndex &index) const
{
    return index.data(ConversationListModel::ConversationIdRole).toString();
}

void ConversationList::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ConversationList::reload(const QString &select)
{
    const int generation = ++m_generation;
    whenReady(this, m_chat->conversations(m_search->text()),
              [this, generation, select](const Outcome<QVector<ConversationSummary>> &result) {
                  if (generation != m_generation)
                      return; // a newer reload is on its way
                  if (!result.ok())
                      return Q_EMIT notice(tr("The conversations could not be read: %1").arg(result.error));
                  const bool hadFocus = m_view->hasFocus();
                  m_model->setConversations(result.value);
                  m_view->expandAll();
                  setCurrent(select);
                  if (hadFocus)
                      m_view->setFocus();
              });
}

void ConversationList::setCurrent(const QString &conversationId)
{
    m_current = conversationId;
    const QModelIndex index = m_model->indexOf(conversationId);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->clearSelection();
    }
}

void ConversationList::showMenu(const QPoint &pos)
{
    // From the mouse: the row under it; from the keyboard (the menu key): the current row.
    const QModelIndex at = m_view->indexAt(pos);
    const QString id = idAt(at.isValid() ? at : m_view->currentIndex());
    if (id.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Rename…"), this, [this, id]() { renameConversation(id); });
    menu.addAction(tr("Export as Markdown…"), this, [this, id]() { exportConversation(id, false); });
    menu.addAction(tr("Export as JSON…"), this, [this, id]() { exportConversation(id, true); });
    menu.addSeparator();
    menu.addAction(tr("Delete…"), this, [this, id]() { deleteConversation(id); });
    const QRect current = m_view->visualRect(m_view->currentIndex());
    menu.exec(m_view->viewport()->mapToGlobal(at.isValid() ? pos : current.bottomLeft()));
}

void ConversationList::renameConversation(const QString &id)
{
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Rename conversation"),
                                                tr("Title (empty: the first question):"), QLineEdit::Normal,
                                                m_model->titleOf(id), &ok);
    if (!ok)
        return;
    whenReady(this, m_chat->rename(id, title), [this](const QString &error) {
        if (!error.isEmpty()) // done: the store's "changed" event reloads the list and the open conversation
            Q_EMIT notice(tr("The conversation was not renamed: %1").arg(error));
    });
}

void ConversationList::deleteConversation(const QString &id)
{
    if (id.isEmpty())
        return;
    const QString title = m_model->titleOf(id);
    const auto answer = QMessageBox::question(
        this, tr("Delete conversation"),
        tr("Delete “%1” and all its messages? API clients will no longer find it either. This cannot be undone.")
            .arg(title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    whenReady(this, m_chat->remove(id), [this](const QString &error) {
        if (!error.isEmpty()) // done: the store's "removed" event reloads the list and tells the pane
            Q_EMIT notice(tr("The conversation was not deleted: %1").arg(error));
    });
}

void ConversationList::exportConversation(const QString &id, bool json)
{
    if (id.isEmpty())
        return;
    QString name = m_model->titleOf(id);
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral(" "));
    name = name.simplified().left(60);
    if (name.isEmpty())
        name = tr("conversation");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, json ? tr("Export as JSON") : tr("Export as Markdown"),
        folder + QLatin1Char('/') + name + (json ? QStringLiteral(".json") : QStringLiteral(".md")),
        json ? tr("JSON (*.json)") : tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    whenReady(this, m_chat->exportTo(id, json ? ExportFormat::ApiJson : ExportFormat::Markdown, path),
              [this, path](const QString &error) {
                  Q_EMIT notice(error.isEmpty() ? tr("Exported to %1").arg(path)
                                                : tr("The conversation was not exported: %1").arg(error));
              });
}

} // namespace aistack
