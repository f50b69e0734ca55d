#include "sessionspane.h"

#include "auth/desktopsessions.h"
#include "auth/sessionevents.h"
#include "common/csvfield.h"
#include "common/futurewatch.h"
#include "desktopservices.h"
#include "sessiontablemodel.h"
#include "sessionviews.h"
#include "transcriptdialog.h"
#include "widgets/backgroundsave.h"
#include "widgets/palettecolors.h"
#include "widgets/panebutton.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace aistack {

namespace {
using namespace SessionViews;
constexpr int kRawRole = SessionTableModel::RawRole;
constexpr int kIdRole = SessionTableModel::ClientIdRole;
// Beyond this many sessions reported changed at once, reading them all again is cheaper than by id.
constexpr int kReloadAbove = 2000;

QAction *shortcutAction(const QString &text, const QKeySequence &keys, Qt::ShortcutContext context,
                        QWidget *owner)
{
    auto *a = new QAction(text, owner);
    a->setShortcut(keys);
    a->setShortcutContext(context);
    owner->addAction(a);
    return a;
}
} // namespace

SessionsPane::SessionsPane(DesktopServices *services, QWidget *parent)
    : QWidget(parent), m_sessions(services->sessions()), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("sessionsPane"));
    m_tabs->setObjectName(QStringLiteral("sessionsTabs"));
    m_tabs->setAccessibleName(tr("Sessions"));
    m_tabs->addTab(buildSessionsTab(), tr("KISS sessions"));
    m_tabs->addTab(buildUsersTab(), tr("Lightspeed users"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(150);
    connect(&m_coalesce, &QTimer::timeout, this, &SessionsPane::applyPending);
    m_usersCoalesce.setSingleShot(true);
    m_usersCoalesce.setInterval(300);
    connect(&m_usersCoalesce, &QTimer::timeout, this, &SessionsPane::reloadUsers);

    connect(shortcutAction(tr("Find"), QKeySequence::Find, Qt::WidgetWithChildrenShortcut, this),
            &QAction::triggered, this, [this]() {
                QLineEdit *f = m_tabs->currentIndex() == 0 ? m_filter : m_userFilter;
                f->setFocus(Qt::ShortcutFocusReason);
                f->selectAll();
            });
    connect(shortcutAction(tr("Refresh"), QKeySequence::Refresh, Qt::WidgetWithChildrenShortcut, this),
            &QAction::triggered, this, [this]() { m_tabs->currentIndex() == 0 ? reload() : reloadUsers(); });
    connect(shortcutAction(tr("Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), Qt::WidgetWithChildrenShortcut,
                           this),
            &QAction::triggered, this, &SessionsPane::exportCurrent);

    if (!m_sessions) {
        m_tabs->setEnabled(false);
        return;
    }
    SessionEvents *events = m_sessions->events();
    connect(events, &SessionEvents::created, this, [this](const QString &id) { onSessionsChanged({id}); });
    connect(events, &SessionEvents::changed, this, &SessionsPane::onSessionsChanged);
    connect(events, &SessionEvents::ended, this, &SessionsPane::onSessionsChanged);
    ConversationEvents *conversations = m_sessions->conversationEvents();
    const auto usersChanged = [this](const QString &, const QString &userId) {
        if (!m_usersLoaded)
            return;
        if (userId == m_shownUser)
            showConversations(userId);
        m_usersCoalesce.start();
    };
    connect(conversations, &ConversationEvents::changed, this, usersChanged);
    connect(conversations, &ConversationEvents::removed, this, usersChanged);
}

QWidget *SessionsPane::buildSessionsTab()
{
    auto *tab = new QWidget(m_tabs);
    m_filter = filterBox(QStringLiteral("sessionFilter"), tr("Filter sessions"), tab);
    m_table = table(QStringLiteral("sessionTable"), tr("KISS sessions"), tab);
    DesktopSessions *sessions = m_sessions;
    m_model = new SessionTableModel(
        [sessions](const Session &s) {
            return sessions ? sessions->stateOf(s) : (s.active ? SessionState::Active : SessionState::Closed);
        },
        this);
    auto *filter = proxyFor<SessionFilter>(m_model, this);
    m_proxy = filter;
    m_show = new QComboBox(tab);
    m_show->setObjectName(QStringLiteral("sessionStateFilter"));
    m_show->setAccessibleName(tr("Show"));
    m_show->addItems({tr("All sessions"), tr("Active"), tr("Ended")});
    connect(m_show, &QComboBox::currentIndexChanged, this, [this, filter](int show) {
        filter->setShow(show);
        updateSummary();
    });
    m_table->setModel(m_proxy);
    m_table->sortByColumn(SessionTableModel::Created, Qt::DescendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_table->horizontalHeader();
    const QVector<QPair<int, int>> widths{
        {SessionTableModel::ClientId, 160},  {SessionTableModel::Scope, 75},
        {SessionTableModel::State, 65},      {SessionTableModel::Created, 90},
        {SessionTableModel::LastActive, 90}, {SessionTableModel::Stack, 92},
        {SessionTableModel::Documents, 75},  {SessionTableModel::Queries, 60},
        {SessionTableModel::Tokens, 60},     {SessionTableModel::Peer, 100},
        {SessionTableModel::Where, 70}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    header->setStretchLastSection(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateSummary();
    });

    m_close =
        paneButton(tr("Close…"), QStringLiteral("closeSession"),
                   tr("End the session's stack as the client's own close does; a temporary session ends and "
                      "its documents are deleted (Delete)"),
                   tab);
    m_revoke = paneButton(
        tr("Revoke…"), QStringLiteral("revokeSession"),
        tr("End the session for good: its token and secret are refused from now on (Shift+Delete)"), tab);
    auto *exportButton = paneButton(tr("Export…"), QStringLiteral("exportSessions"),
                                    tr("Save the list as shown as a CSV file (Ctrl+E)"), tab);
    connect(m_close, &QPushButton::clicked, this, &SessionsPane::closeCurrent);
    connect(m_revoke, &QPushButton::clicked, this, &SessionsPane::revokeCurrent);
    connect(exportButton, &QPushButton::clicked, this, &SessionsPane::exportCurrent);
    auto *close = new QAction(tr("Close…"), m_table);
    close->setShortcut(QKeySequence::Delete);
    close->setShortcutContext(Qt::WidgetShortcut);
    connect(close, &QAction::triggered, this, &SessionsPane::closeCurrent);
    m_table->addAction(close);
    auto *revoke = new QAction(tr("Revoke…"), m_table);
    revoke->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    revoke->setShortcutContext(Qt::WidgetShortcut);
    connect(revoke, &QAction::triggered, this, &SessionsPane::revokeCurrent);
    m_table->addAction(revoke);
    connect(m_table, &QTableView::customContextMenuRequested, this, &SessionsPane::showSessionMenu);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsPane::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionsPane::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &SessionsPane::updateActions);

    m_summary = new QLabel(tab);
    m_summary->setObjectName(QStringLiteral("sessionSummary"));
    m_notice = noticeLabel(QStringLiteral("sessionsNotice"), tab);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_show);
    top->addWidget(m_close);
    top->addWidget(m_revoke);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    setTabOrder(m_filter, m_show);
    setTabOrder(m_show, m_table);
    updateActions();
    return tab;
}

QWidget *SessionsPane::buildUsersTab()
{
    auto *tab = new QWidget(m_tabs);
    m_userFilter = filterBox(QStringLiteral("userFilter"), tr("Filter users"), tab);
    m_users = table(QStringLiteral("userTable"), tr("Lightspeed users"), tab);
    m_userModel = new QStandardItemModel(0, 4, this);
    m_userModel->setHorizontalHeaderLabels(
        {tr("User"), tr("Conversations"), tr("Turns"), tr("Last activity")});
    m_userProxy = proxyFor(m_userModel, this);
    m_users->setModel(m_userProxy);
    m_users->sortByColumn(3, Qt::DescendingOrder);
    m_users->horizontalHeader()->resizeSection(0, 300);
    for (int c : {1, 2})
        m_users->horizontalHeader()->resizeSection(c, 110);
    m_users->horizontalHeader()->setStretchLastSection(true);
    connect(m_userFilter, &QLineEdit::textChanged, m_userProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_users->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this]() { showConversations(currentUserId()); });

    m_conversations =
        table(QStringLiteral("conversationTable"), tr("Conversations of the selected user"), tab);
    m_conversationModel = new QStandardItemModel(0, 4, this);
    m_conversationModel->setHorizontalHeaderLabels(
        {tr("Conversation"), tr("Turns"), tr("Last message"), tr("Model")});
    auto *conversationProxy = proxyFor(m_conversationModel, this);
    m_conversations->setModel(conversationProxy);
    m_conversations->sortByColumn(2, Qt::DescendingOrder);
    m_conversations->horizontalHeader()->resizeSection(0, 420);
    m_conversations->horizontalHeader()->resizeSection(1, 70);
    m_conversations->horizontalHeader()->resizeSection(2, 150);
    m_conversations->horizontalHeader()->setStretchLastSection(true);
    connect(m_conversations, &QTableView::activated, this, &SessionsPane::openCurrentConversation);
    m_conversations->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_conversations, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex at = m_conversations->indexAt(pos);
        if (at.isValid())
            m_conversations->setCurrentIndex(at);
        if (!m_conversations->currentIndex().isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("Open"), this, &SessionsPane::openCurrentConversation);
        const QRect current = m_conversations->visualRect(m_conversations->currentIndex());
        menu.exec(m_conversations->viewport()->mapToGlobal(at.isValid() ? pos : current.bottomLeft()));
    });

    m_open = paneButton(tr("Open"), QStringLiteral("openConversation"),
                        tr("Show the conversation's turns, read-only (Enter)"), tab);
    connect(m_open, &QPushButton::clicked, this, &SessionsPane::openCurrentConversation);
    auto *exportButton = paneButton(tr("Export…"), QStringLiteral("exportUsers"),
                                    tr("Save the list of users as shown as a CSV file (Ctrl+E)"), tab);
    connect(exportButton, &QPushButton::clicked, this, &SessionsPane::exportCurrent);
    m_usersNotice = noticeLabel(QStringLiteral("usersNotice"), tab);

    auto *top = new QHBoxLayout;
    top->addWidget(m_userFilter, 1);
    top->addWidget(m_open);
    top->addWidget(exportButton);
    m_conversationsCaption = new QLabel(tr("Select a user to list their conversations."), tab);
    m_conversationsCaption->setObjectName(QStringLiteral("conversationsCaption"));
    m_conversationsCaption->setBuddy(m_conversations);
    auto *lower = new QWidget(tab);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 6, 0, 0);
    lowerLayout->addWidget(m_conversationsCaption);
    lowerLayout->addWidget(m_conversations, 1);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->setObjectName(QStringLiteral("usersSplitter"));
    splitter->addWidget(m_users);
    splitter->addWidget(lower);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_usersNotice);
    layout->addWidget(splitter, 1);
    return tab;
}

void SessionsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded && !m_loading)
        reload();
    if (!m_usersLoaded)
        reloadUsers();
}

void SessionsPane::reload()
{
    if (!m_sessions || m_loading)
        return;
    m_loading = true;
    m_pending.clear();
    whenReady(this, m_sessions->sessions(), [this](const Outcome<QVector<Session>> &result) {
        m_loading = false;
        if (!result.ok()) {
            showNotice(tr("The sessions could not be read: %1").arg(result.error), true);
            return;
        }
        m_loaded = true;
        applySessions(result.value, true);
        if (!m_pending.isEmpty())
            m_coalesce.start();
    });
}

void SessionsPane::onSessionsChanged(const QStringList &clientIds)
{
    if (!m_loaded && !m_loading)
        return; // the first reading, when the pane shows, includes them
    for (const QString &id : clientIds)
        m_pending.insert(id);
    if (!m_loading && !m_coalesce.isActive())
        m_coalesce.start();
}

void SessionsPane::applyPending()
{
    if (m_pending.isEmpty() || m_loading)
        return;
    if (m_pending.size() > kReloadAbove)
        return reload();
    const QStringList ids(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    whenReady(this, m_sessions->sessions(ids), [this](const Outcome<QVector<Session>> &result) {
        if (result.ok())
            applySessions(result.value, false);
    });
}

void SessionsPane::applySessions(const QVector<Session> &sessions, bool replace)
{
    QElapsedTimer timer;
    timer.start();
    const QString current = currentClientId();
    if (replace)
        m_model->setSessions(sessions);
    else
        m_model->apply(sessions);
    if (replace && !current.isEmpty()) {
        const int row = m_model->rowOf(current);
        if (row >= 0)
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    }
    updateSummary();
    updateActions();
    m_lastApplyMs = double(timer.nsecsElapsed()) / 1e6;
    Q_EMIT sessionsRefreshed();
}

QString SessionsPane::currentClientId() const
{
    return m_table->currentIndex().data(kIdRole).toString();
}

void SessionsPane::updateActions()
{
    const bool active = !selectedActiveIds().isEmpty();
    m_close->setEnabled(active);
    m_revoke->setEnabled(active);
}

void SessionsPane::updateSummary()
{
    int active = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        active += m_model->stateAt(r) == SessionState::Active ? 1 : 0;
    QString text =
        tr("%n session(s), %1 active", nullptr, m_model->rowCount()).arg(QLocale().toString(active));
    if (m_proxy->rowCount() != m_model->rowCount())
        text += QStringLiteral(" · ") + tr("%n shown", nullptr, m_proxy->rowCount());
    m_summary->setText(text);
}

void SessionsPane::showNotice(const QString &text, bool error)
{
    QLabel *notice = m_tabs->currentIndex() == 0 ? m_notice : m_usersNotice;
    QPalette p = notice->palette();
    p.setColor(QPalette::WindowText,
               error ? PaletteColors::error(palette()) : palette().color(QPalette::WindowText));
    notice->setPalette(p);
    notice->setText(text);
    notice->setVisible(!text.isEmpty());
}

QStringList SessionsPane::selectedActiveIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex();
    QStringList ids;
    for (const QModelIndex &index : std::as_const(rows))
        if (index.data(SessionTableModel::StateRole).toInt() == int(SessionState::Active))
            ids << index.data(kIdRole).toString();
    return ids;
}

