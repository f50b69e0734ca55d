#include "feedbackpane.h"

#include "common/futurewatch.h"
#include "conversationreader.h"
#include "desktopservices.h"
#include "feedback/desktopfeedback.h"
#include "feedbackdetail.h"
#include "feedbackmodel.h"
#include "feedbackproxymodel.h"
#include "widgets/palettecolors.h"
#include "widgets/panebutton.h"
#include "widgets/rowtable.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace aistack {

namespace {
} // namespace

FeedbackPane::FeedbackPane(DesktopServices *services, QWidget *parent)
    : QWidget(parent), m_feedback(services->feedbackBrowser()), m_search(new QLineEdit(this)),
      m_sentiment(new QComboBox(this)), m_category(new QComboBox(this)), m_user(new QComboBox(this)),
      m_fromOn(new QCheckBox(tr("From"), this)), m_from(new QDateEdit(this)), m_toOn(new QCheckBox(tr("To"), this)),
      m_to(new QDateEdit(this)),
      m_clear(paneButton(tr("Clear filters"), QStringLiteral("feedbackClearFilters"), tr("Show every row"), this)),
      m_open(paneButton(tr("Open conversation"), QStringLiteral("feedbackOpen"),
                    tr("The desktop user's conversations open in Chat; others' read only (Enter)"), this)),
      m_delete(paneButton(tr("Delete…"), QStringLiteral("feedbackDelete"),
                      tr("Delete the selected feedback and its file (Del)"), this)),
      m_exportCsv(paneButton(tr("Export CSV…"), QStringLiteral("feedbackExportCsv"),
                         tr("Save the rows shown as comma-separated values"), this)),
      m_exportJsonl(paneButton(tr("Export JSON Lines…"), QStringLiteral("feedbackExportJsonl"),
                           tr("Save the rows shown as JSON, one object per line"), this)),
      m_reload(paneButton(tr("Reload"), QStringLiteral("feedbackReload"),
                      tr("Read the feedback from the database again (F5)"), this)),
      m_table(new QTableView(this)), m_model(new FeedbackModel(this)), m_proxy(new FeedbackProxyModel(m_model, this)),
      m_detail(new FeedbackDetail(this)), m_count(new QLabel(this)), m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("feedbackPane"));

    m_search->setObjectName(QStringLiteral("feedbackSearch"));
    m_search->setAccessibleName(tr("Search feedback"));
    m_search->setPlaceholderText(tr("Search questions, answers, comments, users… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    m_sentiment->setObjectName(QStringLiteral("feedbackSentimentFilter"));
    m_sentiment->setAccessibleName(tr("Thumbs"));
    m_sentiment->addItem(tr("Any thumbs"), int(FeedbackProxyModel::Sentiment::Any));
    m_sentiment->addItem(QIcon(QStringLiteral(":/icons/icons/thumb-up.svg")), tr("Thumbs up"),
                         int(FeedbackProxyModel::Sentiment::Up));
    m_sentiment->addItem(QIcon(QStringLiteral(":/icons/icons/thumb-down.svg")), tr("Thumbs down"),
                         int(FeedbackProxyModel::Sentiment::Down));
    m_sentiment->addItem(tr("No thumbs"), int(FeedbackProxyModel::Sentiment::None));
    m_category->setObjectName(QStringLiteral("feedbackCategoryFilter"));
    m_category->setAccessibleName(tr("Category"));
    m_user->setObjectName(QStringLiteral("feedbackUserFilter"));
    m_user->setAccessibleName(tr("User"));
    for (QComboBox *combo : {m_sentiment, m_category, m_user}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_search->setMinimumWidth(180);

    const QDate today = QDate::currentDate();
    for (auto [check, edit, name, initial] :
         {std::tuple{m_fromOn, m_from, QStringLiteral("feedbackFrom"), today.addDays(-30)},
          std::tuple{m_toOn, m_to, QStringLiteral("feedbackTo"), today}}) {
        check->setObjectName(name + QStringLiteral("On"));
        check->setToolTip(edit == m_from ? tr("Only feedback given on this day or later")
                                         : tr("Only feedback given on this day or earlier"));
        edit->setObjectName(name);
        edit->setAccessibleName(edit == m_from ? tr("From day") : tr("To day"));
        edit->setCalendarPopup(true);
        edit->setDate(initial);
        edit->setEnabled(false);
        if (auto *field = edit->findChild<QLineEdit *>())
            field->setAccessibleName(edit->accessibleName());
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &FeedbackPane::applyFilters);
        connect(edit, &QDateEdit::dateChanged, this, &FeedbackPane::applyFilters);
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_sentiment);
    filters->addWidget(m_category);
    filters->addWidget(m_user);
    filters->addWidget(m_fromOn);
    filters->addWidget(m_from);
    filters->addWidget(m_toOn);
    filters->addWidget(m_to);
    filters->addWidget(m_clear);

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_open, m_delete, m_exportCsv, m_exportJsonl})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_reload);
    m_count->setObjectName(QStringLiteral("feedbackCount"));
    m_count->setTextFormat(Qt::RichText);

    m_table->setObjectName(QStringLiteral("feedbackTable"));
    m_table->setAccessibleName(tr("Feedback"));
    setUpRowTable(m_table, m_proxy, FeedbackModel::Time, Qt::DescendingOrder, 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    // Room for a time and a configuration id as this font draws them; the answer takes what is left.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int timeWidth = metrics.horizontalAdvance(QLocale().toString(
                              QDateTime(QDate(2026, 12, 28), QTime(23, 58)),
                              QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"))) + 34;
    const int idWidth = metrics.horizontalAdvance(QStringLiteral("0123456789ab")) + 16;
    const int conversationWidth =
        qMax(metrics.horizontalAdvance(QStringLiteral("\u202601234567")),
             header->fontMetrics().horizontalAdvance(m_model->headerData(FeedbackModel::Conversation, Qt::Horizontal,
                                                                         Qt::DisplayRole)
                                                         .toString())) +
        20;
    const int widths[FeedbackModel::ColumnCount] = {timeWidth, 100, conversationWidth,
                                                    56, 120, 180, 200, 120, idWidth};
    for (int c = 0; c < FeedbackModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    header->setSectionResizeMode(FeedbackModel::Answer, QHeaderView::Stretch);

    m_notice->setObjectName(QStringLiteral("feedbackNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("feedbackSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({420, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);

    setFocusProxy(m_table);
    m_table->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, this, &FeedbackPane::applyFilters);
    for (QComboBox *combo : {m_sentiment, m_category, m_user})
        connect(combo, &QComboBox::currentIndexChanged, this, &FeedbackPane::applyFilters);
    connect(m_clear, &QPushButton::clicked, this, &FeedbackPane::clearFilters);
    connect(m_open, &QPushButton::clicked, this, &FeedbackPane::openCurrentConversation);
    connect(m_delete, &QPushButton::clicked, this, [this]() { deleteSelected(); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this]() { exportWithDialog(FeedbackFormat::Csv); });
    connect(m_exportJsonl, &QPushButton::clicked, this, [this]() { exportWithDialog(FeedbackFormat::JsonLines); });
    connect(m_reload, &QPushButton::clicked, this, &FeedbackPane::reload);
    connect(m_table, &QTableView::customContextMenuRequested, this, &FeedbackPane::showMenu);
    connect(m_table, &QTableView::activated, this, &FeedbackPane::openCurrentConversation);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FeedbackPane::updateDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        const bool any = m_table->selectionModel()->hasSelection();
        m_delete->setEnabled(any);
        m_open->setEnabled(m_table->currentIndex().isValid());
    });
    // The count follows the rows shown, once per turn of the event loop however many changes came.
    m_countLater.setSingleShot(true);
    m_countLater.setInterval(0);
    connect(&m_countLater, &QTimer::timeout, this, &FeedbackPane::updateCount);
    const auto countLater = [this]() { m_countLater.start(); };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, countLater);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, countLater);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, countLater);
    m_delete->setEnabled(false);
    m_open->setEnabled(false);

    const auto shortcut = [this](const QKeySequence &keys, auto fn) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, fn);
        addAction(action);
    };
    shortcut(QKeySequence::Find, [this]() {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    shortcut(QKeySequence::Refresh, [this]() { reload(); });

    if (FeedbackEvents *events = m_feedback->events()) {
        const auto queue = [this](const QString &id, std::optional<FeedbackEntry> entry) {
            if (m_generation == 0)
                return; // not loaded yet: the first load, when the pane is first shown, reads it
            m_pending.push_back({id, std::move(entry)});
            if (!m_loading && !m_applyPending.isActive())
                m_applyPending.start();
        };
        connect(events, &FeedbackEvents::added, this, [queue](const FeedbackEntry &e) { queue(e.id, e); });
        connect(events, &FeedbackEvents::removed, this, [queue](const QString &id) { queue(id, std::nullopt); });
    }
    // Changes that come in a burst (an API client posting many) reach the table together.
    m_applyPending.setSingleShot(true);
    m_applyPending.setInterval(30);
    connect(&m_applyPending, &QTimer::timeout, this, &FeedbackPane::applyPending);
    refreshChoices();
}

void FeedbackPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_generation == 0) // read when first wanted, not at every start of the app
        reload();
}

