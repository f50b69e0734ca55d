// The Sessions pane over the app's real core and the real server: a session an API client creates shows up
// at once with where it came from, its activity counts as it works, closing it from the pane ends it, a
// revoked session's token is refused on REST and at the WebSocket handshake, the Lightspeed users tab shows
// who asked and opens their turns, everything is reachable from the keyboard, and a thousand rows stay live.
#include "auth/desktopsessions.h"
#include "auth/sessionstore.h"
#include "desktoptesthelpers.h"
#include "kissclient.h"
#include "sessions/sessionspane.h"
#include "sessions/sessiontablemodel.h"
#include "sessions/transcriptdialog.h"
#include "widgets/markdownview.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QWebSocket>
#include <QtConcurrent>

using namespace aistack;
using namespace aistack::test;

class TstSessionsPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<DesktopFixture> m_app;

    SessionsPane *pane() { return m_app->window().sessionsPane(); }
    SessionTableModel *model() { return pane()->sessionModel(); }
    QTableView *table() { return pane()->findChild<QTableView *>(QStringLiteral("sessionTable")); }
    QTabWidget *tabs() { return pane()->findChild<QTabWidget *>(QStringLiteral("sessionsTabs")); }
    quint16 port() { return m_app->port(); }

    QString cell(const QString &clientId, int column)
    {
        const int row = model()->rowOf(clientId);
        return row < 0 ? QString() : model()->index(row, column).data().toString();
    }
    bool waitForCell(const QString &clientId, int column, const QString &value, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&]() { return cell(clientId, column) == value; }, timeoutMs);
    }
    // Makes the session's row the table's current one.
    void select(const QString &clientId)
    {
        auto *proxy = table()->model();
        const QModelIndexList at =
            proxy->match(proxy->index(0, 0), SessionTableModel::ClientIdRole, clientId, 1, Qt::MatchExactly);
        QVERIFY(!at.isEmpty());
        table()->setCurrentIndex(at.first());
        table()->setFocus();
    }
    // Whether the server lets a WebSocket with this token through its handshake.
    bool webSocketOpens(const QByteArray &token)
    {
        QWebSocket ws;
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy errors(&ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        ws.open(KissClient(port()).wsRequest(token));
        (void)QTest::qWaitFor([&]() { return !connected.isEmpty() || !errors.isEmpty(); }, 10000);
        const bool open = !connected.isEmpty();
        ws.close();
        return open;
    }
    void answerYes()
    {
        answerNextDialog(
            [](QWidget *dialog) { qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Yes)->click(); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = std::make_unique<DesktopFixture>();
        QString error;
        QVERIFY2(m_app->start(desktopConfig(), &error), qPrintable(error));
        m_app->window().resize(1280, 800);
        m_app->window().show();
        m_app->window().showPane(MainWindow::Sessions);
        QVERIFY(QTest::qWaitFor([this]() { return pane()->findChild<QLabel *>(QStringLiteral("sessionSummary"))
                                                      ->text()
                                                      .contains(QStringLiteral("session")); },
                                10000));
    }

    void init()
    {
        m_app->window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_app->window()));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("blocking call on the GUI thread")));
        tabs()->setCurrentIndex(0);
    }

    void cleanupTestCase() { m_app.reset(); }

    void aSessionAnApiClientCreatesShowsUpWithItsPeerAndConfig()
    {
        const KissClient::Session s = KissClient(port()).login(QStringLiteral("temporary"));
        QVERIFY(!s.clientId.isEmpty());
        QVERIFY(waitForCell(s.clientId, SessionTableModel::State, QStringLiteral("Active")));
        QCOMPARE(cell(s.clientId, SessionTableModel::Peer), QStringLiteral("127.0.0.1"));
        QCOMPARE(cell(s.clientId, SessionTableModel::Where), QStringLiteral("Local"));
        QCOMPARE(cell(s.clientId, SessionTableModel::Scope), QStringLiteral("Temporary"));
        QCOMPARE(cell(s.clientId, SessionTableModel::Stack), QStringLiteral("Not initialised"));
        QCOMPARE(cell(s.clientId, SessionTableModel::ConfigId), m_app->services().configId.current());
    }

    void queriesDocumentsAndTokensCountAsTheClientWorks()
    {
        KissClient client(port());
        const KissClient::Session s = client.initialised();
        QVERIFY(waitForCell(s.clientId, SessionTableModel::Stack, QStringLiteral("Initialised")));
        QCOMPARE(client.post("/documents", fileBody(QStringLiteral("faq.txt"), faqText()), s.token).status, 200);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client.post("/queries", queryBody(QStringLiteral("Can the pump run dry?")), s.token).status,
                     200);
        QVERIFY(waitForCell(s.clientId, SessionTableModel::Queries, QStringLiteral("3")));
        QCOMPARE(cell(s.clientId, SessionTableModel::Documents), QStringLiteral("1"));
        QVERIFY(model()->index(model()->rowOf(s.clientId), SessionTableModel::Tokens)
                    .data(SessionTableModel::RawRole)
                    .toLongLong() > 0);
    }

    void closeFromThePaneEndsTheSessionAndRefusesItsToken()
    {
        KissClient client(port());
        const KissClient::Session s = client.initialised();
        QVERIFY(waitForCell(s.clientId, SessionTableModel::Stack, QStringLiteral("Initialised")));
        select(s.clientId);
        auto *close = pane()->findChild<QPushButton *>(QStringLiteral("closeSession"));
        QVERIFY(close->isEnabled());
        answerYes();
        close->click();
        QVERIFY(waitForCell(s.clientId, SessionTableModel::State, QStringLiteral("Closed")));
        QVERIFY(!close->isEnabled());
        QCOMPARE(client.post("/queries", queryBody(QStringLiteral("hello")), s.token).status, 401);
        // Today's fix: a closed session's token no longer opens a WebSocket.
        QVERIFY(!webSocketOpens(s.token));
    }

    void aRevokedSessionIsRefusedEverywhereFromThatMoment()
    {
        KissClient client(port());
        const KissClient::Session s = client.initialised(QStringLiteral("persistent"));
        QVERIFY(waitForCell(s.clientId, SessionTableModel::Stack, QStringLiteral("Initialised")));
        QWebSocket open; // a connection made before the revocation
        QSignalSpy connected(&open, &QWebSocket::connected);
        QSignalSpy frames(&open, &QWebSocket::textMessageReceived);
        open.open(KissClient(port()).wsRequest(s.token));
        QVERIFY(connected.wait(10000));
        select(s.clientId);
        answerYes();
        QTest::keyClick(table(), Qt::Key_Delete, Qt::ShiftModifier); // Revoke…, from the keyboard
        QVERIFY(waitForCell(s.clientId, SessionTableModel::State, QStringLiteral("Revoked")));
        open.sendTextMessage(QStringLiteral(R"({"event":"on_query","data":{"query":"hello"}})"));
        QVERIFY(frames.wait(10000));
        const QJsonObject frame = jsonObject(frames.first().first().toString().toUtf8());
        QCOMPARE(frame.value(QStringLiteral("status_code")).toInt(), 401);
        const HttpReply query = client.post("/queries", queryBody(QStringLiteral("hello")), s.token);
        QCOMPARE(query.status, 401);
        QCOMPARE(detailOf(query), QStringLiteral("Invalid or inactive session"));
        QCOMPARE(client.post("/documents", fileBody(QStringLiteral("a.txt"), "text"), s.token).status, 401);
        QCOMPARE(client.post("/sessions?action=init", "{}", s.token).status, 401);
        QVERIFY(!webSocketOpens(s.token));
        // Nor does its secret get a new token.
        QCOMPARE(client.auth(KissClient::Style::Python, {}, s.clientId, s.secret).status, 401);
    }

    void cancellingTheConfirmationLeavesTheSessionAlone()
    {
        const KissClient::Session s = KissClient(port()).login(QStringLiteral("temporary"));
        QVERIFY(waitForCell(s.clientId, SessionTableModel::State, QStringLiteral("Active")));
        select(s.clientId);
        answerNextDialog(
            [](QWidget *dialog) { qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Cancel)->click(); });
        QTest::keyClick(table(), Qt::Key_Delete);
        QTest::qWait(300);
        QCOMPARE(cell(s.clientId, SessionTableModel::State), QStringLiteral("Active"));
        QCOMPARE(KissClient(port()).post("/sessions?action=init", "{}", s.token).status, 200);
    }

    void actionsOnSessionsThatAreGoneSayWhy()
    {
        DesktopSessions *sessions = m_app->services().sessions();
        auto missing = sessions->revoke(QStringLiteral("no-such-session"));
        QVERIFY(QTest::qWaitFor([&]() { return missing.isFinished(); }, 10000));
        QCOMPARE(missing.result(), QStringLiteral("there is no session no-such-session"));
        const KissClient::Session s = KissClient(port()).initialised();
        QCOMPARE(KissClient(port()).post("/sessions?action=close", "{}", s.token).status, 200);
        auto ended = sessions->close(s.clientId);
        QVERIFY(QTest::qWaitFor([&]() { return ended.isFinished(); }, 10000));
        QCOMPARE(ended.result(), QStringLiteral("the session has already ended"));
        QVERIFY(waitForCell(s.clientId, SessionTableModel::State, QStringLiteral("Closed")));
    }

    void theLightspeedUsersTabShowsWhoAskedAndOpensTheirTurns()
    {
        tabs()->setCurrentIndex(1);
        const HttpReply reply = apiCall(port(), "POST", "/v1/query?user_id=pane-user",
                                        "{\"query\":\"Can the pump run dry?\"}");
        QCOMPARE(reply.status, 200);
        auto *users = pane()->findChild<QTableView *>(QStringLiteral("userTable"));
        int row = -1;
        QVERIFY(QTest::qWaitFor(
            [&]() {
                for (int r = 0; r < users->model()->rowCount(); ++r)
                    if (users->model()->index(r, 0).data().toString() == QStringLiteral("pane-user"))
                        row = r;
                return row >= 0;
            },
            10000));
        QCOMPARE(users->model()->index(row, 1).data().toString(), QStringLiteral("1"));
        QCOMPARE(users->model()->index(row, 2).data().toString(), QStringLiteral("1"));
        users->setCurrentIndex(users->model()->index(row, 0));
        auto *conversations = pane()->findChild<QTableView *>(QStringLiteral("conversationTable"));
        QVERIFY(QTest::qWaitFor([&]() { return conversations->model()->rowCount() == 1; }, 10000));
        QCOMPARE(conversations->model()->index(0, 0).data().toString(), QStringLiteral("Can the pump run dry?"));
        // A second question in the same conversation shows without a restart.
        const QString conversationId = jsonOf(reply).value(QStringLiteral("conversation_id")).toString();
        QCOMPARE(apiCall(port(), "POST", "/v1/query?user_id=pane-user",
                         "{\"query\":\"How often should the filter be changed?\",\"conversation_id\":\"" +
                             conversationId.toUtf8() + "\"}")
                     .status,
                 200);
        QVERIFY(QTest::qWaitFor(
            [&]() { return conversations->model()->index(0, 1).data().toString() == QStringLiteral("2"); },
            10000));
        conversations->setFocus();
        conversations->setCurrentIndex(conversations->model()->index(0, 0));
        QTest::keyClick(conversations, Qt::Key_Return);
        TranscriptDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&]() { return (dialog = pane()->findChild<TranscriptDialog *>()) != nullptr; }, 5000));
        QVERIFY(QTest::qWaitFor([&]() { return dialog->findChildren<MarkdownView *>().size() == 2; }, 10000));
        const QString answer = jsonOf(reply).value(QStringLiteral("response")).toString();
        QCOMPARE(dialog->findChildren<MarkdownView *>().first()->markdown(), answer);
        QVERIFY(unnamedControls(dialog).isEmpty());
        QTest::qWait(100); // the turns' widgets show
        if (qEnvironmentVariableIsSet("AISTACK_SCREENSHOTS"))
            dialog->grab().save(QStringLiteral("/tmp/sessions-transcript.png"));
        dialog->reject();
    }

    void exportWritesTheListAsShown()
    {
        const QString path = m_app->path(QStringLiteral("sessions.csv"));
        const QString error = written(pane()->exportCsv(path));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QVERIFY(lines.first().startsWith("Client ID,Scope,State,Created"));
        QCOMPARE(lines.size(), model()->rowCount() + 1);
    }

    void keyboardAloneReachesEveryAction()
    {
        QTest::keyClick(&m_app->window(), Qt::Key_F, Qt::ControlModifier);
        auto *filter = pane()->findChild<QLineEdit *>(QStringLiteral("sessionFilter"));
        QVERIFY(filter->hasFocus());
        QTest::keyClick(filter, Qt::Key_Tab);
        auto *show = pane()->findChild<QComboBox *>(QStringLiteral("sessionStateFilter"));
        QVERIFY(show->hasFocus());
        QTest::keyClick(show, Qt::Key_Tab);
        QVERIFY(table()->hasFocus());
        QTest::keyClick(table(), Qt::Key_Home, Qt::ControlModifier);
        QVERIFY(table()->currentIndex().isValid());
        // The menu key opens the row's menu.
        bool menuShown = false;
        QTimer::singleShot(200, this, [&]() {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                menuShown = menu->actions().size() >= 3;
                menu->close();
            }
        });
        // What the platform sends for the menu key (or Shift+F10).
        const QPoint at = table()->visualRect(table()->currentIndex()).center();
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, at, table()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table()->viewport(), &menuKey);
        QTest::qWait(400);
        QVERIFY(menuShown);
        QVERIFY(unnamedControls(pane()).isEmpty());
    }

    void aThousandSessionsStayLive()
    {
        SessionStore *store = m_app->services().sessionStore.get();
        auto created = QtConcurrent::run([store]() -> QString {
            QString error;
            QString last;
            for (int i = 0; i < 1000; ++i) {
                const auto s = store->create(SessionScope::Temporary, &error,
                                             QStringLiteral("192.168.1.%1").arg(i % 250));
                if (!s)
                    return QStringLiteral("failed: ") + error;
                last = s->session.clientId;
            }
            return last;
        });
        QVERIFY(QTest::qWaitFor([&]() { return created.isFinished(); }, 60000));
        const QString newest = created.result();
        QVERIFY2(!newest.startsWith(QStringLiteral("failed")), qPrintable(newest));
        QVERIFY(QTest::qWaitFor([&]() { return model()->rowCount() >= 1000; }, 10000));
        QVERIFY(waitForCell(newest, SessionTableModel::State, QStringLiteral("Active")));
        QCOMPARE(cell(newest, SessionTableModel::Where), QStringLiteral("LAN"));
        auto *filter = pane()->findChild<QLineEdit *>(QStringLiteral("sessionFilter"));
        filter->setText(newest);
        QCOMPARE(table()->model()->rowCount(), 1);
        filter->clear();
        QVERIFY(table()->model()->rowCount() >= 1000);
        // Only the ended ones, then all again.
        auto *show = pane()->findChild<QComboBox *>(QStringLiteral("sessionStateFilter"));
        show->setCurrentIndex(2);
        QVERIFY(table()->model()->rowCount() >= 2);
        for (int r = 0; r < table()->model()->rowCount(); ++r)
            QVERIFY(table()->model()->index(r, SessionTableModel::State).data().toString() != QStringLiteral("Active"));
        show->setCurrentIndex(0);
        QVERIFY(table()->model()->rowCount() >= 1000);
        // Several rows at once: two sessions revoked after one confirmation.
        table()->clearSelection();
        table()->selectRow(0);
        table()->selectionModel()->select(table()->model()->index(1, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString first = table()->model()->index(0, 0).data(SessionTableModel::ClientIdRole).toString();
        const QString second = table()->model()->index(1, 0).data(SessionTableModel::ClientIdRole).toString();
        answerYes();
        pane()->findChild<QPushButton *>(QStringLiteral("revokeSession"))->click();
        QVERIFY(waitForCell(first, SessionTableModel::State, QStringLiteral("Revoked")));
        QVERIFY(waitForCell(second, SessionTableModel::State, QStringLiteral("Revoked")));
        if (qEnvironmentVariableIsSet("AISTACK_SCREENSHOTS")) {
            m_app->window().grab().save(QStringLiteral("/tmp/sessions-light.png"));
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
            dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
            dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
            dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
            dark.setColor(QPalette::HighlightedText, Qt::white);
            dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
            const QPalette light = QApplication::palette();
            QApplication::setPalette(dark);
            QTest::qWait(100);
            m_app->window().grab().save(QStringLiteral("/tmp/sessions-dark.png"));
            tabs()->setCurrentIndex(1);
            QTest::qWait(100);
            m_app->window().grab().save(QStringLiteral("/tmp/sessions-users-dark.png"));
            QApplication::setPalette(light);
            QTest::qWait(100);
            m_app->window().grab().save(QStringLiteral("/tmp/sessions-users-light.png"));
        }
    }
};

QTEST_MAIN(TstSessionsPane)
#include "tst_sessionspane.moc"