void SessionsPane::closeCurrent()
{
    endSelected(false);
}

void SessionsPane::revokeCurrent()
{
    endSelected(true);
}

void SessionsPane::endSelected(bool revoke)
{
    const QStringList ids = selectedActiveIds();
    if (ids.isEmpty())
        return;
    QString question;
    if (revoke) {
        question =
            ids.size() == 1
                ? tr("Revoke session %1? Its token and its secret are refused from now on, on every route; "
                     "the client has to start a new session.")
                      .arg(ids.first())
                : tr("Revoke %n sessions? Their tokens and secrets are refused from now on, on every route; "
                     "the clients have to start new sessions.",
                     nullptr, int(ids.size()));
    } else if (ids.size() == 1) {
        const bool temporary =
            m_model->sessionAt(m_model->rowOf(ids.first())).scope == SessionScope::Temporary;
        question = temporary
                       ? tr("Close session %1? It ends, and its documents are deleted.").arg(ids.first())
                       : tr("Close session %1? Its stack is taken down; it keeps its documents and may "
                            "start it again.")
                             .arg(ids.first());
    } else {
        question =
            tr("Close %n sessions? Temporary ones end and their documents are deleted; persistent ones keep "
               "their documents and may start their stacks again.",
               nullptr, int(ids.size()));
    }
    const auto answer =
        QMessageBox::question(this, revoke ? tr("Revoke sessions") : tr("Close sessions"), question,
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    showNotice(QString(), false);
    for (const QString &id : ids) {
        whenReady(this, revoke ? m_sessions->revoke(id) : m_sessions->close(id),
                  [this, id, revoke](const QString &error) {
                      if (!error.isEmpty())
                          showNotice(revoke ? tr("Session %1 was not revoked: %2").arg(id, error)
                                            : tr("Session %1 was not closed: %2").arg(id, error),
                                     true);
                  });
    }
}

void SessionsPane::showSessionMenu(const QPoint &pos)
{
    // From the mouse: the row under it; from the keyboard (the menu key): the current row.
    const QModelIndex at = m_table->indexAt(pos);
    if (at.isValid() && !m_table->selectionModel()->isRowSelected(at.row(), at.parent()))
        m_table->setCurrentIndex(at);
    const QString id = currentClientId();
    if (id.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(m_close->text(), this, &SessionsPane::closeCurrent)->setEnabled(m_close->isEnabled());
    menu.addAction(m_revoke->text(), this, &SessionsPane::revokeCurrent)->setEnabled(m_revoke->isEnabled());
    menu.addSeparator();
    menu.addAction(tr("Copy client ID"), this, [id]() { QApplication::clipboard()->setText(id); });
    const QRect current = m_table->visualRect(m_table->currentIndex());
    menu.exec(m_table->viewport()->mapToGlobal(at.isValid() ? pos : current.bottomLeft()));
}

QFuture<QString> SessionsPane::exportCsv(const QString &path) const
{
    const QAbstractItemModel *model = m_tabs->currentIndex() == 0 ? m_proxy : m_userProxy;
    return saveInBackground(path, csvOf(model));
}

void SessionsPane::exportCurrent()
{
    const bool sessions = m_tabs->currentIndex() == 0;
    const QString path = QFileDialog::getSaveFileName(
        this, sessions ? tr("Export sessions") : tr("Export users"),
        sessions ? QStringLiteral("kiss-sessions.csv") : QStringLiteral("lightspeed-users.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    whenReady(this, exportCsv(path), [this](const QString &error) {
        if (!error.isEmpty())
            showNotice(tr("The list was not saved: %1").arg(error), true);
    });
}

void SessionsPane::reloadUsers()
{
    if (!m_sessions)
        return;
    whenReady(this, m_sessions->users(), [this](const Outcome<QVector<ConversationUser>> &result) {
        if (!result.ok()) {
            showNotice(tr("The users could not be read: %1").arg(result.error), true);
            return;
        }
        m_usersLoaded = true;
        setUsers(result.value);
    });
}

void SessionsPane::setUsers(const QVector<ConversationUser> &users)
{
    const QString current = currentUserId();
    m_userModel->removeRows(0, m_userModel->rowCount());
    const QLocale locale;
    for (const ConversationUser &u : users) {
        QList<QStandardItem *> row{
            item(u.userId, u.userId), item(locale.toString(u.conversations), u.conversations),
            item(locale.toString(u.turns), u.turns), item(timeText(u.lastActivity), u.lastActivity)};
        row[1]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[2]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_userModel->appendRow(row);
    }
    const QModelIndexList match =
        m_userProxy->match(m_userProxy->index(0, 0), kRawRole, current, 1, Qt::MatchExactly);
    if (!match.isEmpty())
        m_users->setCurrentIndex(match.first());
    else if (current.isEmpty() && m_userProxy->rowCount() > 0)
        m_users->setCurrentIndex(m_userProxy->index(0, 0));
    Q_EMIT usersRefreshed();
}

QString SessionsPane::currentUserId() const
{
    const QModelIndex current = m_users->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(kRawRole).toString() : QString();
}

void SessionsPane::showConversations(const QString &userId)
{
    m_shownUser = userId;
    if (userId.isEmpty()) {
        m_conversationModel->removeRows(0, m_conversationModel->rowCount());
        m_conversationsCaption->setText(tr("Select a user to list their conversations."));
        return;
    }
    m_conversationsCaption->setText(
        tr("Conversations of %1 (Enter opens the selected one, read-only)").arg(userId));
    whenReady(this, m_sessions->conversations(userId),
              [this, userId](const Outcome<QVector<ConversationSummary>> &result) {
                  if (userId != m_shownUser)
                      return;
                  if (!result.ok())
                      return showNotice(tr("The conversations could not be read: %1").arg(result.error),
                                        true);
                  setConversations(result.value);
              });
}

void SessionsPane::setConversations(const QVector<ConversationSummary> &rows)
{
    const QString current =
        m_conversations->currentIndex().siblingAtColumn(0).data(SessionTableModel::ClientIdRole).toString();
    m_conversationModel->removeRows(0, m_conversationModel->rowCount());
    const QLocale locale;
    for (const ConversationSummary &summary : rows) {
        const ConversationRow &c = summary.row;
        const QString title = summary.title.isEmpty() ? c.id : summary.title;
        auto *first = item(title, title);
        first->setData(c.id, SessionTableModel::ClientIdRole);
        first->setToolTip(c.id);
        QList<QStandardItem *> row{first, item(locale.toString(c.messageCount), c.messageCount),
                                   item(timeText(c.lastMessageAt), c.lastMessageAt),
                                   item(c.lastUsedModel, c.lastUsedModel)};
        row[1]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_conversationModel->appendRow(row);
    }
    auto *proxy = m_conversations->model();
    const QModelIndexList match =
        proxy->match(proxy->index(0, 0), SessionTableModel::ClientIdRole, current, 1, Qt::MatchExactly);
    m_conversations->setCurrentIndex(match.isEmpty() ? proxy->index(0, 0) : match.first());
}

void SessionsPane::openCurrentConversation()
{
    const QModelIndex current = m_conversations->currentIndex().siblingAtColumn(0);
    const QString id = current.data(SessionTableModel::ClientIdRole).toString();
    if (id.isEmpty())
        return;
    auto *dialog = new TranscriptDialog(current.data(Qt::DisplayRole).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    whenReady(dialog, m_sessions->turns(id), [dialog](const Outcome<QVector<ConversationTurn>> &result) {
        result.ok() ? dialog->setTurns(result.value) : dialog->setError(result.error);
    });
    dialog->open();
}

} // namespace aistack
