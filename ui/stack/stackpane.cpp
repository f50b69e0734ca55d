#include "stackpane.h"

#include "mcpserverspanel.h"

#include "common/futurewatch.h"
#include "config/configidentity.h"
#include "desktopservices.h"
#include "diffdialog.h"
#include "secretdialog.h"
#include "stack/desktopstack.h"
#include "widgets/palettecolors.h"
#include "widgets/panebutton.h"
#include "widgets/wrappedlabel.h"
#include "yamleditor.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace aistack {

namespace {
constexpr int kDebounceMs = 300;

void setTextColour(QWidget *w, const QColor &colour)
{
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, colour);
    w->setPalette(p);
}
} // namespace

StackPane::StackPane(DesktopServices *services, QWidget *parent)
    : QWidget(parent), m_stack(services->stack()), m_heading(new QLabel(tr("Stack"), this)),
      m_running(new WrappedLabel(this)), m_notice(new WrappedLabel(this)), m_sessionsBar(new QWidget(this)),
      m_sessionsLabel(new QLabel(m_sessionsBar)), m_editor(new YamlEditor(this)),
      m_problems(new QListWidget(this)), m_message(new WrappedLabel(this)), m_debounce(new QTimer(this)),
      m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("stackPane"));
    QFont titleFont = m_heading->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_heading->setFont(titleFont);
    m_running->setObjectName(QStringLiteral("runningConfiguration"));
    m_running->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(QStringLiteral("builtInNotice"));
    m_message->setObjectName(QStringLiteral("stackMessage"));
    m_message->setAccessibleName(tr("Outcome"));

    // Sessions that keep the configuration they started with.
    m_sessionsBar->setObjectName(QStringLiteral("sessionsBar"));
    m_sessionsLabel->setObjectName(QStringLiteral("outdatedSessions"));
    m_restart = paneButton(tr("&Restart them"), QStringLiteral("restartSessionsButton"),
                           tr("Rebuild these sessions' stacks on the configuration in force"), m_sessionsBar);
    auto *sessionsLayout = new QHBoxLayout(m_sessionsBar);
    sessionsLayout->setContentsMargins(0, 0, 0, 0);
    sessionsLayout->addWidget(m_sessionsLabel);
    sessionsLayout->addWidget(m_restart);
    sessionsLayout->addStretch(1);
    m_sessionsBar->hide();

    m_apply = paneButton(tr("&Apply"), QStringLiteral("applyButton"),
                         tr("Put this configuration in force without restarting (Ctrl+Return)"), this);
    m_save = paneButton(tr("&Save"), QStringLiteral("saveButton"),
                        tr("Write the file, keeping the previous version as a .bak file (Ctrl+S)"), this);
    m_revert = paneButton(tr("Re&vert"), QStringLiteral("revertButton"), tr("Discard the edits"), this);
    auto *revertMenu = new QMenu(m_revert);
    revertMenu->setObjectName(QStringLiteral("revertMenu"));
    QAction *fromDisk = revertMenu->addAction(tr("Reload the file from disk"));
    fromDisk->setObjectName(QStringLiteral("revertFromDisk"));
    QAction *fromRunning = revertMenu->addAction(tr("Load the running configuration"));
    fromRunning->setObjectName(QStringLiteral("revertToRunning"));
    m_revert->setMenu(revertMenu);
    m_diff = paneButton(tr("&Diff…"), QStringLiteral("diffButton"),
                        tr("Compare the editor with the running configuration (Ctrl+D)"), this);
    m_secret =
        paneButton(tr("API &key…"), QStringLiteral("secretButton"),
                   tr("Store an API key in the system keychain and write keychain:NAME at the cursor"), this);
    m_validity = new QLabel(this);
    m_validity->setObjectName(QStringLiteral("validity"));
    m_validity->setAccessibleName(tr("Validation"));
    m_validity->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_apply, m_save, m_revert, m_diff, m_secret})
        buttons->addWidget(b);
    buttons->addSpacing(12);
    buttons->addWidget(m_validity, 1);

    m_editor->setObjectName(QStringLiteral("yamlEditor"));
    m_editor->setAccessibleName(tr("Configuration file"));
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setToolTip(tr("Enter or a click goes to the line"));
    m_problems->setUniformItemSizes(true);
    auto *problemsBox = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    m_problemsTitle = new QLabel(tr("&Problems"), problemsBox);
    m_problemsTitle->setObjectName(QStringLiteral("problemsTitle"));
    m_problemsTitle->setBuddy(m_problems);
    problemsLayout->addWidget(m_problemsTitle);
    problemsLayout->addWidget(m_problems);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("stackSplitter"));
    split->addWidget(m_editor);
    split->addWidget(problemsBox);
    m_mcp = new McpServersPanel(services->tools(), this);
    split->addWidget(m_mcp);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 1);
    split->setChildrenCollapsible(false);
    // The file gets the room; the list shows a handful of problems (drag the handle for more).
    m_problems->setMinimumHeight(m_problems->fontMetrics().lineSpacing() * 3);
    // With MCP servers configured, their list gets about a third of the room.
    const int line = m_problems->fontMetrics().lineSpacing();
    split->setSizes({services->appConfig().mcpServers.isEmpty() ? 600 : 380, line * 6,
                     services->appConfig().mcpServers.isEmpty() ? line * 2 : line * 20});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_running);
    layout->addWidget(m_notice);
    layout->addWidget(m_sessionsBar);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    setFocusProxy(m_editor);
    // Tab goes through the pane top to bottom: the sessions' button, the actions, the file, its problems.
    QWidget *order[] = {
        m_restart, m_apply, m_save, m_revert, m_diff, m_secret, m_editor, m_problems, m_mcp->refreshButton()};
    for (size_t i = 0; i + 1 < std::size(order); ++i)
        setTabOrder(order[i], order[i + 1]);

    const auto shortcut = [this](const QKeySequence &keys, auto fn) {
        auto *a = new QAction(this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, fn);
        addAction(a);
    };
    shortcut(QKeySequence::Save, [this]() {
        if (m_save->isEnabled())
            save();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this]() {
        if (m_apply->isEnabled())
            apply();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), [this]() { showDiff(); });
    // F8 goes to the next problem, as in many editors.
    shortcut(QKeySequence(Qt::Key_F8), [this]() {
        if (m_problems->count() == 0)
            return;
        m_problems->setCurrentRow((m_problems->currentRow() + 1) % m_problems->count());
        Q_EMIT m_problems->itemActivated(m_problems->currentItem());
    });

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &StackPane::startValidation);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &StackPane::scheduleValidation);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &StackPane::updateActions);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        if (const int line = item->data(Qt::UserRole).toInt(); line > 0)
            m_editor->goToLine(line);
        m_editor->setFocus(Qt::OtherFocusReason);
    });
    connect(m_problems, &QListWidget::itemClicked, m_problems, &QListWidget::itemActivated);
    connect(m_apply, &QPushButton::clicked, this, &StackPane::apply);
    connect(m_save, &QPushButton::clicked, this, &StackPane::save);
    connect(fromDisk, &QAction::triggered, this, [this]() { loadFromDisk(true); });
    connect(fromRunning, &QAction::triggered, this, &StackPane::loadRunning);
    connect(m_diff, &QPushButton::clicked, this, &StackPane::showDiff);
    connect(m_secret, &QPushButton::clicked, this, &StackPane::storeSecret);
    connect(m_restart, &QPushButton::clicked, this, &StackPane::restartSessions);
    connect(m_stack, &DesktopStack::sessionsChanged, this, &StackPane::updateSessions);
    connect(m_stack, &DesktopStack::fileChanged, this, [this]() {
        updateHeader();
        updateActions();
    });
    connect(services->configIdentity(), &ConfigIdentity::changed, this, [this]() {
        updateHeader();
        updateSessions();
        updateActions();
    });

    // Edits made to the file outside the pane (another editor, a deployment) are noticed.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &StackPane::onFileChangedOnDisk);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &StackPane::onFileChangedOnDisk);
    connect(m_stack, &DesktopStack::fileChanged, this, &StackPane::watchFile);
    watchFile();

    updateHeader();
    updateSessions();
    loadFromDisk(false);
}

