#include "chatpane.h"

#include "common/futurewatch.h"
#include "composer.h"
#include "config/appconfig.h"
#include "conversationlist.h"
#include "desktopservices.h"
#include "feedbackdialog.h"
#include "messagelist.h"
#include "sourceopener.h"
#include "turnwidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace aistack {

ChatPane::ChatPane(DesktopServices *services, QWidget *parent)
    : QWidget(parent), m_chat(services->chat()), m_list(new ConversationList(m_chat, this)),
      m_title(new QLabel(this)), m_empty(new QLabel(this)), m_messages(new MessageList(this)),
      m_composer(new Composer(this)), m_notice(new QLabel(this)), m_splitter(new QSplitter(this)),
      m_opener(new SourceOpener(this))
{
    setObjectName(QStringLiteral("chatPane"));
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(false);
    m_empty->setObjectName(QStringLiteral("emptyChat"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setObjectName(QStringLiteral("chatNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(8000);
    connect(&m_noticeTimer, &QTimer::timeout, m_notice, &QLabel::hide);

    auto *right = new QWidget(this);
    auto *stack = new QWidget(right);
    auto *stackLayout = new QStackedLayout(stack);
    stackLayout->addWidget(m_empty);
    stackLayout->addWidget(m_messages);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_title->setContentsMargins(12, 4, 12, 6);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(stack, 1);
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(m_composer);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 900});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
    setFocusProxy(m_composer->editor());

    auto updateEmpty = [this, stackLayout]() {
        stackLayout->setCurrentWidget(m_messages->turnCount() > 0 ? static_cast<QWidget *>(m_messages)
                                                                  : m_empty);
    };
    connect(this, &ChatPane::conversationShown, this, updateEmpty);
    connect(m_messages, &MessageList::regenerateRequested, this, [this](int) { regenerateLast(); });
    connect(m_messages, &MessageList::editRequested, this, [this](int) { editLast(); });
    connect(m_messages, &MessageList::approvalGiven, this, [this](int index, int choice) {
        if (!m_turn || index != m_streamIndex)
            return;
        TurnView t = m_messages->turnAt(index);
        t.awaitingApproval.clear();
        for (ToolRun &r : t.details.toolRuns)
            if (r.durationMs == -2)
                r.durationMs = -1; // running, or about to be told it was not allowed
        m_messages->updateTurn(index, t);
        m_turn->answerApproval(choice == 0   ? ChatTurn::Approval::Allow
                               : choice == 1 ? ChatTurn::Approval::AllowAlways
                                             : ChatTurn::Approval::Deny);
    });
    connect(m_messages, &MessageList::retryRequested, this, [this](int index) {
        const QString question = m_messages->turnAt(index).question;
        m_messages->removeLast();
        ask(question);
    });
    connect(m_messages, &MessageList::feedbackRequested, this, &ChatPane::giveFeedback);
    connect(m_messages, &MessageList::versionRequested, this, [this](int index, int version) {
        if (index < 0 || index >= m_view.turns.size() || isAnswering())
            return;
        whenReady(this, m_chat->selectVersion(m_current, m_view.turns[index].id, version),
                  [this](const QString &error) {
                      if (!error.isEmpty())
                          setNotice(tr("That version could not be shown: %1").arg(error));
                      load(m_current, true);
                  });
    });
    connect(m_messages, &MessageList::sourceActivated, this, [this](const CitedPassage &source) {
        QString error;
        if (!m_opener->open(source, &error))
            setNotice(error);
    });
    connect(m_opener, &SourceOpener::failed, this, &ChatPane::setNotice);
    connect(m_composer, &Composer::sendRequested, this, &ChatPane::ask);
    connect(m_composer, &Composer::stopRequested, this, &ChatPane::stop);
    connect(m_composer, &Composer::editCancelled, this, [this]() { m_composer->setText(QString()); });
    connect(m_composer->useDocuments(), &QCheckBox::toggled, this, [this](bool on) {
        if (m_current.isEmpty() || m_view.row.useDocuments == on)
            return;
        m_view.row.useDocuments = on;
        whenReady(this, m_chat->setUseDocuments(m_current, on), [this](const QString &error) {
            if (!error.isEmpty())
                setNotice(tr("The switch was not kept: %1").arg(error));
        });
    });
    connect(m_list, &ConversationList::activated, this, &ChatPane::openConversation);
    connect(m_list, &ConversationList::newRequested, this, &ChatPane::newConversation);
    connect(m_list, &ConversationList::notice, this, &ChatPane::setNotice);
    connect(m_list, &ConversationList::removed, this, [this](const QString &id) {
        if (id == m_current && !isAnswering())
            newConversation();
    });
    // A turn an API client added to the open conversation shows up without a restart.
    connect(m_chat->events(), &ConversationEvents::changed, this,
            [this](const QString &id, const QString &user) {
                if (id == m_current && user == m_chat->userId() && !isAnswering())
                    load(id, true);
            });

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this]() { newConversation(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this]() { m_list->focusSearch(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this]() { copyLastAnswer(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this]() {
        if (isAnswering())
            stop();
        else if (m_composer->isEditing()) {
            m_composer->setEditing(false);
            m_composer->setText(QString());
        }
    });

    loadModels();
    m_list->reload();
    newConversation();
}

bool ChatPane::isAnswering() const
{
    return m_turn && m_turn->isRunning();
}

void ChatPane::setNotice(const QString &message)
{
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
    m_noticeTimer.start();
}

void ChatPane::setBusy(bool busy)
{
    m_composer->setBusy(busy);
    for (int i = 0; i < m_messages->turnCount(); ++i) {
        TurnView t = m_messages->turnAt(i);
        if (t.busy != busy) {
            t.busy = busy;
            m_messages->updateTurn(i, t);
        }
    }
}

void ChatPane::loadModels()
{
    whenReady(this, m_chat->models(), [this](const Outcome<QVector<CatalogModel>> &result) {
        QComboBox *picker = m_composer->modelPicker();
        picker->clear();
        if (!result.ok()) {
            setNotice(tr("The models could not be listed: %1").arg(result.error));
            return;
        }
        for (const CatalogModel &m : result.value) {
            picker->addItem(m.identifier(), QStringList{m.providerId, m.model});
            if (m.providerId == ModelCatalog::extractiveProvider() &&
                m.model == ModelCatalog::extractiveModel())
                picker->setItemData(
                    picker->count() - 1,
                    tr("No language model: answers quote the passages of your documents that best "
                       "match. Add a model to a stack tool (ai_client) for real answers."),
                    Qt::ToolTipRole);
        }
        if (result.value.isEmpty())
            picker->addItem(tr("No model configured"));
        if (!m_view.row.lastUsedModel.isEmpty())
            picker->setCurrentIndex(
                picker->findText(m_view.row.lastUsedProvider + QLatin1Char('/') + m_view.row.lastUsedModel));
        if (picker->currentIndex() < 0)
            picker->setCurrentIndex(0);
        m_empty->setText(
            tr("Ask a question below.\n\nAnswers come from %1; with “Use my documents” on, from the "
               "documents added in the Documents pane too, with their sources under each answer.")
                .arg(picker->currentText()));
    });
}

void ChatPane::newConversation()
{
    if (isAnswering())
        return setNotice(tr("Stop the answer first (Esc)."));
    ++m_loadGeneration;
    m_current.clear();
    m_view = ConversationView();
    m_title->setText(tr("New conversation"));
    m_messages->setTurns({});
    m_composer->setEditing(false);
    m_composer->useDocuments()->setChecked(true);
    m_list->setCurrent(QString());
    m_composer->editor()->setFocus();
    Q_EMIT conversationShown(QString(), 0);
}

void ChatPane::openConversation(const QString &id)
{
    if (id == m_current)
        return;
    if (isAnswering()) {
        m_list->setCurrent(m_current);
        return setNotice(tr("Stop the answer first (Esc)."));
    }
    m_composer->setEditing(false);
    load(id, false);
}

void ChatPane::load(const QString &id, bool inPlace)
{
    const int generation = ++m_loadGeneration;
    whenReady(this, m_chat->open(id),
              [this, id, generation, inPlace](const Outcome<ConversationView> &result) {
                  if (generation != m_loadGeneration)
                      return; // the person went on to another conversation meanwhile
                  if (!result.ok()) {
                      setNotice(result.error);
                      if (id == m_current)
                          newConversation();
                      return;
                  }
                  show(result.value, inPlace && id == m_current);
              });
}

TurnView ChatPane::viewOf(int index) const
{
    const ConversationTurn &t = m_view.turns[index];
    TurnView v;
    v.turnId = t.id;
    v.question = t.userMessage;
    v.answer = t.assistantMessage;
    v.model = t.provider + QLatin1Char('/') + t.model;
    v.details = t.answer;
    v.configId = t.configId;
    v.versionCount = t.versionCount();
    v.selectedVersion = t.selectedVersion;
    v.last = index == m_view.turns.size() - 1;
    v.busy = isAnswering();
    for (const FeedbackEntry &f : m_view.feedback)
        if (f.llmResponse == t.assistantMessage && f.sentiment)
            v.sentiment = *f.sentiment > 0 ? 1 : -1;
    return v;
}

void ChatPane::show(const ConversationView &view, bool inPlace)
{
    m_view = view;
    m_current = view.row.id;
    m_title->setText(view.title);
    m_title->setToolTip(view.title);
    QVector<TurnView> turns;
    for (int i = 0; i < view.turns.size(); ++i)
        turns << viewOf(i);
    if (inPlace && m_messages->turnCount() == turns.size()) {
        for (int i = 0; i < turns.size(); ++i)
            m_messages->updateTurn(i, turns[i]);
    } else if (inPlace && m_messages->turnCount() < turns.size() && m_messages->turnCount() > 0) {
        for (int i = 0; i < m_messages->turnCount(); ++i)
            m_messages->updateTurn(i, turns[i]);
        for (int i = m_messages->turnCount(); i < turns.size(); ++i)
            m_messages->appendTurn(turns[i]);
    } else {
        m_messages->setTurns(turns);
    }
    const QSignalBlocker block(m_composer->useDocuments());
    m_composer->useDocuments()->setChecked(view.row.useDocuments);
    QComboBox *picker = m_composer->modelPicker();
    const int model = picker->findText(view.row.lastUsedProvider + QLatin1Char('/') + view.row.lastUsedModel);
    if (model >= 0)
        picker->setCurrentIndex(model);
    m_list->setCurrent(m_current);
    Q_EMIT conversationShown(m_current, int(turns.size()));
}

ChatAsk ChatPane::baseAsk() const
{
    ChatAsk a;
    a.conversationId = m_current;
    const QStringList model = m_composer->modelPicker()->currentData().toStringList();
    if (model.size() == 2) {
        a.provider = model[0];
        a.model = model[1];
    }
    a.useDocuments = m_composer->useDocuments()->isChecked();
    return a;
}

void ChatPane::ask(const QString &question)
{
    if (isAnswering() || question.trimmed().isEmpty())
        return;
    ChatAsk a = baseAsk();
    a.question = question.trimmed();
    const bool redo = m_composer->isEditing() && !m_view.turns.isEmpty();
    a.redoLastTurn = redo;
    m_composer->setEditing(false);
    m_composer->setText(QString());
    startTurn(a, redo);
}

void ChatPane::regenerateLast()
{
    if (isAnswering() || m_view.turns.isEmpty())
        return;
    ChatAsk a = baseAsk();
    a.question = m_view.turns.last().userMessage;
    a.redoLastTurn = true;
    startTurn(a, true);
}

void ChatPane::editLast()
{
    if (isAnswering() || m_view.turns.isEmpty())
        return;
    m_composer->setEditing(true);
    m_composer->setText(m_view.turns.last().userMessage);
    m_composer->editor()->setFocus();
}

void ChatPane::startTurn(const ChatAsk &ask, bool redo)
{
    m_redo = redo;
    TurnView pending;
    pending.question = ask.question;
    pending.streaming = true;
    pending.last = true;
    pending.busy = true;
    if (redo) {
        m_streamIndex = m_messages->turnCount() - 1;
        const TurnView before = m_messages->turnAt(m_streamIndex);
        pending.versionCount = before.versionCount + 1;
        pending.selectedVersion = before.versionCount;
        m_messages->updateTurn(m_streamIndex, pending);
    } else {
        if (m_messages->turnCount() > 0) {
            TurnView previous = m_messages->turnAt(m_messages->turnCount() - 1);
            previous.last = false;
            m_messages->updateTurn(m_messages->turnCount() - 1, previous);
        }
        m_messages->appendTurn(pending);
        m_streamIndex = m_messages->turnCount() - 1;
        Q_EMIT conversationShown(m_current, m_messages->turnCount());
    }
    if (m_current.isEmpty())
        m_title->setText(ask.question.section(QLatin1Char('\n'), 0, 0).left(80));
    m_turn = m_chat->ask(ask, this);
    setBusy(true);
    connect(
        m_turn, &ChatTurn::planned, this,
        [this](const QString &conversationId, const QString &model, const QVector<CitedPassage> &sources) {
            m_current = conversationId;
            TurnView t = m_messages->turnAt(m_streamIndex);
            t.model = model;
            t.details.sources = sources;
            m_messages->updateTurn(m_streamIndex, t);
        });
    connect(m_turn, &ChatTurn::textChanged, this, [this](const QString &text) {
        TurnView t = m_messages->turnAt(m_streamIndex);
        t.answer = text;
        m_messages->updateTurn(m_streamIndex, t);
    });
    // Each tool call shows at once, running, and is filled in with its result.
    connect(m_turn, &ChatTurn::toolCalled, this, [this](ToolRun run) {
        TurnView t = m_messages->turnAt(m_streamIndex);
        run.durationMs = -1;
        t.details.toolRuns << run;
        m_messages->updateTurn(m_streamIndex, t);
    });
    connect(m_turn, &ChatTurn::toolAnswered, this, [this](const ToolRun &run) {
        TurnView t = m_messages->turnAt(m_streamIndex);
        for (ToolRun &r : t.details.toolRuns)
            if (r.id == run.id)
                r = run;
        m_messages->updateTurn(m_streamIndex, t);
    });
    // Calls wait for the person: the bar under the turn asks, with the keyboard's focus on Allow.
    connect(m_turn, &ChatTurn::approvalNeeded, this, [this](const QVector<ToolRun> &runs) {
        TurnView t = m_messages->turnAt(m_streamIndex);
        t.awaitingApproval = runs;
        for (ToolRun &r : t.details.toolRuns)
            if (r.durationMs == -1)
                r.durationMs = -2; // waiting for the person
        m_messages->updateTurn(m_streamIndex, t);
        if (TurnWidget *w = m_messages->widgetAt(m_streamIndex))
            w->allowButton()->setFocus();
    });
    connect(m_turn, &ChatTurn::finished, this, &ChatPane::onTurnFinished);
    connect(m_turn, &ChatTurn::failed, this, &ChatPane::onTurnFailed);
}

void ChatPane::onTurnFinished(const ConversationTurn &turn)
{
    TurnView t = m_messages->turnAt(m_streamIndex);
    t.awaitingApproval.clear();
    t.answer = turn.assistantMessage;
    t.details = turn.answer;
    t.streaming = false;
    m_messages->updateTurn(m_streamIndex, t);
    m_turn->deleteLater();
    m_turn = nullptr;
    setBusy(false);
    load(m_current,
         true); // the stored turn: its id, versions and the title (the list follows the store's events)
    Q_EMIT answerFinished(true);
}

void ChatPane::onTurnFailed(const QString &message)
{
    TurnView t = m_messages->turnAt(m_streamIndex);
    t.awaitingApproval.clear();
    t.streaming = false;
    t.error = message;
    t.busy = false;
    m_messages->updateTurn(m_streamIndex, t);
    m_turn->deleteLater();
    m_turn = nullptr;
    setBusy(false);
    if (m_redo && !m_current.isEmpty())
        load(m_current, true); // the earlier version is still there
    Q_EMIT answerFinished(false);
}

void ChatPane::stop()
{
    if (m_turn)
        m_turn->stop();
}

void ChatPane::copyLastAnswer()
{
    for (int i = m_messages->turnCount() - 1; i >= 0; --i) {
        const QString answer = m_messages->turnAt(i).answer;
        if (!answer.isEmpty()) {
            QApplication::clipboard()->setText(answer);
            return setNotice(tr("The last answer is on the clipboard."));
        }
    }
}

void ChatPane::giveFeedback(int index, int sentiment)
{
    if (index < 0 || index >= m_view.turns.size())
        return;
    if (!m_chat->feedbackEnabled())
        return setNotice(
            tr("Feedback is switched off in the configuration (user_data_collection.feedback_enabled)."));
    FeedbackDialog dialog(sentiment, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConversationTurn &turn = m_view.turns[index];
    FeedbackEntry entry;
    entry.conversationId = m_current;
    entry.userQuestion = turn.userMessage;
    entry.llmResponse = turn.assistantMessage;
    entry.sentiment = sentiment;
    if (!dialog.categories().isEmpty())
        entry.categories = dialog.categories();
    if (!dialog.comment().isEmpty())
        entry.userFeedback = dialog.comment();
    whenReady(this, m_chat->giveFeedback(entry), [this, entry](const QString &error) {
        if (!error.isEmpty())
            return setNotice(tr("The feedback was not stored: %1").arg(error));
        m_view.feedback.push_back(entry);
        for (int i = 0; i < m_view.turns.size(); ++i)
            m_messages->updateTurn(i, viewOf(i));
        setNotice(tr("Thank you: the feedback is stored."));
    });
}

} // namespace aistack
