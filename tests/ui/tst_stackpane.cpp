// The Stack pane over the app's real core while the real server listens on a free port: the configuration
// file is checked as it is typed (its problems listed by line and underlined, Apply refused), Apply puts a
// valid file in force without a restart (the next KISS session, over real TCP, answers with the new tool,
// a running one keeps the old tool and is counted until it is restarted), Save writes atomically with a
// backup, the keychain dialog says where no keychain service runs, and every chat answer records the
// configuration that produced it.
#include "auth/sessionstore.h"
#include "chat/chatpane.h"
#include "chat/composer.h"
#include "chat/messagelist.h"
#include "chat/turnwidget.h"
#include "config/configidentity.h"
#include "conversations/conversationstore.h"
#include "desktoptesthelpers.h"
#include "documents/documentspane.h"
#include "kissclient.h"
#include "rag/documentlibrary.h"
#include "stack/desktopstack.h"
#include "stack/diffdialog.h"
#include "stack/secretdialog.h"
#include "stack/stackpane.h"
#include "stack/yamleditor.h"

#include <QApplication>
#include <QtConcurrent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTextBlock>
#include <QThread>
#include <memory>
#include <sys/stat.h>

using namespace aistack;
using namespace aistack::test;

class TstStackPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<DesktopFixture> m_app;

    StackPane *pane() { return m_app->window().findChild<StackPane *>(); }
    YamlEditor *editor() { return pane()->editor(); }
    QListWidget *problems() { return pane()->findChild<QListWidget *>(QStringLiteral("problemList")); }
    QPushButton *button(const char *name) { return pane()->findChild<QPushButton *>(QLatin1String(name)); }
    QString configFile() { return m_app->path(QStringLiteral("aistack.yaml")); }
    QString runningId() { return m_app->services().configId.current(); }
    // The configuration id the sessions table records for a client (read on a worker thread, as the panes do).
    QString sessionConfigId(const QString &clientId)
    {
        SessionStore *store = m_app->services().sessionStore.get();
        QFuture<QString> read = QtConcurrent::run([store, clientId]() {
            QString error;
            const std::optional<Session> session = store->find(clientId, &error);
            return session ? session->configId : error;
        });
        // Not waitForFinished(): it may run the job on this thread.
        if (!QTest::qWaitFor([&read]() { return read.isFinished(); }, 10000))
            return QStringLiteral("(no answer)");
        return read.result();
    }

    bool validated() { return QTest::qWaitFor([this]() { return pane()->isValidated(); }, 10000); }

    // The 1-based line of the first line holding `text`.
    int lineOf(const QString &text)
    {
        for (QTextBlock b = editor()->document()->begin(); b.isValid(); b = b.next())
            if (b.text().contains(text))
                return b.blockNumber() + 1;
        return 0;
    }

    // Replaces `from` by `to` in the editor, as typing would (one undoable edit).
    void replaceInEditor(const QString &from, const QString &to)
    {
        QTextCursor c = editor()->document()->find(from);
        QVERIFY2(!c.isNull(), qPrintable(from));
        c.insertText(to);
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // How many queries the stack tool has answered or failed, as /metrics reports them.
    double toolQueries(const QString &tool)
    {
        const HttpReply r = apiCall(m_app->port(), "GET", "/metrics");
        double total = 0;
        const QString label = QStringLiteral("tool=\"%1\"").arg(tool);
        for (const QString &line : QString::fromUtf8(r.body).split(QLatin1Char('\n'))) {
            if ((line.startsWith(QLatin1String("aistack_stack_queries_total{")) ||
                 line.startsWith(QLatin1String("aistack_stack_query_failures_total{"))) &&
                line.contains(label))
                total += line.section(QLatin1Char(' '), -1).toDouble();
        }
        return total;
    }

    // Asks the session's stack a question over the KISS API; true when the tool named answered it.
    bool answeredBy(KissClient &client, const KissClient::Session &session, const QString &tool)
    {
        const double before = toolQueries(tool);
        client.post("/queries", queryBody(QStringLiteral("What is a pump?")), session.token);
        return toolQueries(tool) == before + 1;
    }

    // Clicks Apply and waits until the configuration is in force.
    bool applyByMouse()
    {
        const QString before = runningId();
        if (!validated() || !button("applyButton")->isEnabled())
            return false;
        QTest::mouseClick(button("applyButton"), Qt::LeftButton);
        return QTest::qWaitFor([&]() { return runningId() != before; }, 10000) &&
               QTest::qWaitFor([&]() { return button("applyButton")->text().size() && !pane()->applyBlockedReason().contains(QLatin1String("Busy")); }, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = std::make_unique<DesktopFixture>();
        QString error;
        QVERIFY2(m_app->start(desktopConfig(), &error), qPrintable(error));
        m_app->window().showPane(MainWindow::Stack);
        QVERIFY(pane()->isVisible());
    }

    void init()
    {
        m_app->window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_app->window()));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("blocking call on the GUI thread")));
        m_app->window().showPane(MainWindow::Stack);
    }

    void cleanupTestCase() { m_app.reset(); }

    // The pane opens on the file in force, names it by its id, and has nothing to apply.
    void opensOnTheRunningFile()
    {
        QVERIFY(validated());
        QCOMPARE(editor()->toPlainText().toUtf8(), readAll(configFile()));
        QVERIFY(!runningId().isEmpty());
        QCOMPARE(runningId(), ConfigIdentity::idOf(readAll(configFile())));
        auto *header = pane()->findChild<QLabel *>(QStringLiteral("runningConfiguration"));
        QVERIFY2(header->text().contains(QStringLiteral("Running configuration %1").arg(runningId())),
                 qPrintable(header->text()));
        QCOMPARE(problems()->count(), 0);
        QVERIFY(!button("applyButton")->isEnabled());
        QCOMPARE(pane()->applyBlockedReason(), QStringLiteral("This is the configuration in force."));
        QVERIFY(!editor()->isReadOnly());
    }

    void aBrokenFileShowsItsLineErrorAndCannotBeApplied()
    {
        const int line = lineOf(QStringLiteral("kind: prompt"));
        QVERIFY(line > 0);
        replaceInEditor(QStringLiteral("kind: prompt"), QStringLiteral("kind: banana"));
        QVERIFY(validated());
        QCOMPARE(problems()->count(), 1);
        QCOMPARE(problems()->item(0)->text(),
                 QStringLiteral("%1: stack.tools[0].kind: must be prompt or rag, got 'banana'").arg(line));
        QCOMPARE(editor()->underlinedLines(), QList<int>{line});
        QVERIFY(!button("applyButton")->isEnabled());
        QCOMPARE(pane()->applyBlockedReason(), QStringLiteral("The file has problems; fix them to apply it."));
        auto *validity = pane()->findChild<QLabel *>(QStringLiteral("validity"));
        QVERIFY2(validity->text().contains(QStringLiteral("1 problem")), qPrintable(validity->text()));

        // A click on the problem goes to its line.
        editor()->goToLine(1);
        const QRect row = problems()->visualItemRect(problems()->item(0));
        QTest::mouseClick(problems()->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(editor()->textCursor().blockNumber() + 1, line);
        QVERIFY(editor()->hasFocus());

        // Invalid YAML: the parser's line.
        QTextCursor end(editor()->document());
        end.movePosition(QTextCursor::End);
        end.insertText(QStringLiteral("\nbroken: [unclosed\n"));
        QVERIFY(validated());
        QVERIFY(problems()->count() >= 1);
        QVERIFY2(problems()->item(0)->text().contains(QStringLiteral("invalid YAML")), qPrintable(problems()->item(0)->text()));
        QVERIFY(!button("applyButton")->isEnabled());

        // Undo: valid again, nothing underlined.
        editor()->document()->undo();
        editor()->document()->undo();
        QVERIFY(validated());
        QCOMPARE(editor()->toPlainText().toUtf8(), readAll(configFile()));
        QCOMPARE(problems()->count(), 0);
        QVERIFY(editor()->underlinedLines().isEmpty());
    }

    // Applying a valid change: the next KISS session answers with the new tool; a session already running
    // keeps its tool, is counted, and moves to the new configuration when restarted.
    void applyingMakesTheNextSessionUseTheNewTool()
    {
        KissClient client(m_app->port());
        const KissClient::Session old = client.initialised();
        QVERIFY(!old.token.isEmpty());
        QVERIFY(answeredBy(client, old, QStringLiteral("general")));

        const QByteArray before = readAll(configFile());
        replaceInEditor(QStringLiteral("name: general"), QStringLiteral("name: helpdesk"));
        QVERIFY(applyByMouse());
        const QByteArray applied = editor()->toPlainText().toUtf8();
        QCOMPARE(runningId(), ConfigIdentity::idOf(applied));
        // Applied means saved: the next start reads the same file; the previous version is kept.
        QCOMPARE(readAll(configFile()), applied);
        QCOMPARE(readAll(configFile() + QStringLiteral(".bak")), before);
        auto *header = pane()->findChild<QLabel *>(QStringLiteral("runningConfiguration"));
        QVERIFY2(header->text().contains(QStringLiteral("Running configuration %1, applied").arg(runningId())),
                 qPrintable(header->text()));
        QVERIFY(!button("applyButton")->isEnabled());

        const KissClient::Session fresh = client.initialised();
        QVERIFY(answeredBy(client, fresh, QStringLiteral("helpdesk")));
        QVERIFY(answeredBy(client, old, QStringLiteral("general")));
        // The Sessions pane's config id column: each session names the configuration its stack runs on.
        const QString previousId = ConfigIdentity::idOf(before);
        QCOMPARE(sessionConfigId(fresh.clientId), runningId());
        QCOMPARE(sessionConfigId(old.clientId), previousId);

        auto *count = pane()->findChild<QLabel *>(QStringLiteral("outdatedSessions"));
        QVERIFY(QTest::qWaitFor([&]() { return count->isVisible(); }, 5000));
        QCOMPARE(count->text(), QStringLiteral("1 session keeps the previous configuration until it closes."));
        QVERIFY(button("restartSessionsButton")->isVisible());

        answerNextDialog([](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            QVERIFY2(box->text().contains(QStringLiteral("1 session")), qPrintable(box->text()));
            box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(button("restartSessionsButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&]() { return !count->isVisible(); }, 10000));
        QVERIFY(answeredBy(client, old, QStringLiteral("helpdesk")));
        QVERIFY(QTest::qWaitFor([&]() { return sessionConfigId(old.clientId) == runningId(); }, 5000));
    }

    // Save writes a new file in place of the old one (a rename, so a reader never sees half a file) and keeps
    // the previous version; saving does not apply: new sessions keep the configuration in force.
    void saveWritesAtomicallyWithABackup()
    {
        const QByteArray before = readAll(configFile());
        struct stat old {};
        QCOMPARE(::stat(QFile::encodeName(configFile()).constData(), &old), 0);
        replaceInEditor(QStringLiteral("name: helpdesk"), QStringLiteral("name: saved-only"));
        QVERIFY(button("saveButton")->isEnabled());
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&]() { return readAll(configFile()) == editor()->toPlainText().toUtf8(); }, 10000));
        QCOMPARE(readAll(configFile() + QStringLiteral(".bak")), before);
        struct stat now {};
        QCOMPARE(::stat(QFile::encodeName(configFile()).constData(), &now), 0);
        QVERIFY(now.st_ino != old.st_ino); // renamed into place, not rewritten
        const QStringList left = QDir(m_app->dir()).entryList({QStringLiteral("aistack.yaml*")}, QDir::Files);
        QCOMPARE(left, (QStringList{QStringLiteral("aistack.yaml"), QStringLiteral("aistack.yaml.bak")}));
        QVERIFY(!button("saveButton")->isEnabled());
        QVERIFY(QTest::qWaitFor([&]() { return button("applyButton")->isEnabled(); }, 5000));

        KissClient client(m_app->port());
        const KissClient::Session s = client.initialised();
        QVERIFY(answeredBy(client, s, QStringLiteral("helpdesk"))); // saved, not applied
    }

    // Revert loads the running configuration back; the diff shows what differs from it.
    void diffAndRevert()
    {
        QCOMPARE(editor()->toPlainText().contains(QStringLiteral("saved-only")), true);
        QString summary, diff;
        answerNextDialog([&](QWidget *dialog) {
            auto *d = qobject_cast<DiffDialog *>(dialog);
            QVERIFY(d);
            summary = d->summary();
            diff = d->diffText();
            QVERIFY(unnamedControls(d).isEmpty());
            d->reject();
        });
        QTest::mouseClick(button("diffButton"), Qt::LeftButton);
        QVERIFY2(summary.contains(QStringLiteral("1 line removed and 1 line added")), qPrintable(summary));
        QVERIFY2(diff.contains(QStringLiteral("-     - name: helpdesk")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("+     - name: saved-only")), qPrintable(diff));

        auto *revert = button("revertButton");
        QAction *toRunning = revert->menu()->findChild<QAction *>(QStringLiteral("revertToRunning"));
        QVERIFY(toRunning);
        // The editor's text equals the file on disk, so no question: load the running one.
        toRunning->trigger();
        QVERIFY(QTest::qWaitFor([&]() { return editor()->toPlainText().contains(QStringLiteral("helpdesk")); }, 5000));
        QCOMPARE(editor()->toPlainText().toUtf8(), m_app->services().desktopStack->runningText());
        QVERIFY(validated());
        QVERIFY(!button("applyButton")->isEnabled()); // it is the configuration in force
        QVERIFY(button("saveButton")->isEnabled());   // but not what is on disk
        // Reload from disk: the saved file again, after confirming that the editor's text may go.
        answerNextDialog([](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            box->button(QMessageBox::Discard)->click();
        });
        revert->menu()->findChild<QAction *>(QStringLiteral("revertFromDisk"))->trigger();
        QVERIFY(QTest::qWaitFor([&]() { return editor()->toPlainText().contains(QStringLiteral("saved-only")); }, 5000));
        QApplication::processEvents();
    }

    // This machine runs no Secret Service: the dialog says so and stores nothing.
    void theKeychainDialogSaysWhenNoKeychainRuns()
    {
        const QString before = editor()->toPlainText();
        QString status;
        bool storeEnabled = true;
        answerNextDialog([&](QWidget *dialog) {
            auto *d = qobject_cast<SecretDialog *>(dialog);
            QVERIFY(d);
            QVERIFY(unnamedControls(d).isEmpty());
            QVERIFY(QTest::qWaitFor([&]() { return !d->statusText().startsWith(QStringLiteral("Looking")); }, 15000));
            status = d->statusText();
            storeEnabled = d->findChild<QPushButton *>(QStringLiteral("storeSecretButton"))->isEnabled();
            auto *secret = d->findChild<QLineEdit *>(QStringLiteral("secretValue"));
            QCOMPARE(secret->echoMode(), QLineEdit::Password);
            d->reject();
        }, 5000);
        QTest::mouseClick(button("secretButton"), Qt::LeftButton);
        if (status.startsWith(QStringLiteral("The system keychain is ready")))
            QSKIP("a keychain service runs on this machine");
        QVERIFY2(status.startsWith(QStringLiteral("No keychain service is running on this computer")), qPrintable(status));
        QVERIFY(!storeEnabled);
        QCOMPARE(editor()->toPlainText(), before);
    }

    // Every chat answer records the configuration in force; the Chat pane shows it under the answer.
    void aTurnRecordsTheConfigurationInForce()
    {
        m_app->window().showPane(MainWindow::Chat);
        ChatPane *chat = m_app->window().chatPane();
        chat->newConversation();
        QSignalSpy finished(chat, &ChatPane::answerFinished);
        PromptEdit *prompt = chat->composer()->editor();
        prompt->setFocus();
        QTest::keyClicks(prompt, QStringLiteral("What does the stack do?"));
        QTest::keyClick(prompt, Qt::Key_Return);
        QVERIFY(finished.wait(30000));
        MessageList *messages = chat->messages();
        QVERIFY(QTest::qWaitFor([&]() {
            TurnWidget *t = messages->turnCount() ? messages->widgetAt(messages->turnCount() - 1) : nullptr;
            return t && t->turn().turnId > 0 && t->metaLabel()->text().contains(runningId());
        }, 10000));
        const QString id = chat->currentConversation();
        ConversationStore *store = m_app->services().conversations.get();
        QVector<ConversationTurn> turns;
        // The store's reads block: not on this (the GUI) thread. A QThread, as the app's readers are: the
        // store closes a thread's connection when the thread finishes.
        std::unique_ptr<QThread> reader(QThread::create([&]() {
            QString error;
            turns = store->turns(id, &error).value_or(QVector<ConversationTurn>());
        }));
        reader->start();
        reader->wait();
        QCOMPARE(turns.size(), 1);
        QCOMPARE(turns.first().configId, runningId());
    }

    // The whole round with the keyboard alone: go to the pane, break a line, F8 to the problem, fix it,
    // save with Ctrl+S and apply with Ctrl+Return.
    void keyboardOnly()
    {
        QTest::keyClick(&m_app->window(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&]() { return editor()->hasFocus(); }, 2000));
        const int line = lineOf(QStringLiteral("depth: 4"));
        QVERIFY(line > 0);
        editor()->goToLine(line);
        QTest::keyClick(editor(), Qt::Key_End);
        QTest::keyClick(editor(), Qt::Key_Backspace);
        QTest::keyClicks(editor(), QStringLiteral("x"));
        QVERIFY(validated());
        QCOMPARE(problems()->count(), 1);
        editor()->goToLine(1);
        QTest::keyClick(editor(), Qt::Key_F8);
        QCOMPARE(editor()->textCursor().blockNumber() + 1, line);
        QTest::keyClick(editor(), Qt::Key_End);
        QTest::keyClick(editor(), Qt::Key_Backspace);
        QTest::keyClicks(editor(), QStringLiteral("3"));
        QVERIFY(validated());
        QCOMPARE(problems()->count(), 0);
        QTest::keyClick(editor(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&]() { return readAll(configFile()) == editor()->toPlainText().toUtf8(); }, 10000));
        const QString before = runningId();
        QVERIFY(QTest::qWaitFor([&]() { return button("applyButton")->isEnabled(); }, 5000));
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&]() { return runningId() != before; }, 10000));
        QCOMPARE(runningId(), ConfigIdentity::idOf(readAll(configFile())));
        QVERIFY(QTest::qWaitFor([&]() { return button("secretButton")->isEnabled(); }, 5000)); // the apply is done
        // Tab leaves the editor for the problem list (nothing is typed into the file).
        const QString text = editor()->toPlainText();
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_Tab);
        QVERIFY(problems()->hasFocus());
        QCOMPARE(editor()->toPlainText(), text);
        // Shift+Tab back through the file to the actions.
        QTest::keyClick(problems(), Qt::Key_Backtab);
        QVERIFY(editor()->hasFocus());
        QTest::keyClick(editor(), Qt::Key_Backtab);
        QVERIFY(button("secretButton")->hasFocus());
        QTest::keyClick(button("secretButton"), Qt::Key_Backtab);
        QTest::keyClick(button("diffButton"), Qt::Key_Backtab);
        QVERIFY(button("revertButton")->hasFocus());
    }

    // New Lightspeed turns use the applied stack: its rag tools answer (here a renamed one, empty so far),
    // and the turn records the configuration that answered.
    void newLightspeedTurnsUseTheAppliedStack()
    {
        replaceInEditor(QStringLiteral("name: documents"), QStringLiteral("name: manuals"));
        QVERIFY(applyByMouse());
        QCOMPARE(m_app->services().library->ragTools(), QStringList{QStringLiteral("manuals")});
        // The Documents pane adds to the applied stack's collection.
        auto *collection = m_app->window().documentsPane()->findChild<QComboBox *>(QStringLiteral("collectionPicker"));
        QVERIFY(collection);
        QCOMPARE(collection->count(), 1);
        QCOMPARE(collection->currentText(), QStringLiteral("manuals"));
        const HttpReply r = apiCall(m_app->port(), "POST", "/v1/query",
                                    R"({"query":"How often should the inlet filter be changed?"})");
        QCOMPARE(r.status, 200);
        const QString conversation = jsonOf(r).value(QStringLiteral("conversation_id")).toString();
        QVERIFY(!conversation.isEmpty());
        ConversationStore *store = m_app->services().conversations.get();
        QVector<ConversationTurn> turns;
        QVERIFY(QTest::qWaitFor([&]() {
            std::unique_ptr<QThread> reader(QThread::create([&]() {
                QString error;
                turns = store->turns(conversation, &error).value_or(QVector<ConversationTurn>());
            }));
            reader->start();
            reader->wait();
            return !turns.isEmpty();
        }, 10000));
        QCOMPARE(turns.first().configId, runningId());
        replaceInEditor(QStringLiteral("name: manuals"), QStringLiteral("name: documents"));
        QVERIFY(applyByMouse());
        QCOMPARE(m_app->services().library->ragTools(), QStringList{QStringLiteral("documents")});
        QCOMPARE(collection->currentText(), QStringLiteral("documents"));
    }

    // An edit made to the file by another program: loaded when the editor holds no edits of its own,
    // announced (and nothing lost) when it does.
    void followsChangesMadeOnDisk()
    {
        QVERIFY(validated());
        QCOMPARE(editor()->toPlainText().toUtf8(), readAll(configFile()));
        const QByteArray outside = readAll(configFile()) + "# changed by another editor\n";
        QVERIFY(writeFile(configFile(), outside));
        QVERIFY(QTest::qWaitFor([&]() { return editor()->toPlainText().toUtf8() == outside; }, 10000));
        auto *message = pane()->findChild<QLabel *>(QStringLiteral("stackMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("changed on disk and was loaded again")), qPrintable(message->text()));

        QTextCursor end(editor()->document());
        end.movePosition(QTextCursor::End);
        end.insertText(QStringLiteral("# mine\n"));
        const QString mine = editor()->toPlainText();
        QVERIFY(writeFile(configFile(), outside + "# theirs\n"));
        QVERIFY(QTest::qWaitFor([&]() { return message->text().contains(QStringLiteral("while you were editing")); }, 10000));
        QCOMPARE(editor()->toPlainText(), mine);
        QVERIFY(button("saveButton")->isEnabled());
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&]() { return readAll(configFile()) == mine.toUtf8(); }, 10000));
    }

    // A file of thousands of lines with hundreds of problems: every problem listed and underlined.
    void aLargeFileWithManyProblems()
    {
        const QString before = editor()->toPlainText();
        QString big = QStringLiteral("stack:\n  tools:\n");
        for (int i = 0; i < 1200; ++i)
            big += QStringLiteral("    - name: tool%1\n      role: Answers group %1\n      kind: %2\n")
                       .arg(i)
                       .arg(i % 3 == 0 ? QStringLiteral("broken") : QStringLiteral("prompt"));
        QElapsedTimer clock;
        clock.start();
        editor()->selectAll();
        editor()->insertPlainText(big);
        QVERIFY(QTest::qWaitFor([this]() { return pane()->isValidated(); }, 60000));
        qInfo("%d lines checked and their problems shown %lld ms after the edit (300 ms of it the pause)",
              editor()->blockCount(), clock.elapsed());
        QCOMPARE(problems()->count(), 400);
        QCOMPARE(editor()->underlinedLines().size(), 400);
        QCOMPARE(problems()->item(399)->text(),
                 QStringLiteral("%1: stack.tools[1197].kind: must be prompt or rag, got 'broken'").arg(3 + 1197 * 3 + 2));
        QVERIFY(!button("applyButton")->isEnabled());
        problems()->setFocus();
        problems()->setCurrentRow(399);
        QTest::keyClick(problems(), Qt::Key_Return);
        QCOMPARE(editor()->textCursor().blockNumber() + 1, 3 + 1197 * 3 + 2);
        editor()->selectAll();
        editor()->insertPlainText(before);
        QVERIFY(validated());
    }

    // Quitting with edits not saved asks; Cancel keeps the window open on the Stack pane, Discard quits.
    void quittingWithUnsavedEditsAsks()
    {
        QGuiApplication::setQuitOnLastWindowClosed(false); // the window comes back for the next tests
        replaceInEditor(QStringLiteral("name: documents"), QStringLiteral("name: unsaved"));
        QVERIFY(pane()->hasUnsavedEdits());
        m_app->window().showPane(MainWindow::Chat);
        QString asked;
        answerNextDialog([&asked](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!m_app->window().close());
        QVERIFY2(asked.contains(QStringLiteral("not saved")), qPrintable(asked));
        QVERIFY(m_app->window().isVisible());
        QCOMPARE(m_app->window().panes()->currentWidget(), pane());
        answerNextDialog([](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            QVERIFY(box);
            box->button(QMessageBox::Discard)->click();
        });
        QVERIFY(m_app->window().close());
        QVERIFY(!m_app->window().isVisible());
        m_app->window().show();
        replaceInEditor(QStringLiteral("name: unsaved"), QStringLiteral("name: documents"));
    }

    void everyControlIsNamed()
    {
        QVERIFY2(unnamedControls(pane()).isEmpty(), qPrintable(unnamedControls(pane()).join(QLatin1Char(','))));
    }

    // Pictures of the pane in light and dark, with a problem shown, when STACKPANE_PICTURES names a folder.
    void pictures()
    {
        const QString dir = qEnvironmentVariable("STACKPANE_PICTURES");
        if (dir.isEmpty())
            QSKIP("set STACKPANE_PICTURES to a folder to take pictures");
        replaceInEditor(QStringLiteral("kind: rag"), QStringLiteral("kind: ragg"));
        QVERIFY(validated());
        const QPalette light = QApplication::style()->standardPalette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Base, QColor(0x17, 0x18, 0x1a));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Button, QColor(0x2d, 0x2f, 0x33));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Highlight, QColor(0x3b, 0x6e, 0xc6));
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x84, 0x8a));
        for (const auto &[name, palette] : {std::pair{QStringLiteral("light"), light}, std::pair{QStringLiteral("dark"), dark}}) {
            QApplication::setPalette(palette);
            QApplication::processEvents();
            QVERIFY(validated());
            QVERIFY(m_app->window().grab().save(QDir(dir).filePath(QStringLiteral("stack-%1.png").arg(name))));
        }
        QApplication::setPalette(light);
        editor()->document()->undo();
        // The dialogs, as they open.
        SecretDialog secret(QStringLiteral("openai-key"), pane());
        secret.show();
        QVERIFY(QTest::qWaitFor([&]() { return !secret.statusText().startsWith(QStringLiteral("Looking")); }, 15000));
        QVERIFY(secret.grab().save(QDir(dir).filePath(QStringLiteral("stack-secret.png"))));
        DiffDialog diff(runningId(), m_app->services().desktopStack->runningText(), editor()->toPlainText().toUtf8(), pane());
        diff.show();
        QVERIFY(QTest::qWaitForWindowExposed(&diff));
        QVERIFY(diff.grab().save(QDir(dir).filePath(QStringLiteral("stack-diff.png"))));
    }
};

QTEST_MAIN(TstStackPane)
#include "tst_stackpane.moc"