void StackPane::watchFile()
{
    // The file, and its folder: a save elsewhere that renames a new file into place ends a file's watch.
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    if (!m_stack->isBuiltIn() && QFileInfo::exists(m_stack->file()))
        m_watcher->addPaths({m_stack->file(), QFileInfo(m_stack->file()).absolutePath()});
}

void StackPane::onFileChangedOnDisk()
{
    QTimer::singleShot(0, this, &StackPane::watchFile); // a file replaced by a rename: watch the new one
    whenReady(this, m_stack->readFile(), [this](const ConfigFileText &file) {
        if (!file.error.isEmpty() || file.text == m_diskText)
            return;
        if (file.text == text()) { // this pane's own save, or the same edit made elsewhere
            m_diskText = file.text;
            updateActions();
            return;
        }
        if (text() == m_diskText && !m_busy) { // nothing of the editor's is lost: follow the file
            load(file.text, file.text);
            setMessage(tr("The file changed on disk and was loaded again. Apply puts it in force."), false);
            return;
        }
        m_diskText = file.text;
        updateActions();
        setMessage(
            tr("The file changed on disk while you were editing it. Revert › Reload the file from disk "
               "shows that version (your edits go); Save replaces it with yours."),
            true);
    });
}

QByteArray StackPane::text() const
{
    return m_editor->toPlainText().toUtf8();
}

