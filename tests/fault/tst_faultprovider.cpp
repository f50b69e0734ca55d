// Fault injection, black box: the model provider (a real llama-server) is killed (SIGKILL) while it generates
// an answer. The Lightspeed SSE stream ends with an `error` event and is closed, the KISS WebSocket gets an
// error frame, the next request gets the HTTP error with the reason, and nothing is recorded as a complete
// turn.
#include "faulthelpers.h"
#include "kissclient.h"
#include "lcstesthelpers.h"
#include "llamaserver.h"

#include <QSignalSpy>
#include <QWebSocket>

using namespace aistack::test;

namespace {
const QByteArray kKey = "fault-provider-key-0123456789-0123456789-0123456789";
constexpr int kRequestTimeoutMs = 60000;
} // namespace

class TstFaultProvider : public QObject
{
    Q_OBJECT

    LlamaServer m_llama; // answers that would take minutes
    HeadlessProcess m_app;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HeadlessProcess::binary().isEmpty(), "AISTACK_BINARY is not set");
        QString error;
        QVERIFY2(
            m_llama.start(LlamaServer::chatModel(), {QStringLiteral("-n"), QStringLiteral("20000")}, &error),
            qPrintable(error));
        m_app.setEnv(QStringLiteral("ACCESS_TOKEN_SECRET_KEY"), QString::fromLatin1(kKey));
        QVERIFY2(m_app.start(lcsModelConfig(m_llama.baseUrl())), m_app.stderrText().constData());
    }

    void aStreamEndsWithAnErrorEventWhenTheProviderDies()
    {
        QString error;
        QVERIFY2(m_llama.startAgain(&error), qPrintable(error));
        StreamReader reader;
        QVERIFY(reader.open(m_app.port(), "{\"query\":\"Tell a very long story\"}",
                            "/v1/streaming_query?user_id=sse"));
        QVERIFY2(reader.readUntil([&reader]() { return reader.count("\"role\": \"inference\"") >= 5; },
                                  kRequestTimeoutMs),
                 reader.received.right(300).constData());
        m_llama.kill();
        // The stream ends (the last chunk of the chunked body) with an error event that says why.
        QVERIFY2(reader.readUntil([&reader]() { return reader.received.endsWith("0\r\n\r\n"); },
                                  kRequestTimeoutMs),
                 reader.received.right(300).constData());
        const QList<QJsonObject> events = sseEvents(reader.received);
        QCOMPARE(events.last()[QStringLiteral("event")].toString(), QStringLiteral("error"));
        QVERIFY(!events.last()[QStringLiteral("data")][QStringLiteral("token")].toString().isEmpty());
        for (const QJsonObject &e : events)
            QVERIFY(e[QStringLiteral("event")].toString() != QLatin1String("turn_complete"));

        // The next requests, with the provider still down: the HTTP error and its reason.
        const LcsClient lcs{m_app.port()};
        const QByteArray unreachable = "{\"detail\":{\"response\":\"Unable to connect to Llama "
                                       "Stack\",\"cause\":\"Connection error.\"}}";
        for (const QByteArray &path :
             {QByteArray("/v1/streaming_query?user_id=sse"), QByteArray("/v1/query?user_id=sse")}) {
            const HttpReply r =
                lcs.call("POST", path, "{\"query\":\"Are you there?\"}", {}, kRequestTimeoutMs);
            QCOMPARE(r.status, 500);
            QCOMPARE(r.body, unreachable);
        }
        KissClient kiss(m_app.port());
        const KissClient::Session s = kiss.initialised();
        const HttpReply r =
            kiss.post("/queries", queryBody(QStringLiteral("Are you there?")), s.token, kRequestTimeoutMs);
        QCOMPARE(r.status, 502);
        QVERIFY2(detailOf(r).startsWith(QLatin1String("Model provider failed")), r.body.constData());

        // Nothing was recorded as a turn.
        QCOMPARE(lcs.get("/v1/conversations?user_id=sse").body, QByteArray("{\"conversations\":[]}"));
        QCOMPARE(HttpClient::get(m_app.port(), "/liveness").status, 200);
    }

    void aWebSocketGetsAnErrorFrameWhenTheProviderDies()
    {
        QString error;
        QVERIFY2(m_llama.startAgain(&error), qPrintable(error));
        KissClient kiss(m_app.port());
        const KissClient::Session s = kiss.initialised();
        QVERIFY(!s.token.isEmpty());
        QWebSocket ws;
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy frames(&ws, &QWebSocket::textMessageReceived);
        ws.open(kiss.wsRequest(s.token));
        QVERIFY(connected.wait(10000));
        ws.sendTextMessage(
            QStringLiteral(R"({"event":"on_query","data":{"query":"Tell a very long story"}})"));
        QVERIFY(QTest::qWaitFor([this]() { return m_llama.busy(); }, kRequestTimeoutMs));
        m_llama.kill();
        QVERIFY(frames.wait(kRequestTimeoutMs) || !frames.isEmpty());
        const QJsonObject frame = jsonObject(frames.first().first().toString().toUtf8());
        QCOMPARE(frame[QStringLiteral("error")].toBool(), true);
        QCOMPARE(frame[QStringLiteral("status_code")].toInt(), 502);
        QVERIFY2(
            frame[QStringLiteral("detail")].toString().startsWith(QLatin1String("Model provider failed")),
            frames.first().first().toString().toUtf8().constData());
        // The socket stays usable: the next question gets its own error frame while the provider is down.
        ws.sendTextMessage(QStringLiteral(R"({"event":"on_query","data":{"query":"Are you there?"}})"));
        QVERIFY(QTest::qWaitFor([&frames]() { return frames.size() >= 2; }, kRequestTimeoutMs));
        QCOMPARE(jsonObject(frames.at(1).first().toString().toUtf8())[QStringLiteral("status_code")].toInt(),
                 502);
        ws.close();
        QCOMPARE(HttpClient::get(m_app.port(), "/liveness").status, 200);
    }

    void cleanupTestCase() { QCOMPARE(m_app.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TstFaultProvider)
#include "tst_faultprovider.moc"
