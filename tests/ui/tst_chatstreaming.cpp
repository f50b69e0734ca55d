// The Chat pane on a real model: a real llama-server (a tiny random-weight model the tests generate) behind
// the openai provider. The answer grows on screen as the model writes it; Stop (Esc) ends the model's
// generation at once and keeps what was written, marked as stopped, in the conversation the API reads.
#include "chat/chatpane.h"
#include "chat/composer.h"
#include "chat/messagelist.h"
#include "chat/turnwidget.h"
#include "desktoptesthelpers.h"
#include "llamaserver.h"
#include "widgets/markdownview.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>

using namespace aistack;
using namespace aistack::test;

namespace {
QByteArray modelConfig(const QString &baseUrl)
{
    return desktopConfig().replace(
        "    - name: general\n      role: Answer general questions\n      kind: prompt\n",
        QByteArray("    - name: general\n      role: Answer general questions\n      kind: prompt\n"
                   "      ai_client:\n        provider: openai\n        model: tiny-chat\n"
                   "        base_url: " +
                   baseUrl.toUtf8() + "\n        max_retries: 0\n"));
}
} // namespace

class TstChatStreaming : public QObject
{
    Q_OBJECT

    LlamaServer m_short; // answers of 400 tokens
    LlamaServer m_long;  // answers that would take minutes

    static bool startApp(DesktopFixture &app, const QString &baseUrl)
    {
        QString error;
        if (!app.start(modelConfig(baseUrl), &error)) {
            qWarning().noquote() << error;
            return false;
        }
        app.window().showPane(MainWindow::Chat);
        ChatPane *chat = app.window().chatPane();
        QComboBox *models = chat->composer()->modelPicker();
        if (!QTest::qWaitFor([models]() { return models->findText(QStringLiteral("openai/tiny-chat")) >= 0; }, 10000))
            return false;
        models->setCurrentIndex(models->findText(QStringLiteral("openai/tiny-chat")));
        chat->composer()->useDocuments()->setChecked(false);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_short.start(LlamaServer::chatModel(), {QStringLiteral("-n"), QStringLiteral("400")}, &error),
                 qPrintable(error));
        QVERIFY2(m_long.start(LlamaServer::chatModel(), {QStringLiteral("-n"), QStringLiteral("20000")}, &error),
                 qPrintable(error));
    }

    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("blocking call on the GUI thread"))); }

    void theAnswerGrowsAsTheModelWritesIt()
    {
        DesktopFixture app;
        QVERIFY(startApp(app, m_short.baseUrl()));
        ChatPane *chat = app.window().chatPane();
        QVector<int> lengths; // the answer's length each time the screen showed more of it
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&]() {
            MessageList *m = chat->messages();
            if (m->turnCount() == 0)
                return;
            const int length = int(m->turnAt(m->turnCount() - 1).answer.size());
            if (lengths.isEmpty() || lengths.last() != length)
                lengths << length;
        });
        watch.start(5);
        QSignalSpy finished(chat, &ChatPane::answerFinished);
        QTest::keyClicks(chat->composer()->editor(), QStringLiteral("Say hello to the reactor crew"));
        QTest::keyClick(chat->composer()->editor(), Qt::Key_Return);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        watch.stop();
        QVERIFY2(lengths.size() >= 3, qPrintable(QStringLiteral("the answer appeared in %1 step(s)").arg(lengths.size())));
        QVERIFY(std::is_sorted(lengths.begin(), lengths.end()));
        MessageList *m = chat->messages();
        QVERIFY(QTest::qWaitFor([&]() { return m->widgetAt(0) && m->widgetAt(0)->turn().turnId > 0; }, 10000));
        TurnWidget *turn = m->widgetAt(0);
        QCOMPARE(turn->turn().model, QStringLiteral("openai/tiny-chat"));
        QVERIFY(!turn->turn().answer.isEmpty());
        // What produced it: time to first token, speed and the provider's token counts.
        const QString meta = turn->metaLabel()->text();
        QVERIFY2(meta.contains(QStringLiteral("first token")) && meta.contains(QStringLiteral("tokens/s")) &&
                     meta.contains(QStringLiteral("→")),
                 qPrintable(meta));
        QVERIFY(turn->turn().details.outputTokens > 0);
        QVERIFY(!turn->turn().details.tokensEstimated);
        // The API reads the same answer.
        const QJsonArray turns = chatHistory(app.port(), chat->currentConversation());
        QCOMPARE(turns.size(), 1);
        QCOMPARE(turns[0][QStringLiteral("messages")][1][QStringLiteral("content")].toString(), turn->turn().answer);
    }

    void escapeStopsTheModelAndKeepsWhatWasWritten()
    {
        DesktopFixture app;
        QVERIFY(startApp(app, m_long.baseUrl()));
        ChatPane *chat = app.window().chatPane();
        MessageList *m = chat->messages();
        QSignalSpy finished(chat, &ChatPane::answerFinished);
        QTest::keyClicks(chat->composer()->editor(), QStringLiteral("Tell me a very long story"));
        QTest::keyClick(chat->composer()->editor(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&]() { return m->turnCount() == 1 && m->turnAt(0).answer.size() > 20; }, 60000));
        QVERIFY(m_long.busy());
        QCOMPARE(chat->composer()->sendButton()->text(), QStringLiteral("Stop"));
        QTest::keyClick(chat->composer()->editor(), Qt::Key_Escape);
        QVERIFY(finished.wait(10000));
        // The model stopped generating (the request was closed, llama-server frees the slot).
        QVERIFY(QTest::qWaitFor([&]() { return !m_long.busy(); }, 10000));
        QVERIFY(QTest::qWaitFor([&]() { return m->widgetAt(0) && m->widgetAt(0)->turn().turnId > 0; }, 10000));
        TurnWidget *turn = m->widgetAt(0);
        const QString kept = turn->turn().answer;
        QVERIFY(kept.size() > 20);
        QCOMPARE(turn->turn().details.status, AnswerDetails::Status::Stopped);
        QCOMPARE(turn->statusLabel()->text(), QStringLiteral("Stopped before the end."));
        QCOMPARE(chat->composer()->sendButton()->text(), QStringLiteral("Send"));
        const QJsonArray turns = chatHistory(app.port(), chat->currentConversation());
        QCOMPARE(turns[0][QStringLiteral("messages")][1][QStringLiteral("content")].toString(), kept);
    }

    void aDeadProviderIsShownOnTheTurnAndLosesNothing()
    {
        DesktopFixture app;
        QVERIFY(startApp(app, QStringLiteral("http://127.0.0.1:%1/v1").arg(freeLoopbackPort())));
        ChatPane *chat = app.window().chatPane();
        QSignalSpy finished(chat, &ChatPane::answerFinished);
        QTest::keyClicks(chat->composer()->editor(), QStringLiteral("Anyone there?"));
        QTest::keyClick(chat->composer()->editor(), Qt::Key_Return);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        TurnWidget *turn = chat->messages()->widgetAt(0);
        QVERIFY2(turn->statusLabel()->text().contains(QStringLiteral("openai")), qPrintable(turn->statusLabel()->text()));
        // Nothing half-stored; the question is still on screen with "Try again".
        QCOMPARE(turn->turn().question, QStringLiteral("Anyone there?"));
        QVERIFY(turn->findChild<QToolButton *>(QStringLiteral("retry"))->isVisible());
    }
};

QTEST_MAIN(TstChatStreaming)
#include "tst_chatstreaming.moc"