bool StackPane::isValidated() const
{
    return !m_validating && !m_debounce->isActive() && m_validatedText == text();
}

void StackPane::setMessage(const QString &text, bool error)
{
    m_messageIsError = error;
    m_message->setContent(text);
    m_message->setVisible(!text.isEmpty());
    setTextColour(m_message, error ? PaletteColors::error(palette()) : PaletteColors::secondary(palette()));
}

void StackPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // Colours that read on the new palette.
    for (int i = 0; i < m_problems->count(); ++i)
        m_problems->item(i)->setForeground(PaletteColors::error(palette()));
    setTextColour(m_message,
                  m_messageIsError ? PaletteColors::error(palette()) : PaletteColors::secondary(palette()));
    setTextColour(m_notice, PaletteColors::secondary(palette()));
    updateActions();
}

void StackPane::updateHeader()
{
    const QString time = QLocale().toString(m_stack->appliedAt().time(), QStringLiteral("HH:mm"));
    const QString id = m_stack->runningId();
    const QString headline = m_stack->wasApplied() ? tr("Running configuration %1, applied %2").arg(id, time)
                                                   : tr("Running configuration %1, loaded %2").arg(id, time);
    const QString file = m_stack->file();
    m_running->setContent(m_stack->isBuiltIn() ? tr("%1 · the built-in configuration").arg(headline)
                                               : tr("%1 · %2").arg(headline, QDir::toNativeSeparators(file)));
    m_running->setAccessibleName(m_running->text());
    m_notice->setVisible(m_stack->isBuiltIn());
    if (m_stack->isBuiltIn()) {
        m_notice->setContent(tr("This is the built-in configuration, which is read-only. “Save a copy” "
                                "writes it to %1, the file "
                                "AI Stack Desktop reads at every start; you can then edit and apply it. "
                                "Relative paths in the copy "
                                "are made absolute, so the same database and documents stay in use.")
                                 .arg(QDir::toNativeSeparators(m_stack->userFile())));
        setTextColour(m_notice, PaletteColors::secondary(palette()));
    }
    m_editor->setReadOnly(m_stack->isBuiltIn());
    m_save->setText(m_stack->isBuiltIn() ? tr("&Save a copy") : tr("&Save"));
}

void StackPane::updateSessions()
{
    const int outdated = m_stack->outdatedSessions();
    m_sessionsBar->setVisible(outdated > 0);
    m_sessionsLabel->setText(
        outdated == 1 ? tr("1 session keeps the previous configuration until it closes.")
                      : tr("%1 sessions keep the previous configuration until they close.").arg(outdated));
    m_restart->setAccessibleName(
        outdated == 1 ? tr("Restart the session on the configuration in force")
                      : tr("Restart the %1 sessions on the configuration in force").arg(outdated));
}

void StackPane::updateActions()
{
    const QByteArray current = text();
    const bool modified = current != m_diskText;
    if (m_busy)
        m_applyReason = tr("Busy…");
    else if (m_stack->isBuiltIn())
        m_applyReason = tr("The built-in configuration is read-only: save a copy first.");
    else if (!isValidated())
        m_applyReason = tr("Checking…");
    else if (!m_validatedOk)
        m_applyReason = tr("The file has problems; fix them to apply it.");
    else if (current == m_stack->runningText())
        m_applyReason = tr("This is the configuration in force.");
    else
        m_applyReason.clear();
    m_apply->setEnabled(m_applyReason.isEmpty());
    m_apply->setToolTip(m_applyReason.isEmpty()
                            ? tr("Put this configuration in force without restarting (Ctrl+Return)")
                            : m_applyReason);
    m_apply->setAccessibleDescription(m_applyReason);
    m_save->setEnabled(!m_busy && (m_stack->isBuiltIn() || modified));
    m_revert->setEnabled(!m_busy);
    m_secret->setEnabled(!m_busy && !m_stack->isBuiltIn());

    QString validity;
    QColor colour = PaletteColors::secondary(palette());
    if (!isValidated()) {
        validity = tr("Checking…");
    } else if (!m_validatedOk) {
        validity = m_problems->count() == 1 ? tr("1 problem: cannot be applied")
                                            : tr("%1 problems: cannot be applied").arg(m_problems->count());
        colour = PaletteColors::error(palette());
    } else {
        validity = current == m_stack->runningText() ? tr("Valid · in force") : tr("Valid · not applied yet");
    }
    if (modified && !m_stack->isBuiltIn())
        validity += tr(" · unsaved changes");
    m_validity->setText(validity);
    setTextColour(m_validity, colour);
}

