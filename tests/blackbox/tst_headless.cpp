// Black box: the built `aistack --headless`, a temporary config, real sockets on loopback.
#include "headlessprocess.h"
#include "httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QtTest>
#include <csignal>

using namespace aistack::test;

namespace {
const QByteArray kConfig = R"(name: Blackbox
service:
  host: 127.0.0.1
  port: 8080
  cors:
    allow_origins: ["*"]
  limits:
    max_request_body_bytes: 1048576
    max_header_bytes: 16384
    request_timeout_seconds: 1
    idle_timeout_seconds: 30
    max_websocket_frame_bytes: 4096
    shutdown_grace_seconds: 10
database:
  sqlite:
    db_path: blackbox.db
)";

QJsonObject jsonOf(const HttpReply &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

double metricValue(const QByteArray &text, const QByteArray &series)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).toDouble();
    }
    return -1;
}
} // namespace

class TstHeadless : public QObject
{
    Q_OBJECT

    HeadlessProcess m_app;
    quint16 port() const { return m_app.port(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HeadlessProcess::binary().isEmpty(), "AISTACK_BINARY is not set");
        QVERIFY2(m_app.start(kConfig), m_app.stderrText().constData());
    }

    void liveness()
    {
        const HttpReply r = HttpClient::get(port(), "/liveness");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(r.body, QByteArray(R"({"alive":true})"));
    }