void FeedbackPane::applyPending()
{
    if (m_loading || m_pending.isEmpty())
        return;
    QVector<FeedbackEntry> added;
    for (const auto &[id, entry] : std::as_const(m_pending)) {
        if (entry) {
            added.push_back(*entry);
        } else {
            m_model->add(added); // in order: an entry added, then removed, goes
            added.clear();
            m_model->remove(id);
        }
    }
    m_model->add(added);
    // The filters' lists change only for a user or a category not seen before.
    bool unseen = false;
    for (const auto &[id, entry] : std::as_const(m_pending)) {
        if (!entry)
            continue;
        unseen = unseen || m_user->findData(entry->userId) < 0;
        for (const QString &c : entry->categories.value_or(QStringList()))
            unseen = unseen || (entry->problem.isEmpty() && m_category->findData(c) < 0);
    }
    m_pending.clear();
    if (unseen)
        refreshChoices();
    updateCount();
    if (!m_detail->entryId().isEmpty() && m_model->rowOf(m_detail->entryId()) < 0)
        updateDetail(); // the entry shown is gone
}

ConversationReader *FeedbackPane::reader() const
{
    return m_reader.data();
}

void FeedbackPane::reload()
{
    const int generation = ++m_generation;
    m_loading = true;
    m_applyPending.stop();
    m_pending.clear();
    m_count->setText(tr("Loading…"));
    whenReady(this, m_feedback->list(), [this, generation](const Outcome<QVector<FeedbackEntry>> &r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!r.ok()) {
            setNotice(tr("The feedback could not be read: %1").arg(r.error));
            updateCount();
            return;
        }
        const QString current = m_detail->entryId();
        m_model->setEntries(r.value);
        applyPending();
        refreshChoices();
        setNotice(QString());
        const int row = m_model->rowOf(current);
        if (row >= 0)
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
        updateCount();
        updateDetail();
        Q_EMIT loaded(m_model->rowCount());
    });
}