void StackPane::load(const QByteArray &text, const QByteArray &diskText)
{
    m_diskText = diskText;
    m_editor->setPlainText(QString::fromUtf8(text));
    m_editor->document()->setModified(text != m_diskText);
    m_editor->setProblems({});
    m_problems->clear();
    startValidation();
}

bool StackPane::hasUnsavedEdits() const
{
    return text() != m_diskText;
}

bool StackPane::confirmDiscard()
{
    if (text() == m_diskText)
        return true;
    return QMessageBox::question(this, tr("Discard edits"), tr("Discard the edits that are not saved?"),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Discard;
}

void StackPane::loadFromDisk(bool confirm)
{
    if (confirm && !confirmDiscard())
        return;
    m_busy = true;
    updateActions();
    whenReady(this, m_stack->readFile(), [this](const ConfigFileText &file) {
        m_busy = false;
        if (!file.error.isEmpty()) {
            setMessage(file.error, true);
            updateActions();
            return;
        }
        load(file.text, file.text);
        setMessage(QString(), false);
    });
}

void StackPane::loadRunning()
{
    if (!confirmDiscard())
        return;
    load(m_stack->runningText(), m_diskText);
    setMessage(tr("The editor holds the running configuration %1.").arg(m_stack->runningId()), false);
}

void StackPane::scheduleValidation()
{
    if (!m_validating && text() == m_validatedText) { // e.g. colours laid anew: nothing to check
        m_debounce->stop();
        updateActions();
        return;
    }
    m_debounce->start();
    updateActions();
}

void StackPane::startValidation()
{
    m_debounce->stop();
    if (m_validating)
        return; // the running check starts the next one when it ends
    m_validating = true;
    const QByteArray checked = text();
    updateActions();
    whenReady(this, m_stack->validate(checked), [this, checked](const ConfigLoadResult &result) {
        m_validating = false;
        m_validatedText = checked;
        m_validatedOk = result.ok();
        if (checked != text()) { // typed on meanwhile: check again
            startValidation();
            return;
        }
        showProblems(result.errors);
        updateActions();
    });
}

void StackPane::showProblems(const ConfigErrors &errors)
{
    const int current = m_problems->currentRow();
    m_problems->clear();
    QMap<int, QStringList> byLine;
    for (const ConfigError &e : errors) {
        QStringList parts;
        if (e.line > 0)
            parts << QString::number(e.line);
        if (!e.key.isEmpty())
            parts << e.key;
        parts << e.message;
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(": ")), m_problems);
        item->setData(Qt::UserRole, e.line);
        item->setForeground(PaletteColors::error(palette()));
        if (e.line > 0)
            byLine[e.line] << (e.key.isEmpty() ? e.message : e.key + QStringLiteral(": ") + e.message);
    }
    m_problemsTitle->setText(
        errors.isEmpty()
            ? tr("&Problems: none")
            : tr("&Problems (%1) — Enter or a click goes to the line, F8 to the next").arg(errors.size()));
    if (m_problems->count() > 0)
        m_problems->setCurrentRow(qBound(0, current, m_problems->count() - 1), QItemSelectionModel::NoUpdate);
    m_editor->setProblems(byLine);
}

