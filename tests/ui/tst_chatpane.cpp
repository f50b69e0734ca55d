// The Chat pane, driven with the keyboard and the mouse over the app's real core (builtin extractive model,
// builtin embedder, embedded store, SQLite) while the real server listens on a free port: answers appear with
// their sources, conversations are the very rows the Lightspeed API reads and continues, regenerate and edit
// keep earlier versions, feedback lands where POST /v1/feedback puts it, and the window never makes a blocking
// core call on its own thread.
#include "chat/chatpane.h"
#include "chat/composer.h"
#include "chat/conversationlist.h"
#include "chat/conversationlistmodel.h"
#include "chat/messagelist.h"
#include "chat/sourceslist.h"
#include "chat/turnwidget.h"
#include "conversations/conversationengine.h"
#include "conversations/conversationstore.h"
#include "conversations/desktopchat.h"
#include "desktoptesthelpers.h"
#include "widgets/markdownview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>

using namespace aistack;
using namespace aistack::test;

namespace {
const QByteArray kUser = "00000000-0000-0000-0000-000"; // the noop module's default user: the desktop user's
} // namespace

class TstChatPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<DesktopFixture> m_app;

    ChatPane *chat() { return m_app->window().chatPane(); }
    MessageList *messages() { return chat()->messages(); }
    TurnWidget *lastTurn() { return messages()->widgetAt(messages()->turnCount() - 1); }

    // Types a question into the question box and presses Enter, as a person would; waits for the answer.
    bool askByKeyboard(const QString &question)
    {
        QSignalSpy finished(chat(), &ChatPane::answerFinished);
        PromptEdit *editor = chat()->composer()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, question);
        QTest::keyClick(editor, Qt::Key_Return);
        return finished.wait(30000) && finished.first().first().toBool();
    }

    // Waits until the open conversation's reload after an answer is on screen.
    bool settled()
    {
        return QTest::qWaitFor([this]() { return !chat()->isAnswering() && lastTurn() && lastTurn()->turn().turnId > 0; },
                               10000);
    }

    // Whether a person sees the turn: its widget lies in the visible part of the scrolled messages, and the
    // messages are not padded with empty space below their last turn.
    bool onScreen(TurnWidget *turn)
    {
        QWidget *viewport = messages()->viewport();
        const QRect shown = QRect(turn->mapTo(viewport, QPoint(0, 0)), turn->size());
        const int content = messages()->widget()->height();
        const int below = content - (lastTurn()->geometry().bottom() + 1); // the list's margin and stretch
        const bool padded = content > viewport->height() && below > viewport->height() / 2;
        return turn->isVisible() && shown.intersects(viewport->rect()) && !padded;
    }

    QJsonObject history(const QString &id)
    {
        return QJsonObject{{QStringLiteral("chat_history"), chatHistory(m_app->port(), id)}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = std::make_unique<DesktopFixture>();
        QString error;
        QVERIFY2(m_app->start(desktopConfig(), &error), qPrintable(error));
        QVERIFY(writeFile(m_app->path(QStringLiteral("docs/pump-handbook.md")), handbookText()));
        QVERIFY(writeFile(m_app->path(QStringLiteral("docs/faq.txt")), faqText()));
        QVERIFY(ingestAndWait(m_app->services().ingestQueue.get(), QString(), {m_app->path(QStringLiteral("docs"))}));
        m_app->window().showPane(MainWindow::Chat);
    }

    void init()
    {
        m_app->window().activateWindow(); // a dialog of the test before may have taken the focus away
        QVERIFY(QTest::qWaitForWindowActive(&m_app->window()));
        // The GUI thread never waits on the database, a model or the disk.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("blocking call on the GUI thread")));
    }

    void cleanupTestCase() { m_app.reset(); }

    void enterSendsAndTheAnswerComesWithItsSources()
    {
        chat()->newConversation();
        QVERIFY(askByKeyboard(QStringLiteral("How often should the inlet filter be changed?")));
        QVERIFY(settled());
        QCOMPARE(messages()->turnCount(), 1);
        TurnWidget *turn = lastTurn();
        QVERIFY(QTest::qWaitFor([&]() { return onScreen(turn); }, 2000));
        QCOMPARE(turn->questionView()->plainText(), QStringLiteral("How often should the inlet filter be changed?"));
        QVERIFY2(turn->answerView()->plainText().contains(QStringLiteral("500 operating hours")),
                 qPrintable(turn->answerView()->plainText()));
        // The sources under the answer: file names, best first, the one quoted among them.
        QStringList files;
        for (const CitedPassage &s : turn->sources()->sources())
            files << s.fileName;
        QVERIFY2(files.contains(QStringLiteral("faq.txt")), qPrintable(files.join(QLatin1Char(','))));
        QVERIFY(turn->sources()->isVisible());
        QCOMPARE(turn->sources()->toggle()->text(), QStringLiteral("Sources (%1)").arg(files.size()));
        QVERIFY(turn->sources()->sources().first().score >= turn->sources()->sources().last().score);
        QVERIFY(turn->metaLabel()->text().contains(QStringLiteral("tokens")));
        QVERIFY(chat()->composer()->text().isEmpty());

        // The same conversation through the Lightspeed API of the running server.
        const QString id = chat()->currentConversation();
        QVERIFY(!id.isEmpty());
        const QJsonObject list = jsonOf(apiCall(m_app->port(), "GET", "/v1/conversations?user_id=" + kUser));
        QStringList ids;
        for (const QJsonValue &c : list.value(QStringLiteral("conversations")).toArray())
            ids << c[QStringLiteral("conversation_id")].toString();
        QVERIFY2(ids.contains(id), list.isEmpty() ? "no list" : qPrintable(ids.join(QLatin1Char(','))));
        const QJsonArray turns = history(id).value(QStringLiteral("chat_history")).toArray();
        QCOMPARE(turns.size(), 1);
        QCOMPARE(turns[0][QStringLiteral("messages")][0][QStringLiteral("content")].toString(),
                 QStringLiteral("How often should the inlet filter be changed?"));
        QCOMPARE(turns[0][QStringLiteral("messages")][1][QStringLiteral("content")].toString(), turn->turn().answer);
        // Listed on the left under Today, titled by its question.
        ConversationListModel *model = chat()->conversationList()->model();
        QVERIFY(QTest::qWaitFor([&]() { return model->indexOf(id).isValid(); }, 5000));
        QCOMPARE(model->titleOf(id), QStringLiteral("How often should the inlet filter be changed?"));
        QCOMPARE(model->indexOf(id).parent().data().toString(), QStringLiteral("Today"));
    }

    void shiftEnterAddsALineInsteadOfSending()
    {
        PromptEdit *editor = chat()->composer()->editor();
        editor->clear();
        editor->setFocus();
        const int before = messages()->turnCount();
        QTest::keyClicks(editor, QStringLiteral("first line"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(editor, QStringLiteral("second line"));
        QCOMPARE(editor->toPlainText(), QStringLiteral("first line\nsecond line"));
        QCOMPARE(messages()->turnCount(), before);
        QVERIFY(!chat()->isAnswering());
        editor->clear();
    }

    void aTurnAnApiClientAddsShowsUpWithoutARestart()
    {
        const QString id = chat()->currentConversation();
        const int before = messages()->turnCount();
        const QByteArray body = "{\"query\":\"Can the pump run dry?\",\"conversation_id\":\"" + id.toUtf8() + "\"}";
        const HttpReply reply = apiCall(m_app->port(), "POST", "/v1/query?user_id=" + kUser, body);
        QCOMPARE(reply.status, 200);
        QCOMPARE(jsonOf(reply).value(QStringLiteral("conversation_id")).toString(), id);
        QVERIFY(QTest::qWaitFor([&]() { return messages()->turnCount() == before + 1; }, 10000));
        QCOMPARE(lastTurn()->turn().question, QStringLiteral("Can the pump run dry?"));
        QCOMPARE(lastTurn()->turn().answer, jsonOf(reply).value(QStringLiteral("response")).toString());
        QVERIFY(QTest::qWaitFor([&]() { return onScreen(lastTurn()); }, 2000)); // the view follows the new turn
    }

    void regenerateAndEditKeepEarlierVersions()
    {
        const QString id = chat()->currentConversation();
        const QString firstAnswer = lastTurn()->turn().answer;
        QSignalSpy finished(chat(), &ChatPane::answerFinished);
        auto *regenerate = lastTurn()->findChild<QToolButton *>(QStringLiteral("regenerate"));
        QVERIFY2(regenerate && regenerate->isVisible(),
                 qPrintable(QStringLiteral("turn %1, last %2, visible %3").arg(lastTurn()->turn().turnId)
                                .arg(lastTurn()->turn().last).arg(lastTurn()->isVisible())));
        QTest::mouseClick(regenerate, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(settled());
        QVERIFY(QTest::qWaitFor([&]() { return lastTurn()->turn().versionCount == 2; }, 5000));
        QCOMPARE(lastTurn()->turn().selectedVersion, 1);
        QCOMPARE(lastTurn()->findChild<QLabel *>(QStringLiteral("versionLabel"))->text(), QStringLiteral("2/2"));

        // Edit the last question: the composer takes it, a banner says so, Enter asks the edited one.
        auto *edit = lastTurn()->findChild<QToolButton *>(QStringLiteral("editQuestion"));
        QTest::mouseClick(edit, Qt::LeftButton);
        QVERIFY(chat()->composer()->isEditing());
        QCOMPARE(chat()->composer()->text(), QStringLiteral("Can the pump run dry?"));
        QVERIFY(chat()->composer()->findChild<QLabel *>(QStringLiteral("editBanner"))->isVisible());
        chat()->composer()->editor()->clear();
        QVERIFY(askByKeyboard(QStringLiteral("What does running dry damage?")));
        QVERIFY(settled());
        QVERIFY(QTest::qWaitFor([&]() { return lastTurn()->turn().versionCount == 3; }, 5000));
        QCOMPARE(lastTurn()->turn().question, QStringLiteral("What does running dry damage?"));
        QJsonArray turns = history(id).value(QStringLiteral("chat_history")).toArray();
        QCOMPARE(turns.size(), 2); // a version, not a new turn
        QCOMPARE(turns[1][QStringLiteral("messages")][0][QStringLiteral("content")].toString(),
                 QStringLiteral("What does running dry damage?"));

        // ‹ goes back to the first version; the API (and the model's history) follow what is shown.
        for (int i = 0; i < 2; ++i) {
            auto *previous = lastTurn()->findChild<QToolButton *>(QStringLiteral("previousVersion"));
            QVERIFY(previous->isEnabled());
            const int selected = lastTurn()->turn().selectedVersion;
            QTest::mouseClick(previous, Qt::LeftButton);
            QVERIFY(QTest::qWaitFor([&]() { return lastTurn()->turn().selectedVersion == selected - 1; }, 5000));
        }
        QCOMPARE(lastTurn()->findChild<QLabel *>(QStringLiteral("versionLabel"))->text(), QStringLiteral("1/3"));
        QCOMPARE(lastTurn()->turn().question, QStringLiteral("Can the pump run dry?"));
        QCOMPARE(lastTurn()->turn().answer, firstAnswer);
        turns = history(id).value(QStringLiteral("chat_history")).toArray();
        QCOMPARE(turns[1][QStringLiteral("messages")][0][QStringLiteral("content")].toString(),
                 QStringLiteral("Can the pump run dry?"));
    }

    void feedbackIsStoredWhereTheApiStoresIt()
    {
        const QString id = chat()->currentConversation();
        const QString answer = lastTurn()->turn().answer;
        answerNextDialog([](QWidget *dialog) {
            dialog->findChild<QCheckBox *>(QStringLiteral("category_incorrect"))->setChecked(true);
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("feedbackComment")),
                             QStringLiteral("quoted the wrong passage"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::mouseClick(lastTurn()->findChild<QToolButton *>(QStringLiteral("thumbsDown")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&]() { return lastTurn()->turn().sentiment == -1; }, 10000));
        QVERIFY(lastTurn()->findChild<QToolButton *>(QStringLiteral("thumbsDown"))->isChecked());
        // The file, as the original writes it.
        const QStringList files = QDir(m_app->path(QStringLiteral("feedback"))).entryList({QStringLiteral("*.json")});
        QCOMPARE(files.size(), 1);
        QFile file(m_app->path(QStringLiteral("feedback/")) + files.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject stored = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(stored.value(QStringLiteral("conversation_id")).toString(), id);
        QCOMPARE(stored.value(QStringLiteral("user_id")).toString(), QString::fromLatin1(kUser));
        QCOMPARE(stored.value(QStringLiteral("sentiment")).toInt(), -1);
        QCOMPARE(stored.value(QStringLiteral("llm_response")).toString(), answer);
        QCOMPARE(stored.value(QStringLiteral("categories")).toArray(), QJsonArray{QStringLiteral("incorrect")});
        QCOMPARE(stored.value(QStringLiteral("user_feedback")).toString(), QStringLiteral("quoted the wrong passage"));
        // The row: the pane shows it again after the conversation is reopened.
        chat()->newConversation();
        chat()->openConversation(id);
        QVERIFY(QTest::qWaitFor([&]() { return lastTurn() && lastTurn()->turn().sentiment == -1; }, 10000));
    }

    void exportsAreTheApisShapeAndMarkdown()
    {
        const QString id = chat()->currentConversation();
        const QString json = m_app->path(QStringLiteral("export.json"));
        const QString md = m_app->path(QStringLiteral("export.md"));
        QFutureWatcher<QString> watcher;
        for (const auto &[format, path] : {std::make_pair(ExportFormat::ApiJson, json), std::make_pair(ExportFormat::Markdown, md)}) {
            QFuture<QString> done = m_app->services().chat()->exportTo(id, format, path);
            QVERIFY(QTest::qWaitFor([&]() { return done.isFinished(); }, 10000));
            QCOMPARE(done.result(), QString());
        }
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const HttpReply api = apiCall(m_app->port(), "GET", "/v1/conversations/" + id.toUtf8() + "?user_id=" + kUser);
        QCOMPARE(jsonFile.readAll(), api.body);
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(mdFile.readAll());
        QVERIFY(text.startsWith(QStringLiteral("# How often should the inlet filter be changed?")));
        QVERIFY(text.contains(QStringLiteral("## You")));
        QVERIFY(text.contains(QStringLiteral("Can the pump run dry?")));
        QVERIFY(text.contains(QStringLiteral("faq.txt")));
    }

    void searchRenameAndDeleteFromTheKeyboard()
    {
        chat()->newConversation();
        QVERIFY(askByKeyboard(QStringLiteral("What torque for the cover bolts?")));
        QVERIFY(settled());
        const QString torque = chat()->currentConversation();
        ConversationList *list = chat()->conversationList();
        ConversationListModel *model = list->model();
        QVERIFY(QTest::qWaitFor([&]() { return model->conversationCount() == 2; }, 5000));

        // Ctrl+F, then words of the other conversation's messages (not its title).
        QTest::keyClick(chat()->composer()->editor(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), list->searchField());
        QTest::keyClicks(list->searchField(), QStringLiteral("PUMP RUN DRY"));
        QVERIFY(QTest::qWaitFor([&]() { return model->conversationCount() == 1; }, 5000));
        QVERIFY(!model->indexOf(torque).isValid());
        list->searchField()->clear();
        QVERIFY(QTest::qWaitFor([&]() { return model->conversationCount() == 2; }, 5000));

        // F2 renames (an input dialog), the title follows everywhere.
        list->view()->setFocus();
        list->view()->setCurrentIndex(model->indexOf(torque));
        answerNextDialog([](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            input->setTextValue(QStringLiteral("Cover bolts"));
            input->accept();
        });
        QTest::keyClick(list->view(), Qt::Key_F2);
        QVERIFY(QTest::qWaitFor([&]() { return model->titleOf(torque) == QLatin1String("Cover bolts"); }, 5000));
        QVERIFY(QTest::qWaitFor([&]() { return chat()->titleLabel()->text() == QLatin1String("Cover bolts"); }, 5000));

        // Del deletes after a confirmation; the API no longer finds it.
        m_app->window().activateWindow(); // the offscreen platform does not give it back after a dialog
        QVERIFY(QTest::qWaitForWindowActive(&m_app->window()));
        list->view()->setFocus();
        list->view()->setCurrentIndex(model->indexOf(torque));
        answerNextDialog([](QWidget *dialog) {
            qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(list->view(), Qt::Key_Delete);
        QVERIFY(QTest::qWaitFor([&]() { return model->conversationCount() == 1; }, 5000));
        QCOMPARE(apiCall(m_app->port(), "GET", "/v1/conversations/" + torque.toUtf8() + "?user_id=" + kUser).status, 404);
        QVERIFY(chat()->currentConversation().isEmpty()); // the deleted one is no longer open
    }

    void keyboardShortcuts()
    {
        ConversationListModel *model = chat()->conversationList()->model();
        const QString id = model->firstConversation().data(ConversationListModel::ConversationIdRole).toString();
        chat()->openConversation(id);
        QVERIFY(QTest::qWaitFor([&]() { return messages()->turnCount() == 2; }, 5000));
        QApplication::clipboard()->clear();
        QTest::keyClick(chat()->composer()->editor(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), messages()->turnAt(1).answer);
        QTest::keyClick(chat()->composer()->editor(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(chat()->currentConversation().isEmpty());
        QCOMPARE(messages()->turnCount(), 0);
        QCOMPARE(chat()->titleLabel()->text(), QStringLiteral("New conversation"));
        QCOMPARE(QApplication::focusWidget(), chat()->composer()->editor());
        QTest::keyClick(chat()->composer()->editor(), Qt::Key_Escape); // nothing to stop: nothing happens
        QVERIFY(!chat()->isAnswering());
        // Ctrl+4 shows the Documents pane, Ctrl+5 the chat again.
        QTest::keyClick(&m_app->window(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(m_app->window().sidebar()->currentRow(), int(MainWindow::Documents));
        QTest::keyClick(&m_app->window(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(m_app->window().sidebar()->currentRow(), int(MainWindow::Chat));
    }

    void useMyDocumentsIsKeptPerConversation()
    {
        chat()->newConversation();
        chat()->composer()->useDocuments()->setChecked(false);
        QVERIFY(askByKeyboard(QStringLiteral("How often should the inlet filter be changed?")));
        QVERIFY(settled());
        const QString id = chat()->currentConversation();
        QVERIFY(lastTurn()->turn().details.sources.isEmpty());
        QVERIFY(!lastTurn()->sources()->isVisible());
        QVERIFY(!lastTurn()->answerView()->plainText().contains(QStringLiteral("500 operating hours")));
        chat()->newConversation();
        QVERIFY(chat()->composer()->useDocuments()->isChecked());
        chat()->openConversation(id);
        QVERIFY(QTest::qWaitFor([&]() { return chat()->currentConversation() == id; }, 5000));
        QVERIFY(!chat()->composer()->useDocuments()->isChecked());
    }

    void aThousandTurnConversationOpensOnItsLastPage()
    {
        // Recorded through the store's writer, as the API records turns.
        ConversationStore &store = *m_app->services().conversations;
        const QString id = QStringLiteral("0197a3c4-5d6e-7f80-9123-456789abcdef");
        std::atomic<int> committed{0};
        for (int i = 0; i < 1000; ++i) {
            ConversationTurn t;
            t.userMessage = QStringLiteral("Question %1").arg(i);
            t.assistantMessage = QStringLiteral("Answer **%1** with `code`").arg(i);
            t.systemPrompt = QStringLiteral("You are a helpful assistant");
            t.model = QStringLiteral("extractive");
            t.provider = QStringLiteral("builtin");
            store.recordTurn(id, QString::fromLatin1(kUser), t, i == 0, [&committed](const QString &e) {
                if (e.isEmpty())
                    ++committed;
                else
                    qWarning() << "turn not stored:" << e;
            });
        }
        QVERIFY(QTest::qWaitFor([&]() { return committed.load() == 1000; }, 30000));
        chat()->openConversation(id);
        QVERIFY(QTest::qWaitFor([&]() { return messages()->turnCount() == 1000; }, 10000));
        QVERIFY(messages()->widgetAt(999)); // the newest turn is there at once; the rest of the page follows
        QVERIFY(QTest::qWaitFor([&]() { return !messages()->isBuilding(); }, 10000));
        QVERIFY(QTest::qWaitFor([&]() { return onScreen(messages()->widgetAt(999)); }, 2000));
        QCOMPARE(messages()->firstShown(), 1000 - MessageList::kPage);
        QVERIFY(messages()->widgetAt(999));
        QVERIFY(!messages()->widgetAt(0));
        QCOMPARE(messages()->widgetAt(999)->turn().question, QStringLiteral("Question 999"));
        auto *earlier = messages()->findChild<QPushButton *>(QStringLiteral("showEarlier"));
        QVERIFY(earlier->isVisible());
        QTest::mouseClick(earlier, Qt::LeftButton);
        QCOMPARE(messages()->firstShown(), 1000 - 2 * MessageList::kPage);
        QVERIFY(QTest::qWaitFor([&]() { return !messages()->isBuilding(); }, 10000));
        QCOMPARE(messages()->widgetAt(1000 - 2 * MessageList::kPage)->turn().question,
                 QStringLiteral("Question %1").arg(1000 - 2 * MessageList::kPage));
    }

    void everyControlHasANameAScreenReaderCanSay()
    {
        const QStringList unnamed = unnamedControls(chat());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TstChatPane)
#include "tst_chatpane.moc"