void FeedbackPane::refreshChoices()
{
    const auto fill = [](QComboBox *combo, const QString &anyText, const QStringList &values,
                         const std::function<QString(const QString &)> &label) {
        const QString chosen = combo->currentData().toString();
        QStringList had;
        for (int i = 1; i < combo->count(); ++i)
            had << combo->itemData(i).toString();
        if (combo->count() > 0 && had == values)
            return;
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(anyText, QString());
        for (const QString &v : values)
            combo->addItem(label(v), v);
        combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
    };
    fill(m_category, tr("Any category"), m_model->categories(), &FeedbackModel::categoryLabel);
    const QString desktop = m_feedback->desktopUserId();
    fill(m_user, tr("Any user"), m_model->users(), [desktop](const QString &user) {
        return user == desktop ? tr("%1 (desktop)").arg(user) : user;
    });
}

void FeedbackPane::applyFilters()
{
    FeedbackProxyModel::Criteria criteria;
    criteria.sentiment = FeedbackProxyModel::Sentiment(m_sentiment->currentData().toInt());
    criteria.category = m_category->currentData().toString();
    criteria.user = m_user->currentData().toString();
    criteria.from = m_fromOn->isChecked() ? m_from->date() : QDate();
    criteria.to = m_toOn->isChecked() ? m_to->date() : QDate();
    criteria.text = m_search->text();
    m_proxy->setCriteria(criteria);
    updateCount();
    updateDetail();
}

