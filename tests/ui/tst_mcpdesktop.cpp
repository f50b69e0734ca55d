// MCP tools in the window, with a real MCP server (the SDK server of tests/mcp, plain JSON) and one that is
// down. The chat shows each tool call the model makes as a collapsible block (tool, server, time; opened:
// arguments and result), live and after the turn is stored; the Stack pane lists the servers with their
// state and tools and makes a test call of a selected tool. Driven with the keyboard.
//
// The model is a stand-in (tests/mcp/scriptedmodel.mjs, which says why): the tests' real llama-server
// cannot be made to call a tool with the tiny model.
#include "chat/chatpane.h"
#include "chat/composer.h"
#include "chat/conversationlist.h"
#include "chat/conversationlistmodel.h"
#include "chat/messagelist.h"
#include "chat/toolcallslist.h"
#include "chat/turnwidget.h"
#include "desktoptesthelpers.h"
#include "mcptestservers.h"
#include "stack/mcpserverspanel.h"
#include "stack/stackpane.h"
#include "widgets/markdownview.h"

#include <QProcess>
#include <QTcpServer>
#include <QTreeWidget>

using namespace aistack;
using namespace aistack::test;

class TstMcpDesktop : public QObject
{
    Q_OBJECT

    McpTestServer m_json{McpTestServer::Kind::Json};
    QProcess m_model;
    std::unique_ptr<DesktopFixture> m_app;

