// The server runtime in process, on its own thread, over real loopback sockets.
#include "embeddedserver.h"
#include "health/readinesscheck.h"
#include "httpclient.h"
#include "log/requestlog.h"
#include "metrics/metricsregistry.h"
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QThreadPool>
#include <QtTest>

using namespace aistack;
using namespace aistack::test;

namespace {
using Fixture = ServerFixture;

bool testRoutes()
{
    return qEnvironmentVariable("AISTACK_TEST_ROUTES") == QLatin1String("1");
}
} // namespace

class TstEmbeddedServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void servesOnAnEphemeralPortFromItsOwnThread()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(f.port() > 0);
        const HttpReply r = HttpClient::get(f.port(), "/liveness");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray(R"({"alive":true})"));
        const HttpReply ready = HttpClient::get(f.port(), "/readiness"); // no checks registered: ready
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.body,
                 QByteArray(R"({"ready":true,"reason":"All providers are healthy","providers":[]})"));
        Counter *answered = f.metrics.counter(QStringLiteral("aistack_http_requests_total"), QString());
        QTRY_COMPARE(answered->value({QStringLiteral("GET"), QStringLiteral("200")}), 2.0);
    }

    void readinessReportsUnhealthyProviders()
    {
        Fixture f;
        f.readiness.add(std::make_shared<FunctionReadinessCheck>(QStringLiteral("good"), []() {
            return ProviderHealth{QStringLiteral("good"), true, {}};
        }));
        f.readiness.add(std::make_shared<FunctionReadinessCheck>(QStringLiteral("vectors"), []() {
            return ProviderHealth{QStringLiteral("vectors"), false, QStringLiteral("connection refused")};
        }));
        QVERIFY(f.start());
        const HttpReply r = HttpClient::get(f.port(), "/readiness");
        QCOMPARE(r.status, 503);
        QCOMPARE(
            r.body,
            QByteArray(R"({"ready":false,"reason":"Providers not healthy: vectors","providers":)"
                       R"([{"provider_id":"vectors","status":"Error","message":"connection refused"}]})"));
    }

    void readinessChecksTheRealDatabase()
    {
        // A database check against a PostgreSQL port where nobody listens.
        Fixture f;
        f.readiness.add(std::make_shared<FunctionReadinessCheck>(QStringLiteral("database"), []() {
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), freeLoopbackPort());
            const bool ok = probe.waitForConnected(2000);
            return ProviderHealth{QStringLiteral("database"), ok, ok ? QString() : probe.errorString()};
        }));
        QVERIFY(f.start());
        const HttpReply r = HttpClient::get(f.port(), "/readiness");
        QCOMPARE(r.status, 503);
        QVERIFY(r.body.contains(R"("provider_id":"database")"));
    }

    void pipelinedResponsesKeepRequestOrder()
    {
        if (!testRoutes())
            QSKIP("needs the test-only routes (AISTACK_TEST_ROUTES=ON)");
        Fixture f;
        QVERIFY(f.start());
        HttpClient c(QStringLiteral("127.0.0.1"), f.port());
        QVERIFY(c.connect());
        // The slow answer is ready last, but must go out first.
        QVERIFY(c.send("GET /_test/slow?ms=400 HTTP/1.1\r\nHost: x\r\n\r\n"
                       "GET /liveness HTTP/1.1\r\nHost: x\r\n\r\n"
                       "GET /nope HTTP/1.1\r\nHost: x\r\n\r\n"));
        const HttpReply first = c.read();
        const HttpReply second = c.read();
        const HttpReply third = c.read();
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body, QByteArray(R"({"slept_ms":400})"));
        QCOMPARE(second.body, QByteArray(R"({"alive":true})"));
        QCOMPARE(third.status, 404);
    }

    void aStreamWaitsBehindAnEarlierPipelinedReply()
    {
        if (!testRoutes())
            QSKIP("needs the test-only routes (AISTACK_TEST_ROUTES=ON)");
        Fixture f;
        QVERIFY(f.start());
        HttpClient c(QStringLiteral("127.0.0.1"), f.port());
        QVERIFY(c.connect());
        // The stream starts producing while the slow reply is pending: its events are held back,
        // then sent in order, and the stream goes on live afterwards.
        QVERIFY(c.send("GET /_test/slow?ms=500 HTTP/1.1\r\nHost: x\r\n\r\n"
                       "GET /_test/sse?count=6&interval_ms=100 HTTP/1.1\r\nHost: x\r\n\r\n"
                       "GET /liveness HTTP/1.1\r\nHost: x\r\n\r\n"));
        QCOMPARE(c.read().body, QByteArray(R"({"slept_ms":500})"));
        const HttpReply stream = c.read();
        QCOMPARE(stream.status, 200);
        QByteArray expected;
        for (int i = 0; i < 6; ++i)
            expected += "data: {\"id\":" + QByteArray::number(i) + "}\n\n";
        QCOMPARE(stream.body, expected);
        QCOMPARE(c.read().body, QByteArray(R"({"alive":true})"));
    }

    void corsFollowsTheConfiguredOrigins()
    {
        Fixture f([](AppConfig &c) {
            c.service.cors.allowOrigins = {QStringLiteral("http://good.example")};
            c.service.cors.allowCredentials = true;
            c.service.cors.allowMethods = {QStringLiteral("GET"), QStringLiteral("POST")};
        });
        QVERIFY(f.start());
        HttpClient c(QStringLiteral("127.0.0.1"), f.port());
        HttpReply r =
            c.request("OPTIONS", "/v1/info", {},
                      {{"Origin", "http://evil.example"}, {"Access-Control-Request-Method", "GET"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("Disallowed CORS origin"));
        QVERIFY(!r.headers.contains("access-control-allow-origin"));
        r = c.request("OPTIONS", "/v1/info", {},
                      {{"Origin", "http://good.example"}, {"Access-Control-Request-Method", "DELETE"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("Disallowed CORS method"));
        r = c.request("OPTIONS", "/v1/info", {},
                      {{"Origin", "http://good.example"}, {"Access-Control-Request-Method", "POST"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("access-control-allow-origin"), QByteArray("http://good.example"));
        QCOMPARE(r.header("access-control-allow-credentials"), QByteArray("true"));
        QCOMPARE(r.header("access-control-allow-methods"), QByteArray("GET, POST"));
        r = c.request("GET", "/v1/info", {}, {{"Origin", "http://good.example"}});
        QCOMPARE(r.header("access-control-allow-origin"), QByteArray("http://good.example"));
        QCOMPARE(r.header("vary"), QByteArray("Origin"));
        r = c.request("GET", "/v1/info", {}, {{"Origin", "http://evil.example"}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.headers.contains("access-control-allow-origin"));
    }

    void idleConnectionsAreClosed()
    {
        Fixture f([](AppConfig &c) { c.service.limits.idleTimeoutSeconds = 1; });
        QVERIFY(f.start());
        HttpClient c(QStringLiteral("127.0.0.1"), f.port());
        QCOMPARE(c.request("GET", "/liveness").status, 200);
        QElapsedTimer t;
        t.start();
        QVERIFY(c.waitForClose(10000));
        QVERIFY2(t.elapsed() >= 500, "closed before the idle timeout");
    }

    void gracefulStopFinishesInFlightRequests()
    {
        if (!testRoutes())
            QSKIP("needs the test-only routes (AISTACK_TEST_ROUTES=ON)");
        Fixture f;
        QVERIFY(f.start());
        const quint16 port = f.port();
        HttpClient inFlight(QStringLiteral("127.0.0.1"), port);
        QVERIFY(inFlight.connect());
        QVERIFY(inFlight.send("GET /_test/slow?ms=800 HTTP/1.1\r\nHost: x\r\n\r\n"));
        QTest::qWait(100);
        QSignalSpy stopped(f.server.get(), &ServerHost::stopped);
        f.server->stop();
        QTRY_COMPARE(f.server->status().state, ServerStatus::State::Stopping);
        QTest::qWait(100);
        QTcpSocket late; // no new connections once stopping
        late.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(!late.waitForConnected(1000));
        const HttpReply r = inFlight.read();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray(R"({"slept_ms":800})"));
        QVERIFY(stopped.wait(10000));
        QCOMPARE(f.server->status().state, ServerStatus::State::Stopped);
    }

    void gracefulStopHasADeadline()
    {
        if (!testRoutes())
            QSKIP("needs the test-only routes (AISTACK_TEST_ROUTES=ON)");
        Fixture f([](AppConfig &c) { c.service.limits.shutdownGraceSeconds = 1; });
        QVERIFY(f.start());
        HttpClient slow(QStringLiteral("127.0.0.1"), f.port());
        QVERIFY(slow.connect());
        QVERIFY(slow.send("GET /_test/slow?ms=20000 HTTP/1.1\r\nHost: x\r\n\r\n"));
        QTest::qWait(100);
        QElapsedTimer t;
        t.start();
        QSignalSpy stopped(f.server.get(), &ServerHost::stopped);
        f.server->stop();
        QVERIFY(stopped.wait(10000));
        QVERIFY2(t.elapsed() < 8000, "the stop waited for the whole slow request");
        QVERIFY(slow.waitForClose(5000));
    }

    void restartsOnANewPort()
    {
        Fixture f;
        QVERIFY(f.start());
        const quint16 oldPort = f.port();
        const quint16 newPort = freeLoopbackPort();
        f.server->restartOn(QStringLiteral("127.0.0.1"), newPort);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.server->status().state == ServerStatus::State::Listening && f.port() == newPort, 10000);
        QCOMPARE(HttpClient::get(newPort, "/liveness").status, 200);
        QTcpSocket old;
        old.connectToHost(QStringLiteral("127.0.0.1"), oldPort);
        QVERIFY(!old.waitForConnected(1000));
    }

    void aPortInUseIsReportedAsAFailure()
    {
        Fixture first;
        QVERIFY(first.start());
        Fixture second([&](AppConfig &c) { c.service.port = first.port(); });
        second.server->start();
        QTRY_COMPARE_WITH_TIMEOUT(second.server->status().state, ServerStatus::State::Failed, 10000);
        QVERIFY2(second.server->status().error.contains(QStringLiteral("cannot listen")),
                 qPrintable(second.server->status().error));
        QCOMPARE(HttpClient::get(first.port(), "/liveness").status, 200); // the first is unharmed
    }

    // A host name is looked up off the server thread, then served; one that names nothing is a clear failure.
    void aHostNameIsResolvedWithoutBlocking()
    {
        // This machine's own name, when the hosts file maps it to a loopback address (as Debian's does).
        const QString name = QHostInfo::localHostName();
        const QList<QHostAddress> addresses = QHostInfo::fromName(name).addresses();
        const bool hasName = !addresses.isEmpty() && addresses.constFirst().isLoopback();
        if (hasName) {
            Fixture named([&](AppConfig &c) { c.service.host = name; });
            QVERIFY(named.start());
            QCOMPARE(HttpClient::get(named.port(), "/liveness", addresses.constFirst().toString()).status, 200);
        }
        Fixture nowhere([](AppConfig &c) { c.service.host = QStringLiteral("no-such-host.invalid"); });
        nowhere.server->start();
        QTRY_COMPARE_WITH_TIMEOUT(nowhere.server->status().state, ServerStatus::State::Failed, 30000);
        QVERIFY2(nowhere.server->status().error.contains(
                     QStringLiteral("cannot resolve the bind address 'no-such-host.invalid'")),
                 qPrintable(nowhere.server->status().error));
        if (!hasName)
            QSKIP("this machine's name does not resolve to loopback: only the failing name was checked");
    }
};

QTEST_GUILESS_MAIN(TstEmbeddedServer)
#include "tst_embeddedserver.moc"
