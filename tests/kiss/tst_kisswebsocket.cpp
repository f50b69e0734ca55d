// Black box: the KISS /ws WebSocket of the built `aistack --headless`, over real sockets: the SDKs' frames
// and defaults, one reply frame per request frame for every bad frame, the handshake refusals, and the
// metrics. Runs on SQLite, and on PostgreSQL with AISTACK_KISS_DB=postgres.
#include "kisstesthelpers.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QWebSocket>
#include <QtTest>

using namespace aistack::test;

class TstKissWebSocket : public QObject
{
    Q_OBJECT

    KissDatabase m_db;
    HeadlessProcess m_app;
    quint16 port() const { return m_app.port(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HeadlessProcess::binary().isEmpty(), "AISTACK_BINARY is not set");
        const QString error = startKissServer(m_db, m_app, QStringLiteral("kisswebsocket"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { QCOMPARE(m_app.terminate(), 0); }

    // --- /ws ---

    void webSocketEventsMirrorTheRestApi_data()
    {
        QTest::addColumn<bool>("tokenInQuery");
        QTest::newRow("Authorization header (SDKs)") << false;
        QTest::newRow("?token= (browsers)") << true;
    }
    void webSocketEventsMirrorTheRestApi()
    {
        QFETCH(bool, tokenInQuery);
        KissClient c(port());
        const KissClient::Session s = c.login(QStringLiteral("temporary"));
        WsClient ws;
        QVERIFY(ws.open(c.wsRequest(s.token, tokenInQuery)));

        // The SDKs' default frames.
        QCOMPARE(ws.call(R"({"event":"on_init","data":{"query":"Greetings!"}})"),
                 (QJsonObject{
                     {QStringLiteral("event"), QStringLiteral("on_init")},
                     {QStringLiteral("result"), QJsonObject{{QStringLiteral("stack_id"), s.clientId},
                                                            {QStringLiteral("result"), kGreeting},
                                                            {QStringLiteral("extras"), QJsonValue::Null}}}}));
        QCOMPARE(ws.frames.last(), QStringLiteral("{\"event\":\"on_init\",\"result\":") +
                                       QString::fromUtf8(plainBody(s.clientId, kGreeting)) +
                                       QLatin1Char('}'));
        QJsonObject reply = ws.call("{\"event\":\"on_store\",\"data\":" +
                                    filesBody({{QStringLiteral("tides.txt"),
                                                b64("High tide at the pier comes at noon on Fridays.")}}) +
                                    "}");
        QCOMPARE(reply.value(QStringLiteral("event")).toString(), QStringLiteral("on_store"));
        QCOMPARE(reply.value(QStringLiteral("result")).toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("Files stored"));
        QVERIFY(!reply.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("extras"))
                     .toObject()
                     .value(QStringLiteral("documents"))
                     .toArray()
                     .isEmpty());
        reply = ws.call(R"({"event":"on_query","data":{"query":"When is high tide at the pier?"}})");
        QCOMPARE(reply.value(QStringLiteral("event")).toString(), QStringLiteral("on_query"));
        const QJsonObject result = reply.value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("stack_id")).toString(), s.clientId);
        QVERIFY(result.value(QStringLiteral("result")).toString().contains(QLatin1String("noon")));
        QCOMPARE(result.value(QStringLiteral("extras"))
                     .toObject()
                     .value(QStringLiteral("supporting_documents"))
                     .toArray()
                     .first()
                     .toArray()
                     .size(),
                 1);
        // A frame without data takes the defaults.
        reply = ws.call(R"({"event":"on_query"})");
        QCOMPARE(reply.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("extras"))
                     .toObject()
                     .value(QStringLiteral("query"))
                     .toString(),
                 kGreeting);
        reply = ws.call(R"({"event":"on_close","data":{"query":"Goodbye!"}})");
        QCOMPARE(reply.value(QStringLiteral("result")).toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("Good bye!"));
        // The session is checked again on every frame: closed means closed, and the connection stays open.
        QCOMPARE(ws.call(R"({"event":"on_query","data":{"query":"again"}})"),
                 errorFrame(401, QStringLiteral("Invalid or inactive session")));
        QCOMPARE(ws.ws.state(), QAbstractSocket::ConnectedState);
        ws.ws.close();
    }

    void everyBadFrameGetsOneErrorFrameInOrder()
    {
        KissClient c(port());
        const KissClient::Session s = KissClient(port()).initialised();
        WsClient ws;
        QVERIFY(ws.open(c.wsRequest(s.token)));
        const QList<QPair<QByteArray, QJsonObject>> cases{
            {R"({"event":"on_dance","data":{}})", errorFrame(400, QStringLiteral("Invalid event: on_dance"))},
            {R"({"data":{"query":"x"}})", errorFrame(400, QStringLiteral("Invalid event: None"))},
            {R"({"event":null})", errorFrame(400, QStringLiteral("Invalid event: None"))},
            {R"({"event":"on_auth","data":{"scope":"temporary"}})",
             errorFrame(400, QStringLiteral("Invalid event: on_auth"))},
            {R"({"event":"on_query","data":"hello"})", errorFrame(400, QStringLiteral("Invalid data"))},
            {R"({"event":"on_query","data":null})", errorFrame(400, QStringLiteral("Invalid data"))},
            {R"({"event":"on_query","data":{"query":null}})",
             errorFrame(400, QStringLiteral("Invalid data"))},
            {R"({"event":"on_store","data":{"files":"x"}})", errorFrame(400, QStringLiteral("Invalid data"))},
            {R"({"event":"on_query",)", errorFrame(400, QStringLiteral("Invalid data"))},
            {R"(["on_query"])", errorFrame(400, QStringLiteral("Invalid data"))},
            {R"({"event":"on_store","data":{"files":[{"name":"x.txt","content":"%%%"}]}})",
             errorFrame(400, QStringLiteral("x.txt: content is not valid base64"))},
        };
        // All at once: the replies come back one per frame, in order.
        for (const auto &[frame, expected] : cases)
            ws.ws.sendTextMessage(QString::fromUtf8(frame));
        ws.ws.sendBinaryMessage("\x01\x02\x03");
        ws.ws.sendTextMessage(QString(100000, QLatin1Char('x'))); // over the 64 KiB frame limit
        ws.ws.sendTextMessage(QStringLiteral(R"({"event":"on_query","data":{"query":"still there?"}})"));
        QVERIFY(ws.waitFor(int(cases.size()) + 3));
        for (int i = 0; i < cases.size(); ++i)
            QCOMPARE(QJsonDocument::fromJson(ws.frames.at(i).toUtf8()).object(), cases.at(i).second);
        const QJsonObject binary = QJsonDocument::fromJson(ws.frames.at(cases.size()).toUtf8()).object();
        QCOMPARE(binary.value(QStringLiteral("status_code")).toInt(), 400);
        QVERIFY(binary.value(QStringLiteral("error")).toBool());
        const QJsonObject tooLarge =
            QJsonDocument::fromJson(ws.frames.at(cases.size() + 1).toUtf8()).object();
        QCOMPARE(tooLarge.value(QStringLiteral("status_code")).toInt(), 413);
        QVERIFY(tooLarge.value(QStringLiteral("detail")).toString().contains(QLatin1String("65536")));
        const QJsonObject last = QJsonDocument::fromJson(ws.frames.at(cases.size() + 2).toUtf8()).object();
        QCOMPARE(last.value(QStringLiteral("event")).toString(), QStringLiteral("on_query"));
        QCOMPARE(ws.frames.size(), int(cases.size()) + 3);
        QCOMPARE(ws.ws.state(), QAbstractSocket::ConnectedState);
    }

    // A client that sends faster than the server's pace gets every reply, in order, only later: 60 frames at
    // once are 40 answered at once, the other 20 at 20 a second (so the last comes at least 0.9 s after the
    // first; a slower machine only takes longer).
    void aBurstOfFramesIsPacedNotLost()
    {
        KissClient c(port());
        const KissClient::Session s = c.login(QStringLiteral("temporary"));
        WsClient ws;
        QVERIFY(ws.open(c.wsRequest(s.token)));
        constexpr int kFrames = 60;
        QElapsedTimer sent;
        sent.start();
        for (int i = 0; i < kFrames; ++i)
            ws.ws.sendTextMessage(QStringLiteral(R"({"event":"on_dance_%1"})").arg(i));
        QVERIFY(ws.waitFor(kFrames));
        const qint64 elapsedMs = sent.elapsed();
        for (int i = 0; i < kFrames; ++i)
            QCOMPARE(QJsonDocument::fromJson(ws.frames.at(i).toUtf8()).object(),
                     errorFrame(400, QStringLiteral("Invalid event: on_dance_%1").arg(i)));
        QVERIFY2(elapsedMs >= 900, qPrintable(QStringLiteral("all replies within %1 ms").arg(elapsedMs)));
        QCOMPARE(ws.ws.state(), QAbstractSocket::ConnectedState);
        // The budget comes back: a frame sent after a pause is answered at once.
        QTest::qWait(500);
        QCOMPARE(ws.call(R"({"event":"on_dance"})"),
                 errorFrame(400, QStringLiteral("Invalid event: on_dance")));
    }

    void queriesBeforeInitOverWebSocketAre409Frames()
    {
        KissClient c(port());
        const KissClient::Session s = c.login(QStringLiteral("temporary"));
        WsClient ws;
        QVERIFY(ws.open(c.wsRequest(s.token)));
        const QJsonObject notInitialised = errorFrame(
            409, QStringLiteral("Stack session is not initialized; call /sessions?action=init first"));
        QCOMPARE(ws.call(R"({"event":"on_query","data":{"query":"hi"}})"), notInitialised);
        QCOMPARE(ws.call(R"({"event":"on_close","data":{"query":"Goodbye!"}})"), notInitialised);
    }

    void aTokenExpiredAfterConnectingStopsWorking()
    {
        KissClient c(port());
        const KissClient::Session s = KissClient(port()).initialised();
        const QByteArray shortLived =
            handMadeToken(R"({"alg":"HS256","typ":"JWT"})",
                          claimsFor(s.clientId, QStringLiteral("temporary"), now() + 2), kKissKey);
        WsClient ws;
        QVERIFY(ws.open(c.wsRequest(shortLived)));
        QCOMPARE(ws.call(R"({"event":"on_init"})").value(QStringLiteral("event")).toString(),
                 QStringLiteral("on_init"));
        QTest::qWait(3000);
        QCOMPARE(ws.call(R"({"event":"on_query"})"), errorFrame(401, QStringLiteral("Invalid token")));
    }

    void theHandshakeIsRefusedWith401_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("detail");
        QTest::newRow("no token") << QByteArray() << QByteArray()
                                  << QStringLiteral("Authorization header missing");
        QTest::newRow("bad header token") << QByteArray("Authorization: Bearer nope\r\n") << QByteArray()
                                          << QStringLiteral("Invalid token");
        QTest::newRow("bad query token")
            << QByteArray() << QByteArray("?token=nope") << QStringLiteral("Invalid token");
        QTest::newRow("forged") << "Authorization: Bearer " +
                                       handMadeToken(R"({"alg":"HS256"})",
                                                     claimsFor(QStringLiteral("x"),
                                                               QStringLiteral("temporary"), now() + 60),
                                                     "other-key") +
                                       "\r\n"
                                << QByteArray() << QStringLiteral("Invalid token");
        QTest::newRow("alg none") << "Authorization: Bearer " +
                                         handMadeToken(R"({"alg":"none"})",
                                                       claimsFor(QStringLiteral("x"),
                                                                 QStringLiteral("temporary"), now() + 60),
                                                       {}) +
                                         "\r\n"
                                  << QByteArray() << QStringLiteral("Invalid token");
    }
    void theHandshakeIsRefusedWith401()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, query);
        QFETCH(QString, detail);
        HttpClient http(QStringLiteral("127.0.0.1"), port());
        QVERIFY(http.connect());
        QVERIFY(http.send("GET /ws" + query +
                          " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                          "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                          "Sec-WebSocket-Version: 13\r\n" +
                          headers + "\r\n"));
        const HttpReply r = http.read();
        QCOMPARE(r.status, 401);
        QCOMPARE(detailOf(r), detail);
        // And a real WebSocket client fails to connect.
        QWebSocket ws;
        QSignalSpy errors(
            &ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error)); // errorOccurred from Qt 6.5
        ws.open(KissClient(port()).wsRequest({}));
        QVERIFY(errors.wait(10000));
        QVERIFY(ws.state() != QAbstractSocket::ConnectedState);
    }

    // A token whose signature and expiry are still good but whose session the client closed (over REST or
    // with an on_close frame) opens no WebSocket: HTTP 401 at the handshake, before any frame.
    void aClosedSessionsTokenIsRefusedAtTheHandshake_data()
    {
        QTest::addColumn<bool>("overWebSocket");
        QTest::newRow("closed over REST") << false;
        QTest::newRow("closed with on_close") << true;
    }
    void aClosedSessionsTokenIsRefusedAtTheHandshake()
    {
        QFETCH(bool, overWebSocket);
        KissClient c(port());
        const KissClient::Session s = KissClient(port()).initialised();
        if (overWebSocket) {
            WsClient ws;
            QVERIFY(ws.open(c.wsRequest(s.token)));
            QCOMPARE(ws.call(R"({"event":"on_close"})").value(QStringLiteral("event")).toString(),
                     QStringLiteral("on_close"));
            ws.ws.close();
        } else {
            QCOMPARE(c.post("/sessions?action=close", "{}", s.token).status, 200);
        }
        for (const bool inQuery : {false, true}) {
            HttpClient http(QStringLiteral("127.0.0.1"), port());
            QVERIFY(http.connect());
            QVERIFY(http.send("GET /ws" + (inQuery ? "?token=" + s.token : QByteArray()) +
                              " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                              "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                              "Sec-WebSocket-Version: 13\r\n" +
                              (inQuery ? QByteArray() : "Authorization: Bearer " + s.token + "\r\n") +
                              "\r\n"));
            const HttpReply r = http.read();
            QCOMPARE(r.status, 401);
            QCOMPARE(detailOf(r), QStringLiteral("Invalid or inactive session"));
            QVERIFY(r.header("sec-websocket-accept").isEmpty());
        }
        QWebSocket ws;
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy errors(&ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        ws.open(c.wsRequest(s.token));
        QVERIFY(errors.wait(10000));
        QVERIFY(connected.isEmpty());
    }

    void aPlainGetOnTheWebSocketPathIs426()
    {
        const HttpReply r = HttpClient::get(port(), "/ws");
        QCOMPARE(r.status, 426);
    }

    void metricsCountSessionsConnectionsAndQueries()
    {
        KissClient c(port());
        const KissClient::Session s = KissClient(port()).initialised();
        QCOMPARE(c.post("/queries", queryBody(QStringLiteral("hello there")), s.token).status, 200);
        WsClient ws;
        QVERIFY(ws.open(c.wsRequest(s.token)));
        QByteArray text;
        QTRY_VERIFY_WITH_TIMEOUT((text = HttpClient::get(port(), "/metrics").body)
                                     .contains("aistack_sessions_active{scope=\"temporary\"}"),
                                 10000);
        QVERIFY2(QRegularExpression(QStringLiteral("aistack_websocket_connections [1-9]"))
                     .match(QString::fromUtf8(text))
                     .hasMatch(),
                 text.constData());
        QVERIFY2(QRegularExpression(
                     QStringLiteral(
                         "aistack_stack_queries_total\\{tool=\"[a-z_]+\",kind=\"(prompt|rag)\"\\} [1-9]"))
                     .match(QString::fromUtf8(text))
                     .hasMatch(),
                 text.constData());
        QVERIFY(text.contains("aistack_stack_decision_seconds"));
    }
};

QTEST_MAIN(TstKissWebSocket)
#include "tst_kisswebsocket.moc"
