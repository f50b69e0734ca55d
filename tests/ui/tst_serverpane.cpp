// The Server pane over the app's real core and the real server (TCP on 127.0.0.1): the request log is kept
// across a restart of the app and filtered by protocol, status class and client; a restart on a new port
// serves there and not on the old one; bad TLS files and noop authentication beyond loopback are refused with
// a clear error while the running server keeps serving; a port that cannot be bound falls back to the
// previous settings; HTTPS with good files; every control named and reachable from the keyboard.
#include "desktopfixture.h"
#include "desktoptesthelpers.h"
#include "embeddedserver.h"
#include "hosting/desktophosting.h"
#include "httpclient.h"
#include "log/requestlog.h"
#include "log/requestprotocol.h"
#include "mainwindow.h"
#include "server/hostingform.h"
#include "server/requestlogfilter.h"
#include "server/requestlogmodel.h"
#include "server/serverpane.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTableView>
#include <QTcpServer>
#include <QtTest>

using namespace aistack;
using namespace aistack::test;

namespace {
// A self-signed certificate for localhost and its key, for this test only.
const char *kCertificate = R"(-----BEGIN CERTIFICATE-----
MIIDCzCCAfOgAwIBAgIUAj0aeCvaHW+NHYMeOEv7EF7gSmIwDQYJKoZIhvcNAQEL
BQAwFDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTIwMjAwMzk1OFoYDzIxMjYx
MTA4MDAzOTU4WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwggEiMA0GCSqGSIb3DQEB
AQUAA4IBDwAwggEKAoIBAQC0OrVpHm+mQjoT2JbffwCwztk8dflG/k2fqwd0WGz9
BnIP428uBBb7SYEGnfWR7KE2g/rTKEy6wFHh6ecrSxUlo7YnLJgGfFEAxdR/VMhJ
gPJGAXtVVB2QmaqQj/kx3qsIHqJ6sROuOqBDkbIvmd+3+tHlsTuvfqo5CUQtr/eo
Bz1u+idiVy2guB+/fF+o/7QIx5KSgLQGqhTE3wBYNW9tAKTqFHpGp/L+RHjOaHZ8
bWCfa2tW/1c0p5D86VOpV0yMhqD/Jac0ncoki3sI+lUamDNgWqsWlb5cCeFmfB92
03CMwU3gQAzleE5SmnfKPbBddTnFmTROMYlTtspV6zKpAgMBAAGjUzBRMB0GA1Ud
DgQWBBRBlkLOcy7zR52nQpMymhK/qCtKETAfBgNVHSMEGDAWgBRBlkLOcy7zR52n
QpMymhK/qCtKETAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4IBAQCC
m3EJdCGTrC5uEMuykmYz7B0epfYwL6XhETN/sOw8Q90GemwuFl6W7rMYCc8jMImM
/PC4WxkYB8/W+4Z5blwe8g3qIFNKI36k9QfEe0e78m0OTic8w9ydHs5hd5us5P8x
p3UM1CEcWUi1rrYhMQtbbcX9hQJahs8FpKf4/wE0qvmh9momcTCZwUu57Dvy18gS
LISMJfbtO7OXc2tcFOCpzKlCwhWit7ioVXVFY3iJ4q3Sb88pwXUcH142u0RzQJtI
CF8TSU3PY7i5EPF1gz874VIV2tAQbuaXpsmEzAX/qBBn8jJBTt2xUWB/CkdVxC0b
YD6hebcJR6qauubxKlS8
-----END CERTIFICATE-----
)";
const char *kKey = R"(-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC0OrVpHm+mQjoT
2JbffwCwztk8dflG/k2fqwd0WGz9BnIP428uBBb7SYEGnfWR7KE2g/rTKEy6wFHh
6ecrSxUlo7YnLJgGfFEAxdR/VMhJgPJGAXtVVB2QmaqQj/kx3qsIHqJ6sROuOqBD
kbIvmd+3+tHlsTuvfqo5CUQtr/eoBz1u+idiVy2guB+/fF+o/7QIx5KSgLQGqhTE
3wBYNW9tAKTqFHpGp/L+RHjOaHZ8bWCfa2tW/1c0p5D86VOpV0yMhqD/Jac0ncok
i3sI+lUamDNgWqsWlb5cCeFmfB9203CMwU3gQAzleE5SmnfKPbBddTnFmTROMYlT
tspV6zKpAgMBAAECggEAKY8tJGWCkOfOHSPxXG2ckujL0qOQnRSIgUROtn8qeKkr
FatYCJgkVYM0V7qGdUUHwrqp1NXC5cBx0UKezg6k/HY1C3D+yGYTxrYXo1oBSmPL
2iU+06UPITgyCt5MM/n43ek0hc6970vxB0u6NzxICJRzoL/e97+hUIAowtFELjBE
GTT7uYTs0x7GRusG6KRVZSMsDBTeWAOOee2Cn+Yu81VG01ARt59EdNnGvTQO96XO
9tQd+R9gyvIWz2sQDKi+r1+Y6fUG11WuVCAR/88wQMd9tVHdZrRh+/CGykOQrAa+
vqv6K5dXGrGia9ZAAF2JExZAykaXsaHyiEgRwQSAVQKBgQDdH86ET5B3A3Q/9Ged
n2LBd1yfk8P5T9LjyFy+Ip3MCqE3B+kx2V9F2/mJeH6WOAtmzS+jNEy1pwsKOMYV
0ZR+34VP5VkKOTLE3FE3teNYbexuFvnve6PMg3Xv2t3jY0h3dHT4G7K3g9IGQLt5
hI4Z8H/fBrsYveW430eYOB9V9QKBgQDQp7bD+7kEDeatRWC1/7dQWQpn1FnNNdlj
tGZvF9hKuYu+3PdQpeFfCOeCRcthnvW9n3ruzzuxd4puJwFbq5OjDHyAzGKLD+GO
CGMWBmu9kdaZYscrPO6sD5TiUNOO7pxt4lytHgHdMCN9p8pfJTLisx4wsANn1gKJ
ttMHzI6FZQKBgEV7Rhg7LAjJlBC4iopz18M072zRMKY5V+ntPn8cP3sq5+dz2+mn
BRHdgjaZHyWyrJp75PkiaOw3dfebSVr3xPJs5+XoCid1O6eyFu8rfyl9OOqK27RN
pHWR5VAd9NULkGzAsjR395tEl40RcBdJ+KDb+kIpSkcG/JUvy75f/DC1AoGAQPVl
teABOpzlSt5FfIOu20nNLoPyrSttkVfRaBahVKotMm9yY14xKrgH8wuthKfLU4x5
5i0IJXjU1PQ5vQNOhD1X6XU33JlGHETKLEo1cqAbkkcpQHHI0DJNpKOLKX1pn+AQ
AClOZUEeW3lITJS1IdSnunqhpMsAoUUUr+HkIO0CgYEAqClYL8j7K4bPAgA3EAa+
5S0BzIa8yZ5ToTeD/gIul92F7CfGDu7/V6koUbj7/0guj99jMFYSZpI5+yo//tVG
gxFx4RNrZdRkyE//irdKdPiMfoVSu0cwKlZl2GINBJn0qcgxlPPQfMjEmrtVr8Yc
2lCdoFN3vOrE3YUMQjSgavU=
-----END PRIVATE KEY-----
)";

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    return p;
}
} // namespace

class TstServerPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<DesktopFixture> m_app;

    ServerPane *pane() { return m_app->window().serverPane(); }
    HostingForm *form() { return pane()->hostingForm(); }
    ServerHost *server() { return m_app->services().serverHost(); }
    quint16 port() { return quint16(server()->status().port); }

    bool listening(int timeoutMs = 15000)
    {
        return QTest::qWaitFor(
            [this]() { return server()->status().state == ServerStatus::State::Listening; }, timeoutMs);
    }
    void chooseBind(const QString &address)
    {
        QComboBox *bind = form()->bindCombo();
        bind->setCurrentIndex(bind->findData(address));
    }
    // Applies the form and waits for the refusal or the restart's end.
    QString applyAndWait()
    {
        QSignalSpy refused(m_app->services().hosting(), &DesktopHosting::applyRefused);
        QSignalSpy accepted(m_app->services().hosting(), &DesktopHosting::applyAccepted);
        QTest::mouseClick(form()->applyButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([&]() { return !refused.isEmpty() || !accepted.isEmpty(); }, 10000))
            return QStringLiteral("(no answer)");
        if (!refused.isEmpty())
            return refused.first().first().toString();
        QTest::qWait(50);
        return listening() ? QString() : QStringLiteral("(not listening)");
    }
    // Rows the table shows, as "path status".
    QStringList shownRows()
    {
        QStringList rows;
        QAbstractItemModel *m = pane()->logView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            rows << m->index(r, RequestLogModel::Path).data().toString() + QLatin1Char(' ') +
                        m->index(r, RequestLogModel::Status).data().toString();
        return rows;
    }
    bool shows(const QString &row)
    {
        return shownRows().contains(row);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("blocking call on the GUI thread")));
        m_app = std::make_unique<DesktopFixture>();
        QString error;
        QVERIFY2(m_app->start(desktopConfig(), &error), qPrintable(error));
        m_app->window().resize(1280, 800);
        m_app->window().show();
        m_app->window().showPane(MainWindow::Server);
        m_app->window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_app->window()));
        QVERIFY(listening());
        QTRY_VERIFY(pane()->historyLoaded());
    }

    void everyControlIsNamed()
    {
        QVERIFY2(unnamedControls(pane()).isEmpty(), qPrintable(unnamedControls(pane()).join(QLatin1String(", "))));
    }

    void theTableFiltersByProtocolStatusAndClient()
    {
        QCOMPARE(apiCall(port(), "GET", "/v1/info").status, 200);           // Lightspeed
        QCOMPARE(apiCall(port(), "GET", "/v1/no-such-route").status, 404);  // Lightspeed, 4xx
        const int kissStatus = apiCall(port(), "GET", "/sessions").status; // KISS without a token
        QVERIFY(kissStatus >= 400);
        const QString kissRow = QStringLiteral("/sessions %1").arg(kissStatus);
        QCOMPARE(apiCall(port(), "GET", "/liveness").status, 200);          // other
        QTRY_VERIFY(shows(QStringLiteral("/liveness 200")));
        QVERIFY(shows(kissRow));
        QVERIFY(shows(QStringLiteral("/v1/info 200")));

        QComboBox *protocol = pane()->protocolFilter();
        protocol->setCurrentIndex(protocol->findData(int(RequestProtocol::Kiss)));
        QVERIFY(shows(kissRow));
        QVERIFY(!shows(QStringLiteral("/v1/info 200")));
        QVERIFY(!shows(QStringLiteral("/liveness 200")));
        protocol->setCurrentIndex(protocol->findData(int(RequestProtocol::Lightspeed)));
        QVERIFY(shows(QStringLiteral("/v1/info 200")));
        QVERIFY(!shows(kissRow));
        QComboBox *status = pane()->statusFilter();
        status->setCurrentIndex(status->findData(4)); // Lightspeed and 4xx
        QCOMPARE(shownRows().filter(QStringLiteral(" 4")).size(), shownRows().size());
        QVERIFY(shows(QStringLiteral("/v1/no-such-route 404")));
        QVERIFY(!shows(QStringLiteral("/v1/info 200")));
        protocol->setCurrentIndex(protocol->findData(int(RequestProtocol::Other)));
        status->setCurrentIndex(status->findData(2));
        QVERIFY(shows(QStringLiteral("/liveness 200")));
        QVERIFY(!shows(kissRow));
        protocol->setCurrentIndex(0);
        status->setCurrentIndex(0);

        // Client: typed from the keyboard.
        QLineEdit *client = pane()->clientFilter();
        client->setFocus();
        QTest::keyClicks(client, QStringLiteral("10.99."));
        QCOMPARE(pane()->logView()->model()->rowCount(), 0);
        client->clear();
        QTest::keyClicks(client, QStringLiteral("127.0.0"));
        QCOMPARE(pane()->logView()->model()->rowCount(), pane()->logModel()->rowCount());
        auto *count = pane()->findChild<QLabel *>(QStringLiteral("requestCount"));
        QVERIFY2(count->text().contains(QStringLiteral("request")), qPrintable(count->text()));
        client->clear();
    }

    void theMenuKeyFiltersByTheCurrentRowsClient()
    {
        QCOMPARE(apiCall(port(), "GET", "/v1/info").status, 200);
        QTRY_VERIFY(shows(QStringLiteral("/v1/info 200")));
        QTableView *table = pane()->logView();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTimer::singleShot(0, this, []() {
            // The menu is open: Down past "Copy the request" to "Show only client …", then Enter.
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                QTest::keyClick(menu, Qt::Key_Down);
                QTest::keyClick(menu, Qt::Key_Down);
                QTest::keyClick(menu, Qt::Key_Return);
            }
        });
        QContextMenuEvent fromKeyboard(QContextMenuEvent::Keyboard, QPoint(-1, -1), QCursor::pos());
        QApplication::sendEvent(table->viewport(), &fromKeyboard); // what the menu key sends
        QCOMPARE(pane()->clientFilter()->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(table->model()->rowCount(), pane()->logModel()->rowCount()); // every request came from here
        pane()->clientFilter()->clear();
    }

    void theLogIsKeptAcrossARestartOfTheApp()
    {
        QCOMPARE(apiCall(port(), "GET", "/v1/kept-across-restarts").status, 404);
        RequestLog *log = m_app->services().requestLog();
        log->flush(); // what the app's exit does
        const QString file = m_app->services().hosting()->requestLogPath();
        QVERIFY(QFile::exists(file));

        // A second app on a data folder holding that file.
        DesktopFixture second;
        QFile::remove(second.path(QStringLiteral("requests.log")));
        QVERIFY(QFile::copy(file, second.path(QStringLiteral("requests.log"))));
        QString error;
        QVERIFY2(second.start(desktopConfig(), &error), qPrintable(error));
        ServerPane *again = second.window().serverPane();
        QTRY_VERIFY(again->historyLoaded());
        bool found = false;
        for (int r = 0; r < again->logModel()->rowCount(); ++r) {
            const RequestRecord &rec = again->logModel()->recordAt(r);
            if (rec.path == QLatin1String("/v1/kept-across-restarts") && rec.status == 404)
                found = true;
        }
        QVERIFY(found);
        QVERIFY(again->logModel()->rowCount() >= 5); // the earlier requests of this suite too
        QCOMPARE(again->logView()->model()->rowCount(), again->logModel()->rowCount());
    }

    void restartOnANewPortFromTheKeyboard()
    {
        m_app->window().activateWindow(); // the second app of the test before was active
        QVERIFY(QTest::qWaitForWindowActive(&m_app->window()));
        const quint16 oldPort = port();
        const quint16 newPort = freeLoopbackPort();
        QSpinBox *portSpin = form()->portSpin();
        portSpin->setFocus();
        QTest::keyClick(portSpin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(portSpin, QString::number(newPort));
        QCOMPARE(portSpin->value(), int(newPort));
        // Tab to "Apply and restart" and press it.
        for (int i = 0; i < 20 && QApplication::focusWidget() != form()->applyButton(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form()->applyButton());
        QTest::keyClick(form()->applyButton(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(listening(100) && port() == newPort, 15000);
        QCOMPARE(HttpClient::get(newPort, "/liveness").status, 200);
        QCOMPARE(HttpClient::get(oldPort, "/liveness").status, 0); // refused
        QCOMPARE(pane()->urlList()->item(0)->text(), QStringLiteral("http://127.0.0.1:%1").arg(newPort));
    }

    void aBadTlsKeyIsRefusedAndTheServerKeepsServing()
    {
        const quint16 before = port();
        QVERIFY(writeFile(m_app->path(QStringLiteral("cert.pem")), kCertificate));
        QVERIFY(writeFile(m_app->path(QStringLiteral("bad-key.pem")), "-----BEGIN PRIVATE KEY-----\nnot a key\n"));
        form()->certificateEdit()->setText(m_app->path(QStringLiteral("cert.pem")));
        form()->keyEdit()->setText(m_app->path(QStringLiteral("bad-key.pem")));
        const QString refusal = applyAndWait();
        QVERIFY2(refusal.contains(QStringLiteral("no usable private key")), qPrintable(refusal));
        QVERIFY(form()->errorLabel()->isVisible());
        QVERIFY(form()->errorLabel()->text().contains(QStringLiteral("bad-key.pem")));
        QCOMPARE(server()->status().state, ServerStatus::State::Listening);
        QCOMPARE(port(), before);
        QCOMPARE(HttpClient::get(before, "/liveness").status, 200); // the old listener, untouched

        // A missing file, and a certificate without its key, are refused too.
        form()->keyEdit()->setText(m_app->path(QStringLiteral("no-such-key.pem")));
        QVERIFY(applyAndWait().contains(QStringLiteral("cannot read key")));
        form()->keyEdit()->clear();
        QVERIFY(applyAndWait().contains(QStringLiteral("both a certificate and its private key")));
        QCOMPARE(HttpClient::get(before, "/liveness").status, 200);
    }

    void goodTlsFilesServeHttps()
    {
        QVERIFY(writeFile(m_app->path(QStringLiteral("key.pem")), kKey));
        form()->certificateEdit()->setText(m_app->path(QStringLiteral("cert.pem")));
        form()->keyEdit()->setText(m_app->path(QStringLiteral("key.pem")));
        QCOMPARE(applyAndWait(), QString());
        QTRY_VERIFY(server()->status().tls);
        QVERIFY(!form()->errorLabel()->isVisible());
        QCOMPARE(pane()->urlList()->item(0)->text(), QStringLiteral("https://127.0.0.1:%1").arg(port()));
        HttpClient https(QStringLiteral("127.0.0.1"), port(), true);
        QVERIFY(https.connect());
        QCOMPARE(https.request("GET", "/liveness").status, 200);
        // Back to plain HTTP.
        form()->certificateEdit()->clear();
        form()->keyEdit()->clear();
        QCOMPARE(applyAndWait(), QString());
        QTRY_VERIFY(!server()->status().tls);
        QCOMPARE(HttpClient::get(port(), "/liveness").status, 200);
    }

    void lanWithNoopAuthenticationWarnsAndNeedsTheExplicitSetting()
    {
        const quint16 before = port();
        QVERIFY(m_app->services().hosting()->authenticationLetsAnyoneIn());
        QVERIFY(!form()->noopWarning()->isVisible()); // loopback: nothing to warn about
        chooseBind(QStringLiteral("0.0.0.0"));
        QVERIFY(form()->noopWarning()->isVisible());
        QVERIFY(form()->noopWarning()->text().contains(QStringLiteral("anyone")));
        QVERIFY(form()->allowNoopCheck()->isVisible());
        QVERIFY(!form()->allowNoopCheck()->isChecked());
        const QString refusal = applyAndWait();
        QVERIFY2(refusal.contains(QStringLiteral("allow_noop_beyond_loopback")), qPrintable(refusal));
        QVERIFY(form()->errorLabel()->isVisible());
        QCOMPARE(server()->status().host, QStringLiteral("127.0.0.1"));
        QCOMPARE(HttpClient::get(before, "/liveness").status, 200);

        // With the explicit setting the server opens to the network.
        form()->allowNoopCheck()->setChecked(true);
        QCOMPARE(applyAndWait(), QString());
        QTRY_COMPARE(server()->status().host, QStringLiteral("0.0.0.0"));
        QVERIFY(server()->settings().allowNoopBeyondLoopback);
        QCOMPARE(HttpClient::get(port(), "/liveness").status, 200);
        QVERIFY(pane()->urlList()->count() >= 1);
        QVERIFY(!pane()->urlList()->findItems(QStringLiteral("http://127.0.0.1:%1").arg(port()), Qt::MatchExactly)
                     .isEmpty());

        // Back to this computer only.
        chooseBind(QStringLiteral("127.0.0.1"));
        QVERIFY(!form()->noopWarning()->isVisible());
        QCOMPARE(applyAndWait(), QString());
        QTRY_COMPARE(server()->status().host, QStringLiteral("127.0.0.1"));
    }

    void aPortInUseFallsBackToThePreviousSettings()
    {
        const quint16 before = port();
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        form()->portSpin()->setValue(squatter.serverPort());
        QCOMPARE(applyAndWait(), QString()); // the checks pass; the bind fails
        QTRY_VERIFY_WITH_TIMEOUT(listening(100) && !server()->status().error.isEmpty(), 15000);
        QCOMPARE(port(), before);
        QVERIFY(server()->status().error.contains(QStringLiteral("previous settings")));
        auto *error = pane()->findChild<QLabel *>(QStringLiteral("serverError"));
        QVERIFY(error->isVisible());
        QCOMPARE(form()->portSpin()->value(), int(before));
        QCOMPARE(HttpClient::get(before, "/liveness").status, 200);
    }

    void restartButtonKeepsThePort()
    {
        const quint16 before = port();
        QTest::mouseClick(pane()->restartButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(server()->status().state != ServerStatus::State::Listening, 5000);
        QVERIFY(listening());
        QCOMPARE(port(), before);
        QCOMPARE(HttpClient::get(before, "/liveness").status, 200);
    }

    void screenshotsLightAndDark()
    {
        // A full table, as after a busy hour.
        QVector<RequestRecord> rows;
        const QStringList paths{QStringLiteral("/v1/query"), QStringLiteral("/sessions"), QStringLiteral("/liveness"),
                                QStringLiteral("/v1/streaming_query"), QStringLiteral("/queries")};
        for (int i = 0; i < 1500; ++i)
            rows.push_back(RequestRecord{QDateTime::currentDateTimeUtc().addSecs(-i), QStringLiteral("GET"),
                                         paths.at(i % paths.size()), i % 17 == 0 ? 500 : (i % 7 == 0 ? 404 : 200),
                                         0.2 + (i % 13), QStringLiteral("192.168.1.%1").arg(i % 30), 120});
        pane()->logModel()->appendOlder(rows);
        QVERIFY(pane()->logView()->model()->rowCount() >= 1000);
        chooseBind(QStringLiteral("0.0.0.0")); // with the warning showing
        const QPalette light = QApplication::palette();
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : light);
            QTest::qWait(50);
            const QImage shot = m_app->window().grab().toImage();
            QVERIFY(!shot.isNull());
            shot.save(QDir(QCoreApplication::applicationDirPath())
                          .filePath(dark ? QStringLiteral("serverpane-dark.png") : QStringLiteral("serverpane-light.png")));
        }
        QApplication::setPalette(light);
        chooseBind(QStringLiteral("127.0.0.1"));
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(TstServerPane)
#include "tst_serverpane.moc"