void StackPane::save()
{
    const bool builtIn = m_stack->isBuiltIn();
    const QString target = builtIn ? m_stack->userFile() : m_stack->file();
    if (builtIn && QFileInfo::exists(target) &&
        QMessageBox::question(this, tr("Replace file"),
                              tr("%1 exists. Replace it? Its current version is kept as %2.")
                                  .arg(QDir::toNativeSeparators(target),
                                       QDir::toNativeSeparators(target + QStringLiteral(".bak"))),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_busy = true;
    updateActions();
    const QByteArray written = text();
    whenReady(this, m_stack->save(written, target), [this, written, builtIn](const ConfigSaveResult &result) {
        m_busy = false;
        if (!result.error.isEmpty()) {
            setMessage(tr("Not saved: %1").arg(result.error), true);
            updateActions();
            return;
        }
        m_diskText = written;
        m_editor->document()->setModified(false);
        watchFile(); // the saved file is a new one
        const QString file = QDir::toNativeSeparators(result.file);
        setMessage(result.backup.isEmpty()
                       ? tr("Saved %1. Apply puts it in force.").arg(file)
                       : tr("Saved %1; the previous version is %2. Apply puts it in force.")
                             .arg(file, QDir::toNativeSeparators(result.backup)),
                   false);
        updateHeader();
        if (builtIn) // the copy of the built-in file, whose paths were made absolute, is edited from now on
            loadFromDisk(false);
        else
            updateActions();
    });
}

void StackPane::apply()
{
    m_busy = true;
    updateActions();
    setMessage(tr("Applying…"), false);
    const QByteArray applied = text();
    whenReady(this, m_stack->apply(applied), [this, applied](const ConfigApplyResult &result) {
        m_busy = false;
        if (!result.error.isEmpty()) {
            if (!result.errors.isEmpty()) {
                m_validatedText = applied;
                m_validatedOk = false;
                showProblems(result.errors);
            }
            setMessage(tr("Not applied: %1").arg(result.error), true);
            updateActions();
            return;
        }
        if (result.saved) {
            m_diskText = applied;
            m_editor->document()->setModified(false);
            watchFile(); // the saved file is a new one
        }
        QStringList lines;
        lines << tr("Configuration %1 is in force: new sessions and new chat answers use it.")
                     .arg(result.configId);
        if (result.saved)
            lines << (result.backup.isEmpty() ? tr("The file was saved.")
                                              : tr("The file was saved; the previous version is %1.")
                                                    .arg(QDir::toNativeSeparators(result.backup)));
        if (!result.restartNeeded.isEmpty())
            lines << tr("Changes to %1 take effect at the next start.")
                         .arg(result.restartNeeded.join(QStringLiteral(", ")));
        setMessage(lines.join(QLatin1Char(' ')), false);
        updateHeader();
        updateSessions();
        updateActions();
    });
}

void StackPane::showDiff()
{
    DiffDialog dialog(m_stack->runningId(), m_stack->runningText(), text(), this);
    dialog.exec();
}

void StackPane::storeSecret()
{
    // The key of the cursor's line (e.g. api_key) suggests the entry's name.
    static const QRegularExpression keyLine(
        QStringLiteral("^(\\s*(?:-\\s+)?)([A-Za-z0-9_.-]+)\\s*:(\\s*)(.*)$"));
    const QTextBlock block = m_editor->textCursor().block();
    const QRegularExpressionMatch m = keyLine.match(block.text());
    SecretDialog dialog(m.hasMatch() ? m.captured(2).replace(QLatin1Char('_'), QLatin1Char('-')) : QString(),
                        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reference = QStringLiteral("keychain:") + dialog.entryName();
    QTextCursor c = m_editor->textCursor();
    c.beginEditBlock();
    static const QRegularExpression secretKey(QStringLiteral("(key|password|secret|token)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (m.hasMatch() && secretKey.match(m.captured(2)).hasMatch()) {
        // key: value -> key: keychain:NAME (the old value, a literal key perhaps, goes).
        c.setPosition(block.position() + int(m.capturedStart(3)));
        c.setPosition(block.position() + int(block.text().size()), QTextCursor::KeepAnchor);
        c.insertText(QStringLiteral(" ") + reference);
    } else {
        c.insertText(reference);
    }
    c.endEditBlock();
    m_editor->setTextCursor(c);
    setMessage(tr("The key is stored in the keychain as %1; the file names it. Save and apply to use it.")
                   .arg(dialog.entryName()),
               false);
}

void StackPane::restartSessions()
{
    const int outdated = m_stack->outdatedSessions();
    if (outdated == 0)
        return;
    const QString who = outdated == 1 ? tr("1 session") : tr("%1 sessions").arg(outdated);
    if (QMessageBox::question(
            this, tr("Restart sessions"),
            tr("Rebuild the stacks of %1 on the configuration in force? Their documents stay; "
               "queries running now finish on the previous configuration.")
                .arg(who),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_restart->setEnabled(false);
    whenReady(this, m_stack->restartOutdated(), [this](int rebuilt) {
        m_restart->setEnabled(true);
        setMessage(rebuilt == 1 ? tr("1 session now uses the configuration in force.")
                                : tr("%1 sessions now use the configuration in force.").arg(rebuilt),
                   false);
        updateSessions();
    });
}

} // namespace aistack