void FeedbackPane::clearFilters()
{
    const std::initializer_list<QWidget *> filters{m_search, m_sentiment, m_category, m_user,
                                                   m_fromOn, m_from,      m_toOn,     m_to};
    for (QWidget *w : filters)
        w->blockSignals(true);
    m_search->clear();
    m_sentiment->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    m_user->setCurrentIndex(0);
    m_fromOn->setChecked(false);
    m_toOn->setChecked(false);
    m_from->setDate(QDate::currentDate().addDays(-30));
    m_to->setDate(QDate::currentDate());
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    for (QWidget *w : filters)
        w->blockSignals(false);
    applyFilters();
}

QString FeedbackPane::countText() const
{
    int up = 0;
    int down = 0;
    const int shown = m_proxy->rowCount();
    for (int i = 0; i < shown; ++i) {
        const FeedbackEntry &e = m_model->entryAt(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
        if (e.sentiment)
            (*e.sentiment > 0 ? up : down)++;
    }
    return tr("%1 of %2 shown, %3 👍 / %4 👎").arg(shown).arg(m_model->rowCount()).arg(up).arg(down);
}

void FeedbackPane::updateCount()
{
    if (m_loading)
        return;
    if (m_model->rowCount() == 0) {
        m_count->setText(m_feedback->enabled()
                             ? tr("No feedback yet. Thumbs given in Chat or sent to /v1/feedback appear here.")
                             : tr("Feedback is switched off (user_data_collection.feedback_enabled)."));
        m_count->setAccessibleName(m_count->text());
        return;
    }
    const QString plain = countText();
    // Icons instead of the emoji, which not every system has a font for.
    QString html = plain.toHtmlEscaped();
    html.replace(QStringLiteral("👍"), QStringLiteral("<img src=\":/icons/icons/thumb-up.svg\" width=\"14\" height=\"14\">"));
    html.replace(QStringLiteral("👎"), QStringLiteral("<img src=\":/icons/icons/thumb-down.svg\" width=\"14\" height=\"14\">"));
    m_count->setText(html);
    m_count->setAccessibleName(plain);
}

void FeedbackPane::updateDetail()
{
    const QModelIndex current = m_table->currentIndex();
    m_open->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_detail->clear(m_model->rowCount() == 0 ? QString()
                                                 : tr("Select a row to see the feedback in full."));
        return;
    }
    m_detail->show(m_model->entryAt(m_proxy->mapToSource(current).row()));
}

void FeedbackPane::setNotice(const QString &message, bool error)
{
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText,
                     error ? PaletteColors::error(palette()) : palette().color(QPalette::WindowText));
    m_notice->setPalette(colours);
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
}