    void readinessWithAHealthyDatabase()
    {
        const HttpReply r = HttpClient::get(port(), "/readiness");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray(R"({"ready":true,"reason":"All providers are healthy","providers":[]})"));
    }

    void info()
    {
        const HttpReply r = HttpClient::get(port(), "/v1/info");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray(R"({"name":"Blackbox","version":"0.2.0"})"));
    }

    void homePageAndDocs()
    {
        HttpReply r = HttpClient::get(port(), "/");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(r.body.contains("<title>Blackbox</title>"));
        r = HttpClient::get(port(), "/docs");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("/v1/info") && r.body.contains("/readiness"));
    }

    void openApiListsEveryRoute()
    {
        const HttpReply r = HttpClient::get(port(), "/openapi.json");
        QCOMPARE(r.status, 200);
        const QJsonObject doc = jsonOf(r);
        QCOMPARE(doc.value(QStringLiteral("info")).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Blackbox service - OpenAPI"));
        QVERIFY(doc.value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.")));
        const QJsonObject paths = doc.value(QStringLiteral("paths")).toObject();
        for (const char *p :
             {"/", "/liveness", "/readiness", "/v1/info", "/metrics", "/openapi.json", "/docs"})
            QVERIFY2(paths.value(QLatin1String(p)).toObject().contains(QStringLiteral("get")), p);
    }

    void unknownPathIs404()
    {
        const HttpReply r = HttpClient::get(port(), "/v1/nothing-here");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, QByteArray(R"({"detail":"Not Found"})"));
    }

    void wrongMethodIs405WithAllow()
    {
        HttpClient c(QStringLiteral("127.0.0.1"), port());
        const HttpReply r = c.request("DELETE", "/v1/info");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.body, QByteArray(R"({"detail":"Method Not Allowed"})"));
        QCOMPARE(r.header("allow"), QByteArray("GET, HEAD, OPTIONS"));
        QCOMPARE(c.request("POST", "/liveness", "{}").status, 405);
    }

    void headHasHeadersButNoBody()
    {
        HttpClient c(QStringLiteral("127.0.0.1"), port());
        const HttpReply head = c.request("HEAD", "/v1/info");
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("content-length"), QByteArray("37"));
        // If a body had been sent, it would be read as the start of the next reply.
        const HttpReply next = c.request("GET", "/liveness");
        QCOMPARE(next.status, 200);
        QCOMPARE(next.body, QByteArray(R"({"alive":true})"));
    }

    void optionsAndCors()
    {
        HttpClient c(QStringLiteral("127.0.0.1"), port());
        HttpReply r = c.request("OPTIONS", "/v1/info", {},
                                {{"Origin", "http://app.example"},
                                 {"Access-Control-Request-Method", "GET"},
                                 {"Access-Control-Request-Headers", "authorization"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("access-control-allow-origin"), QByteArray("*"));
        QVERIFY(r.header("access-control-allow-methods").contains("GET"));
        QCOMPARE(r.header("access-control-allow-headers"), QByteArray("authorization"));
        r = c.request("OPTIONS", "/v1/info");
        QCOMPARE(r.status, 204);
        QCOMPARE(r.header("allow"), QByteArray("GET, HEAD, OPTIONS"));
        r = c.request("GET", "/v1/info", {}, {{"Origin", "http://app.example"}});
        QCOMPARE(r.header("access-control-allow-origin"), QByteArray("*"));
    }

    void bodyOverTheLimitIsRefusedBeforeItIsRead()
    {
        const qint64 before = HeadlessProcess::rssBytes(m_app.pid());
        HttpClient c(QStringLiteral("127.0.0.1"), port());
        QVERIFY(c.connect());
        // 200 MB announced; only the headers are sent, so the answer cannot depend on the body.
        QVERIFY(c.send("POST /_test/echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n"
                       "Content-Length: 209715200\r\n\r\n"));
        const HttpReply r = c.read(10000);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.body, QByteArray(R"({"detail":"Request body too large"})"));
        // A client that sends the body anyway: the server drops it without keeping it.
        const QByteArray block(1 << 20, 'x');
        for (int i = 0; i < 64 && c.socket()->state() == QAbstractSocket::ConnectedState; ++i) {
            c.socket()->write(block);
            c.socket()->waitForBytesWritten(2000);
        }
        QVERIFY(c.waitForClose(10000));
        const qint64 after = HeadlessProcess::rssBytes(m_app.pid());
        QVERIFY2(after - before < 16 * 1024 * 1024,
                 qPrintable(QStringLiteral("RSS grew by %1 bytes").arg(after - before)));
        QCOMPARE(HttpClient::get(port(), "/liveness").status, 200);
    }

    void chunkedBodyOverTheLimitIsRefused()
    {
        HttpClient c(QStringLiteral("127.0.0.1"), port());
        QVERIFY(c.connect());
        QByteArray raw = "POST /_test/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 3; ++i)
            raw += "80000\r\n" + QByteArray(0x80000, 'y') + "\r\n"; // 3 x 512 KiB > 1 MiB
        c.socket()->write(raw);
        const HttpReply r = c.read(10000);
        QCOMPARE(r.status, 413);
    }

    void bodyWithinTheLimitIsEchoed()
    {
        HttpClient c(QStringLiteral("127.0.0.1"), port());
        const QByteArray body(512 * 1024, 'z');
        const HttpReply r = c.request("POST", "/_test/echo", body, {{"Content-Type", "text/plain"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.size(), body.size());
        QCOMPARE(r.header("content-type"), QByteArray("text/plain"));
    }

    void expectContinueIsAnsweredAtOnce()
    {
        HttpClient c(QStringLiteral("127.0.0.1"), port());
        QVERIFY(c.connect());
        QVERIFY(c.send("POST /_test/echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                       "Expect: 100-continue\r\nContent-Length: 5\r\n\r\n"));
        const HttpReply interim = c.read(800); // curl would give up waiting after 1 s
        QCOMPARE(interim.status, 100);
        QVERIFY(c.send("hello"));
        const HttpReply r = c.read();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("hello"));
        // Over the limit: no 100, the refusal instead.
        QVERIFY(c.send("POST /_test/echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                       "Content-Length: 209715200\r\n\r\n"));
        QCOMPARE(c.read().status, 413);
    }

    void headerOverTheLimitIs431()
    {
        HttpClient c(QStringLiteral("127.0.0.1"), port());
        const HttpReply r = c.request("GET", "/liveness", {}, {{"X-Padding", QByteArray(20000, 'p')}});
        QCOMPARE(r.status, 431);
        QVERIFY(c.waitForClose(5000));
    }

    void halfASentRequestIsDropped()
    {
        HttpClient c(QStringLiteral("127.0.0.1"), port());
        QVERIFY(c.connect());
        QVERIFY(c.send("POST /_test/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly-a-part"));
        const HttpReply r = c.read(10000); // request_timeout_seconds: 1
        QCOMPARE(r.status, 408);
        QVERIFY(c.waitForClose(5000));
        HttpClient headers(QStringLiteral("127.0.0.1"), port());
        QVERIFY(headers.connect());
        QVERIFY(headers.send("GET /liveness HTTP/1.1\r\nHost:"));
        QCOMPARE(headers.read(10000).status, 408);
    }

    void keepAliveServesManyRequests()
    {
        HttpClient c(QStringLiteral("127.0.0.1"), port());
        for (int i = 0; i < 50; ++i)
            QCOMPARE(c.request("GET", i % 2 ? "/liveness" : "/v1/info").status, 200);
        QByteArray pipelined;
        for (int i = 0; i < 10; ++i)
            pipelined += "GET /v1/info HTTP/1.1\r\nHost: x\r\n\r\n";
        QVERIFY(c.send(pipelined));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(c.read().body, QByteArray(R"({"name":"Blackbox","version":"0.2.0"})"));
    }

    void sseEventsArriveAsTheyAreSent()
    {
        HttpClient c(QStringLiteral("127.0.0.1"), port());
        QVERIFY(c.connect());
        QVERIFY(c.send("GET /_test/sse?count=3&interval_ms=300 HTTP/1.1\r\nHost: x\r\n\r\n"));
        QByteArray seen;
        QVERIFY(c.socket()->waitForReadyRead(5000));
        while (!seen.contains("data: {\"id\":0}") && c.socket()->waitForReadyRead(5000))
            seen += c.socket()->readAll();
        seen += c.socket()->readAll();
        QVERIFY(seen.contains("Content-Type: text/event-stream"));
        QVERIFY(seen.contains("Transfer-Encoding: chunked"));
        QVERIFY2(seen.contains("data: {\"id\":0}\n\n"), seen.constData());
        QVERIFY2(!seen.contains("0\r\n\r\n"), "the stream ended before its events were due"); // not buffered
        while (!seen.contains("\r\n0\r\n\r\n") && c.socket()->waitForReadyRead(5000))
            seen += c.socket()->readAll();
        QVERIFY(seen.contains("data: {\"id\":1}\n\n") && seen.contains("data: {\"id\":2}\n\n"));
        QVERIFY(seen.endsWith("\r\n0\r\n\r\n"));
        QCOMPARE(c.request("GET", "/liveness").status, 200); // the connection is still usable
    }

    void sseClientDisconnectCancelsTheProducer()
    {
        {
            HttpClient c(QStringLiteral("127.0.0.1"), port());
            QVERIFY(c.connect());
            QVERIFY(c.send("GET /_test/sse?count=100000&interval_ms=20 HTTP/1.1\r\nHost: x\r\n\r\n"));
            QVERIFY(c.socket()->waitForReadyRead(5000));
            c.socket()->abort();
        }
        QTRY_COMPARE_WITH_TIMEOUT(
            metricValue(HttpClient::get(port(), "/metrics").body, "aistack_test_sse_cancelled_total"), 1.0,
            10000);
    }

    void webSocketRoundTripOnTheSamePort()
    {
        QWebSocket ws;
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy received(&ws, &QWebSocket::textMessageReceived);
        ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/_test/ws").arg(port())));
        QVERIFY(connected.wait(5000));
        ws.sendTextMessage(QStringLiteral("{\"event\":\"on_query\",\"data\":{\"query\":\"héllo\"}}"));
        QVERIFY(received.wait(5000));
        QCOMPARE(received.first().first().toString(),
                 QStringLiteral("{\"event\":\"on_query\",\"data\":{\"query\":\"héllo\"}}"));
        QTRY_COMPARE(metricValue(HttpClient::get(port(), "/metrics").body, "aistack_websocket_connections"),
                     1.0);
        // Routes answer frames over max_websocket_frame_bytes (4096) themselves; past twice that limit the
        // connection closes with 1009, not a crash.
        QSignalSpy closed(&ws, &QWebSocket::disconnected);
        ws.sendTextMessage(QString(20000, QLatin1Char('a')));
        QVERIFY(closed.wait(5000));
        QCOMPARE(int(ws.closeCode()), 1009);
        QCOMPARE(HttpClient::get(port(), "/liveness").status, 200);
    }

    void plainGetOnTheWebSocketPathIs426()
    {
        const HttpReply r = HttpClient::get(port(), "/ws");
        QCOMPARE(r.status, 426);
        QCOMPARE(r.header("upgrade"), QByteArray("websocket"));
    }

    void metricsCountRoutesAndConnections()
    {
        HttpClient::get(port(), "/v1/info");
        HttpClient::get(port(), "/metrics");
        const HttpReply r = HttpClient::get(port(), "/metrics");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QVERIFY(metricValue(r.body, R"(ls_rest_api_calls_total{path="/v1/info",status_code="200"})") >= 1);
        QVERIFY(metricValue(r.body, R"(ls_response_duration_seconds_count{path="/metrics"})") >= 1);
        QVERIFY(!r.body.contains(R"(ls_rest_api_calls_total{path="/metrics")")); // as the original
        QVERIFY(!r.body.contains(R"(path="/v1/nothing-here")")); // unknown paths are not routes
        QVERIFY(metricValue(r.body, "aistack_http_open_connections") >= 1);
        QVERIFY(metricValue(r.body, "aistack_http_received_bytes_total") > 0);
        QVERIFY(metricValue(r.body, "aistack_http_sent_bytes_total") > 0);
        QVERIFY(metricValue(r.body, R"(aistack_http_rejected_total{reason="413"})") >= 1);
        QVERIFY(metricValue(r.body, "process_resident_memory_bytes") > 1e6);
    }

    void accessLogGoesToStderr()
    {
        HttpClient::get(port(), "/v1/info?from=log-test");
        QTRY_VERIFY_WITH_TIMEOUT(m_app.stderrText().contains("\"GET /v1/info\" 200"), 5000);
        QVERIFY(m_app.stderrText().contains("INFO"));
    }

    void gracefulStopLetsTheInFlightRequestFinish()
    {
        HttpClient c(QStringLiteral("127.0.0.1"), port());
        QVERIFY(c.connect());
        QVERIFY(c.send("GET /_test/slow?ms=1000 HTTP/1.1\r\nHost: x\r\n\r\n"));
        QTest::qWait(200);
        ::kill(pid_t(m_app.pid()), SIGTERM);
        const HttpReply r = c.read(10000);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray(R"({"slept_ms":1000})"));
        QVERIFY(m_app.process().waitForFinished(10000));
        QCOMPARE(m_app.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_app.process().exitCode(), 0);
    }
};

class TstHeadlessVariants : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tlsFromServiceTlsConfig()
    {
        HeadlessProcess app;
        QProcess openssl;
        openssl.setWorkingDirectory(app.dir());
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                       QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QVERIFY2(
            app.start(
                "name: Tls\nservice:\n  host: 127.0.0.1\n  tls_config:\n    tls_certificate_path: cert.pem\n"
                "    tls_key_path: key.pem\ndatabase:\n  sqlite:\n    db_path: tls.db\n"),
            app.stderrText().constData());
        QVERIFY(app.url().startsWith(QStringLiteral("https://")));
        HttpClient tls(QStringLiteral("127.0.0.1"), app.port(), true);
        const HttpReply r = tls.request("GET", "/liveness");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray(R"({"alive":true})"));
        HttpClient plain(QStringLiteral("127.0.0.1"), app.port());
        QCOMPARE(plain.request("GET", "/liveness", {}, {}, 3000).status, 0); // no plain HTTP on a TLS port
        QCOMPARE(app.terminate(), 0);
    }

    void logLevelWarningSilencesTheAccessLog()
    {
        qputenv("LOG_LEVEL", "WARNING");
        HeadlessProcess app;
        const bool started =
            app.start("service:\n  host: 127.0.0.1\ndatabase:\n  sqlite:\n    db_path: quiet.db\n");
        qunsetenv("LOG_LEVEL");
        QVERIFY(started);
        QCOMPARE(HttpClient::get(app.port(), "/liveness").status, 200);
        QCOMPARE(app.terminate(), 0);
        QVERIFY2(!app.stderrText().contains("GET /liveness"), app.stderrText().constData());
    }

    void unreachableDatabaseMakesReadinessFail()
    {
        HeadlessProcess app;
        QVERIFY(app.start(
            "service:\n  host: 127.0.0.1\ndatabase:\n  postgres:\n    host: 127.0.0.1\n    port: 1\n"
            "    db: x\n    user: x\n    password: not-logged\n"));
        const HttpReply r = HttpClient::get(app.port(), "/readiness");
        QCOMPARE(r.status, 503);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QStringLiteral("ready")).toBool(), false);
        QCOMPARE(body.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Providers not healthy: database"));
        QCOMPARE(HttpClient::get(app.port(), "/liveness").status, 200); // still alive
        QCOMPARE(app.terminate(), 0);
        QVERIFY(!app.stderrText().contains("not-logged"));
    }

    // A file without a database section (a plain KISS stack file, a lightspeed-stack.yaml without one) keeps
    // its data in the app's data folder, which survives a reboot, and says where at start.
    void aConfigWithoutADatabaseUsesTheDataFolder()
    {
        HeadlessProcess app;
        QVERIFY2(app.start("service:\n  host: 127.0.0.1\n"), app.stderrText().constData());
        const QString expected = QDir(app.dir()).filePath(QStringLiteral("data/aistack/aistack.db"));
        QTRY_VERIFY2(app.stderrText().contains(QByteArray("database: SQLite ").append(expected.toUtf8())), app.stderrText().constData());
        QVERIFY(QFileInfo::exists(expected));
        const QJsonObject config = jsonOf(HttpClient::get(app.port(), "/v1/config"));
        QCOMPARE(config.value(QStringLiteral("database"))
                     .toObject()
                     .value(QStringLiteral("sqlite"))
                     .toObject()
                     .value(QStringLiteral("db_path"))
                     .toString(),
                 expected);
        QCOMPARE(app.terminate(), 0);
        // Named explicitly, /tmp is kept: the configuration is obeyed.
        QTemporaryDir tmp(QDir::temp().filePath(QStringLiteral("aistack-db-XXXXXX")));
        const QString named = tmp.filePath(QStringLiteral("named.db"));
        QVERIFY(app.start("service:\n  host: 127.0.0.1\ndatabase:\n  sqlite:\n    db_path: " + named.toUtf8() + "\n"));
        QTRY_VERIFY2(app.stderrText().contains(QByteArray("database: SQLite ").append(named.toUtf8())), app.stderrText().constData());
        QVERIFY(QFileInfo::exists(named));
        QCOMPARE(app.terminate(), 0);
    }

    // /readiness answers from the checks run in the background, with their age, so a probe never waits for a
    // provider: here the provider stops answering, and probes still answer at once with the last result
    // without asking it again.
    void readinessAnswersFromTheLastBackgroundCheck()
    {
        QTcpServer provider;
        QVERIFY(provider.listen(QHostAddress::LocalHost));
        bool answer = true;
        int connections = 0;
        QList<QTcpSocket *> held;
        connect(&provider, &QTcpServer::newConnection, &provider, [&]() {
            while (QTcpSocket *s = provider.nextPendingConnection()) {
                ++connections;
                if (!answer) {
                    held << s;
                    continue;
                }
                connect(s, &QTcpSocket::readyRead, s, [s]() {
                    s->readAll();
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n"
                             "{\"data\":[]}");
                });
            }
        });
        HeadlessProcess app;
        const QByteArray url = "http://127.0.0.1:" + QByteArray::number(provider.serverPort());
        QVERIFY2(app.start("service:\n  host: 127.0.0.1\ndatabase:\n  sqlite:\n    db_path: ready.db\n"
                           "llama_stack:\n  url: " + url + "\n"),
                 app.stderrText().constData());
        QTRY_VERIFY_WITH_TIMEOUT(connections > 0, 10000); // the first background check
        QTest::qWait(200);
        answer = false; // from now on the provider hangs
        const int before = connections;
        QTRY_VERIFY_WITH_TIMEOUT(connections > before, 15000); // the next background check is stuck on it
        const int during = connections;
        for (int i = 0; i < 5; ++i) {
            HttpClient probe(QStringLiteral("127.0.0.1"), app.port());
            const HttpReply r = probe.request("GET", "/readiness", {}, {}, 3000);
            QCOMPARE(r.status, 200); // the last finished check: healthy
            QVERIFY2(r.headers.contains("age"), r.headers.keys().join(',').constData());
            QVERIFY(r.headers.value("age").toInt() >= 0);
        }
        QTest::qWait(100);
        QCOMPARE(connections, during); // the probes asked nobody
        // The stuck check gives up within seconds (one short attempt), and the probes then say so.
        QTRY_VERIFY_WITH_TIMEOUT(HttpClient::get(app.port(), "/readiness").status == 503, 20000);
        const HttpReply down = HttpClient::get(app.port(), "/readiness");
        QCOMPARE(jsonOf(down).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Providers not healthy: llama_stack"));
        const int exitCode = app.terminate(); // no check holds the shutdown for long
        QVERIFY2(exitCode == 0, app.stderrText().right(3000).constData());
        qDeleteAll(held);
    }

    void unreachableVectorStoreMakesReadinessFail()
    {
        HeadlessProcess app;
        const QByteArray config =
            "service:\n  host: 127.0.0.1\ndatabase:\n  sqlite:\n    db_path: ready.db\n"
            "stack:\n  tools:\n    - name: docs\n      role: documents\n      kind: rag\n"
            "  vector_db:\n    provider: chroma\n    kind: remote\n    host: 127.0.0.1\n"
            "    port: " +
            QByteArray::number(freeLoopbackPort()) + "\n    secure: false\n";
        QVERIFY2(app.start(config), app.stderrText().constData());
        const HttpReply r = HttpClient::get(app.port(), "/readiness");
        QCOMPARE(r.status, 503);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Providers not healthy: vector_db"));
        QCOMPARE(app.terminate(), 0);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TstHeadless t;
        status |= QTest::qExec(&t, argc, argv);
    }
    {
        TstHeadlessVariants t;
        status |= QTest::qExec(&t, argc, argv);
    }
    return status;
}

#include "tst_headless.moc"