    ChatPane *chat() { return m_app->window().chatPane(); }
    TurnWidget *lastTurn() { return chat()->messages()->widgetAt(chat()->messages()->turnCount() - 1); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_json.start(&error), qPrintable(error));
        m_model.start(QStringLiteral("node"), {QStringLiteral(AISTACK_SCRIPTED_MODEL), QStringLiteral("0")});
        QVERIFY2(m_model.waitForStarted(10000), "node does not start");
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += m_model.readAllStandardOutput()).contains('\n'), 15000);
        const QByteArray modelPort = out.mid(out.indexOf("listening on ") + 13).trimmed();
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QByteArray downPort = QByteArray::number(closed.serverPort());
        closed.close();
        const QByteArray yaml =
            desktopConfig(QByteArray("mcp_servers:\n  - name: json\n    url: ")
                              .append(m_json.url().toUtf8())
                              .append("\n  - name: down\n    url: http://127.0.0.1:")
                              .append(downPort)
                              .append("/mcp\n"))
                .replace("    - name: general\n      role: Answer general questions\n      kind: prompt\n",
                         QByteArray(
                             "    - name: general\n      role: Answer general questions\n      kind: prompt\n"
                             "      ai_client:\n        provider: openai\n        model: scripted\n"
                             "        base_url: http://127.0.0.1:")
                             .append(modelPort)
                             .append("/v1\n        max_retries: 0\n"));
        m_app = std::make_unique<DesktopFixture>();
        QVERIFY2(m_app->start(yaml, &error), qPrintable(error));
        m_app->window().resize(1100, 800);
        m_app->window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_app->window()));
    }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("blocking call on the GUI thread")));
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_model.kill();
        m_model.waitForFinished(5000);
    }

    void theChatShowsEachToolCallAsABlock()
    {
        m_app->window().showPane(MainWindow::Chat);
        QComboBox *models = chat()->composer()->modelPicker();
        QTRY_VERIFY_WITH_TIMEOUT(models->findText(QStringLiteral("openai/scripted")) >= 0, 10000);
        models->setCurrentIndex(models->findText(QStringLiteral("openai/scripted")));
        chat()->composer()->useDocuments()->setChecked(false); // MCP tools stay on without the documents

        QSignalSpy finished(chat(), &ChatPane::answerFinished);
        PromptEdit *editor = chat()->composer()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("call echo {\"message\":\"from the desk\"}"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The call waits for the person: what would run, with the keyboard on Allow.
        QTRY_VERIFY_WITH_TIMEOUT(lastTurn() && lastTurn()->approvalBar()->isVisible(), 10000);
        QVERIFY2(lastTurn()->approvalBar()->accessibleName().contains(
                     QStringLiteral("echo on json with {\"message\":\"from the desk\"}")),
                 qPrintable(lastTurn()->approvalBar()->accessibleName()));
        QCOMPARE(QApplication::focusWidget(), lastTurn()->allowButton());
        m_app->window().grab().save(QDir::temp().filePath(QStringLiteral("aistack-chat-approval.png")));
        QTest::keyClick(lastTurn()->allowButton(), Qt::Key_Space);
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(lastTurn() && lastTurn()->turn().turnId > 0, 10000); // the stored turn

        TurnWidget *turn = lastTurn();
        QCOMPARE(turn->answerView()->plainText(), QStringLiteral("The tool said: Echo: from the desk."));
        ToolCallsList *calls = turn->toolCalls();
        QVERIFY(calls->isVisible());
        QCOMPARE(calls->blockCount(), 1);
        QToolButton *toggle = calls->toggleAt(0);
        QVERIFY2(toggle->text().startsWith(QStringLiteral("Tool echo on json · done · ")),
                 qPrintable(toggle->text()));
        QVERIFY2(toggle->text().endsWith(QStringLiteral(" ms")), qPrintable(toggle->text()));
        QVERIFY(!calls->isExpanded(0));

        // Opened with the keyboard: the arguments, indented, and the tool's answer.
        toggle->setFocus();
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(calls->isExpanded(0));
        const auto views = calls->findChildren<QPlainTextEdit *>();
        QCOMPARE(views.size(), 2);
        QVERIFY2(views[0]->toPlainText().contains(QStringLiteral("\"message\": \"from the desk\"")),
                 qPrintable(views[0]->toPlainText()));
        QCOMPARE(views[1]->toPlainText(), QStringLiteral("Echo: from the desk"));
        QVERIFY(views[1]->isVisible());
        const QString shown = chat()->currentConversation();
        QTRY_VERIFY_WITH_TIMEOUT(chat()->conversationList()->model()->indexOf(shown).isValid(), 5000);
        m_app->window().grab().save(QDir::temp().filePath(QStringLiteral("aistack-chat-toolcall.png")));
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(!calls->isExpanded(0));

        // The calls are kept with the turn: the conversation opened again shows them.
        const QString id = chat()->currentConversation();
        chat()->newConversation();
        chat()->openConversation(id);
        QTRY_VERIFY_WITH_TIMEOUT(chat()->messages()->turnCount() == 1 && lastTurn()->turn().turnId > 0,
                                 10000);
        QCOMPARE(lastTurn()->toolCalls()->blockCount(), 1);
        QCOMPARE(lastTurn()->turn().details.toolRuns.first().response, QStringLiteral("Echo: from the desk"));
    }

    // Deny gives the model "not allowed" as the result; "Always allow this tool" runs it, and later calls of
    // it run without asking.
    void denyAndAlwaysAllow()
    {
        m_app->window().showPane(MainWindow::Chat);
        chat()->newConversation();
        auto ask = [this](const QString &question) {
            PromptEdit *editor = chat()->composer()->editor();
            editor->setFocus();
            QTest::keyClicks(editor, question);
            QTest::keyClick(editor, Qt::Key_Return);
        };
        auto answered = [this]() {
            return QTest::qWaitFor(
                [this]() { return !chat()->isAnswering() && lastTurn() && lastTurn()->turn().turnId > 0; },
                15000);
        };
        const QString question = QStringLiteral("call get-sum {\"a\":1,\"b\":2}");
        ask(question);
        QTRY_VERIFY_WITH_TIMEOUT(lastTurn()->approvalBar()->isVisible(), 10000);
        QTest::keyClick(lastTurn()->denyButton(), Qt::Key_Space);
        QVERIFY(answered());
        QCOMPARE(lastTurn()->answerView()->plainText(),
                 QStringLiteral("The tool said: The person did not allow this call.."));
        QVERIFY(lastTurn()->toolCalls()->toggleAt(0)->text().contains(QStringLiteral("failed")));
        QVERIFY(!lastTurn()->approvalBar()->isVisible());

        ask(question);
        QTRY_VERIFY_WITH_TIMEOUT(lastTurn()->approvalBar()->isVisible(), 10000);
        QTest::keyClick(lastTurn()->allowAlwaysButton(), Qt::Key_Space);
        QVERIFY(answered());
        QCOMPARE(lastTurn()->answerView()->plainText(),
                 QStringLiteral("The tool said: The sum of 1 and 2 is 3.."));

        ask(question);
        QVERIFY(answered());
        QCOMPARE(lastTurn()->answerView()->plainText(),
                 QStringLiteral("The tool said: The sum of 1 and 2 is 3.."));
        QVERIFY(!lastTurn()->approvalBar()->isVisible());
        QCOMPARE(chat()->messages()->turnCount(), 3);
    }

    void theStackPaneListsTheServersAndMakesATestCall()
    {
        m_app->window().showPane(MainWindow::Stack);
        McpServersPanel *panel = m_app->window().findChild<StackPane *>()->mcpServers();
        QTreeWidget *tree = panel->tree();
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() == 2 &&
                                     !tree->topLevelItem(1)->text(1).contains(QStringLiteral("not checked")),
                                 15000);
        QTreeWidgetItem *json = tree->topLevelItem(0);
        QTreeWidgetItem *down = tree->topLevelItem(1);
        QCOMPARE(json->text(0), QStringLiteral("json"));
        QVERIFY2(json->text(1).startsWith(QStringLiteral("online · 3 tool")), qPrintable(json->text(1)));
        QCOMPARE(down->text(1), QStringLiteral("unreachable"));
        QVERIFY2(down->text(2).contains(QStringLiteral("/mcp cannot be reached")), qPrintable(down->text(2)));
        QStringList tools;
        for (int i = 0; i < json->childCount(); ++i)
            tools << json->child(i)->text(0);
        QCOMPARE(tools,
                 (QStringList{QStringLiteral("echo"), QStringLiteral("get-sum"), QStringLiteral("headers")}));
        QVERIFY(!panel->testButton()->isEnabled()); // a server, not a tool, or nothing selected

        // Keyboard: into the tree, down to get-sum; its arguments start from its schema.
        tree->setFocus();
        tree->setCurrentItem(json->child(1));
        QVERIFY(panel->testButton()->isEnabled());
        const QJsonObject skeleton =
            QJsonDocument::fromJson(panel->argumentsEdit()->toPlainText().toUtf8()).object();
        QCOMPARE(skeleton, (QJsonObject{{QStringLiteral("a"), 0}, {QStringLiteral("b"), 0}}));
        panel->argumentsEdit()->setPlainText(QStringLiteral("{\"a\": 20, \"b\": 22}"));
        panel->testButton()->setFocus();
        QTest::keyClick(panel->testButton(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(panel->resultView()->toPlainText().startsWith(QStringLiteral("Answered in")),
                                 10000);
        QVERIFY2(panel->resultView()->toPlainText().endsWith(QStringLiteral("The sum of 20 and 22 is 42.")),
                 qPrintable(panel->resultView()->toPlainText()));
        m_app->window().grab().save(QDir::temp().filePath(QStringLiteral("aistack-stack-mcp.png")));

        // Arguments that are not JSON: a clear failure, nothing sent.
        panel->argumentsEdit()->setPlainText(QStringLiteral("{\"a\": 20,"));
        QTest::keyClick(panel->testButton(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(panel->resultView()->toPlainText().startsWith(QStringLiteral("Failed")),
                                 10000);
        QVERIFY2(panel->resultView()->toPlainText().contains(QStringLiteral("not a JSON object")),
                 qPrintable(panel->resultView()->toPlainText()));
    }
};

QTEST_MAIN(TstMcpDesktop)
#include "tst_mcpdesktop.moc"