bool FeedbackPane::eventFilter(QObject *watched, QEvent *event)
{
    // The table's own keys: Del deletes, the menu key and Shift+F10 open the current row's menu.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete)) {
            deleteSelected();
            return true;
        }
        if (key->key() == Qt::Key_Menu || (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier)) {
            showMenu(QPoint(-1, -1));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FeedbackPane::showMenu(const QPoint &pos)
{
    // From the mouse: the row under it; from the keyboard: the current row.
    const QModelIndex at = m_table->indexAt(pos);
    if (at.isValid() && !m_table->selectionModel()->isRowSelected(at.row(), {}))
        m_table->setCurrentIndex(at);
    if (!m_table->currentIndex().isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("feedbackMenu"));
    menu.addAction(tr("Open conversation"), this, &FeedbackPane::openCurrentConversation);
    menu.addAction(tr("Copy question"), this, [this]() {
        QGuiApplication::clipboard()->setText(m_model->entryAt(m_proxy->mapToSource(m_table->currentIndex()).row()).userQuestion);
    });
    menu.addSeparator();
    menu.addAction(tr("Delete…"), this, [this]() { deleteSelected(); });
    const QRect current = m_table->visualRect(m_table->currentIndex());
    menu.exec(m_table->viewport()->mapToGlobal(at.isValid() ? pos : current.bottomLeft()));
}

void FeedbackPane::openCurrentConversation()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const FeedbackEntry entry = m_model->entryAt(m_proxy->mapToSource(current).row());
    if (entry.userId == m_feedback->desktopUserId()) {
        Q_EMIT openInChat(entry.conversationId);
        return;
    }
    if (m_reader)
        m_reader->close();
    m_reader = new ConversationReader(entry.conversationId, entry.userId, this);
    m_reader->setAttribute(Qt::WA_DeleteOnClose);
    m_reader->show();
    QPointer<ConversationReader> reader = m_reader;
    whenReady(m_reader.data(), m_feedback->turns(entry.conversationId),
              [reader, question = entry.userQuestion](const Outcome<QVector<ConversationTurn>> &r) {
                  if (!reader)
                      return;
                  if (r.ok())
                      reader->showTurns(r.value, question);
                  else
                      reader->showError(tr("The conversation could not be read: %1").arg(r.error));
              });
}

void FeedbackPane::deleteSelected(bool confirm)
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(FeedbackModel::IdRole).toString();
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids << m_table->currentIndex().data(FeedbackModel::IdRole).toString();
    if (ids.isEmpty())
        return;
    if (confirm) {
        const auto answer = QMessageBox::question(
            this, tr("Delete feedback"),
            tr("Delete %n piece(s) of feedback? The rows and their files in the feedback storage are removed; "
               "this cannot be undone.",
               nullptr, int(ids.size())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    auto remaining = std::make_shared<int>(int(ids.size()));
    auto errors = std::make_shared<QStringList>();
    for (const QString &id : std::as_const(ids)) {
        // The row leaves the table with the store's "removed" event.
        whenReady(this, m_feedback->remove(id), [this, remaining, errors](const QString &error) {
            if (!error.isEmpty())
                *errors << error;
            if (--*remaining > 0)
                return;
            errors->removeDuplicates();
            const QString message = errors->join(QLatin1Char(' '));
            setNotice(message.isEmpty() ? QString() : tr("Some feedback was not deleted: %1").arg(message));
            Q_EMIT deleted(message);
        });
    }
}

void FeedbackPane::exportWithDialog(FeedbackFormat format)
{
    const bool csv = format == FeedbackFormat::Csv;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export feedback as CSV") : tr("Export feedback as JSON Lines"),
        QDir(dir).filePath(csv ? QStringLiteral("feedback.csv") : QStringLiteral("feedback.jsonl")),
        csv ? tr("CSV files (*.csv)") : tr("JSON Lines files (*.jsonl)"));
    if (!path.isEmpty())
        exportShown(format, path);
}

void FeedbackPane::exportShown(FeedbackFormat format, const QString &path)
{
    QVector<FeedbackEntry> shown;
    shown.reserve(m_proxy->rowCount());
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        shown << m_model->entryAt(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
    const int rows = int(shown.size());
    whenReady(this, m_feedback->exportTo(shown, format, path), [this, path, rows](const QString &error) {
        if (error.isEmpty())
            setNotice(tr("%n row(s) exported to %1", nullptr, rows).arg(QDir::toNativeSeparators(path)), false);
        else
            setNotice(tr("The feedback was not exported: %1").arg(error));
        Q_EMIT exported(error);
    });
}

} // namespace aistack
