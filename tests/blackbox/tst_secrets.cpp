// Black box: no secret the server holds reaches a log line or a reply. The built `aistack --headless` runs at
// LOG_LEVEL=DEBUG with a PostgreSQL password, a token signing key, a llama_stack api_key (its server dead)
// and a model provider api_key (its provider quotes the key it was sent in its 401 error, as some proxies
// do); every route of both protocols is called with good and bad requests (auth failures, malformed bodies,
// the dead and the refusing providers, WebSocket frames), then again with the database stopped. Standard
// error (where headless mode writes its messages and the access log) and every reply's status line, headers
// and body, and every WebSocket frame, are searched for each secret. The KISS client secret and token are
// searched for too: in the logs, and in every reply but the /auth answer that hands them out. A
// SESSION_DB_URL that fails (malformed, a bad port, no server) is reported without the password it carries.
#include "headlessprocess.h"
#include "httpclient.h"
#include "kissclient.h"
#include "postgrescluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QWebSocket>
#include <QtTest>
#include <algorithm>

using namespace aistack::test;

namespace {

const QByteArray kTokenSecret = "token-signing-secret-7f3a9c21d4e8b6f0a5c3e1d9b7f2a4c6";
const QByteArray kLlamaStackKey = "llama-stack-api-key-5d1e7b3f9a2c8e4b";
const QByteArray kProviderKey = "sk-provider-api-key-0b9d8c7e6f5a4b3c2d1e";

// An OpenAI-compatible provider that refuses every request with 401 and quotes the bearer key it got.
const char *kQuotingProvider = R"(
import http.server, json, sys
class H(http.server.BaseHTTPRequestHandler):
    def reply(self):
        self.rfile.read(int(self.headers.get('Content-Length') or 0))
        key = (self.headers.get('Authorization') or '').replace('Bearer ', '')
        body = json.dumps({'error': {'message': 'Incorrect API key provided: ' + key,
                                     'type': 'invalid_request_error'}}).encode()
        self.send_response(401)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    do_GET = do_POST = reply
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()
)";

QByteArray wholeReply(const HttpReply &r)
{
    QByteArray all = QByteArray::number(r.status) + '\n';
    for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it)
        all += it.key() + ": " + it.value() + '\n';
    return all + r.body;
}

bool accepts(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    return s.waitForConnected(500);
}

} // namespace

class TstSecrets : public QObject
{
    Q_OBJECT

    PostgresCluster m_pg;
    QProcess m_provider;
    HeadlessProcess m_app;
    // Every reply and frame seen, by what was asked; the /auth answers that hand out a session apart.
    QList<QPair<QByteArray, QByteArray>> m_replies;
    QList<QPair<QByteArray, QByteArray>> m_issued;
    QList<KissClient::Session> m_sessions;

    quint16 port() const { return m_app.port(); }

    QList<QByteArray> serverSecrets() const
    {
        return {kTokenSecret, kLlamaStackKey, kProviderKey, m_pg.password().toUtf8()};
    }

    HttpReply call(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        HttpClient c(QStringLiteral("127.0.0.1"), port());
        if (!c.connect())
            return {};
        QList<QPair<QByteArray, QByteArray>> h = headers;
        if (!body.isEmpty())
            h.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        const HttpReply r = c.request(method, path, body, h, 60000);
        m_replies.append(qMakePair(method + ' ' + path, wholeReply(r)));
        // Keeps reading the server's standard error, so that a full pipe never holds the server up.
        QCoreApplication::processEvents();
        m_app.stderrText();
        return r;
    }
    static QList<QPair<QByteArray, QByteArray>> bearer(const QByteArray &token)
    {
        return {qMakePair(QByteArray("Authorization"), "Bearer " + token)};
    }

    KissClient::Session login()
    {
        const HttpReply r = call("POST", "/auth", R"({"scope":"temporary"})");
        m_issued.append(m_replies.takeLast());
        const QJsonObject o = jsonObject(r.body);
        KissClient::Session s{o.value(QStringLiteral("client_id")).toString(),
                              o.value(QStringLiteral("client_secret")).toString(),
                              o.value(QStringLiteral("access_token")).toString().toUtf8()};
        m_sessions.append(s);
        return s;
    }

    // The frames a WebSocket gets for `frames`, after a handshake with this request.
    void webSocket(const QNetworkRequest &request, const QList<QByteArray> &frames)
    {
        QWebSocket ws;
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy errors(&ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        QSignalSpy received(&ws, &QWebSocket::textMessageReceived);
        ws.open(request);
        (void)QTest::qWaitFor([&]() { return !connected.isEmpty() || !errors.isEmpty(); }, 10000);
        if (connected.isEmpty()) {
            m_replies.append(qMakePair(QByteArray("WS handshake"), ws.errorString().toUtf8()));
            return;
        }
        for (const QByteArray &frame : frames) {
            const int before = int(received.size());
            ws.sendTextMessage(QString::fromUtf8(frame));
            (void)QTest::qWaitFor([&]() { return received.size() > before; }, 60000);
        }
        for (const QList<QVariant> &args : std::as_const(received))
            m_replies.append(qMakePair(QByteArray("WS frame"), args.first().toString().toUtf8()));
        ws.close();
    }

    // Every route of both protocols, good and bad.
    void everyRoute()
    {
        // The routes the server says it serves: each with no body, a malformed body, and the wrong method.
        const QJsonObject paths =
            jsonObject(call("GET", "/openapi.json").body).value(QStringLiteral("paths")).toObject();
        QVERIFY2(paths.size() >= 20, "the OpenAPI document lists too few routes");
        for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
            QByteArray path = it.key().toUtf8();
            path.replace("{conversation_id}", "12345678-1234-5678-1234-567812345678");
            const QStringList methods = it.value().toObject().keys();
            for (const QString &m : methods) {
                const QByteArray method = m.toUpper().toUtf8();
                call(method, path);
                call(method, path, "{\"not json", bearer("not-a-token"));
                call(method, path, "[1,2,3]", bearer(kTokenSecret.left(8)));
            }
            call("PATCH", path);
        }
        call("GET", "/no/such/route");

        // KISS: sessions, good and bad logins, the stack with a provider that refuses its key, documents.
        const KissClient::Session s = login();
        QVERIFY(!s.token.isEmpty());
        const KissClient::Session other = login();
        const HttpReply renewed = call("POST", "/auth",
                                       "{\"client_id\":\"" + s.clientId.toUtf8() + "\",\"client_secret\":\"" +
                                           s.secret.toUtf8() + "\"}");
        QCOMPARE(renewed.status, 200);
        m_issued.append(m_replies.takeLast());
        // The right secret with the wrong session, and a wrong secret: refused, neither echoed.
        QCOMPARE(call("POST", "/auth",
                      "{\"client_id\":\"" + other.clientId.toUtf8() + "\",\"client_secret\":\"" +
                          s.secret.toUtf8() + "\"}")
                     .status,
                 401);
        QCOMPARE(
            call("POST", "/auth",
                 "{\"client_id\":\"" + s.clientId.toUtf8() + "\",\"client_secret\":\"" + kTokenSecret + "\"}")
                .status,
            401);
        call("POST", "/auth", "{\"scope\":\"temporary\",\"client_secret\":\"" + s.secret.toUtf8() + "\"}");
        call("POST", "/auth", "{\"client_id\":" + kProviderKey + "}");
        QCOMPARE(call("POST", "/sessions?action=init", "{}", bearer(s.token)).status, 200);
        // Stored with the built-in embedder, or refused by the provider when the stack embeds through it.
        call("POST", "/documents", fileBody(QStringLiteral("pump.txt"), "The pump may run dry briefly."),
             bearer(s.token));
        const HttpReply refused =
            call("POST", "/queries", queryBody(QStringLiteral("Say hello")), bearer(s.token));
        QVERIFY2(refused.status >= 500 || refused.status == 200, refused.body.constData());
        call("POST", "/queries", queryBody(QStringLiteral("Can the pump run dry?")), bearer(s.token));
        call("POST", "/queries", "{\"query\":", bearer(s.token));
        call("POST", "/documents", R"({"files":[{"name":"x.txt","content":"%%%"}]})", bearer(s.token));
        call("POST", "/sessions?action=nope", "{}", bearer(s.token));
        // Tokens that must not pass: forged with a guessed key, signed with alg none, expired, for no
        // session.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject claims{{QStringLiteral("sub"), s.clientId},
                                 {QStringLiteral("scope"), QStringLiteral("temporary")},
                                 {QStringLiteral("exp"), double(now + 600)}};
        QJsonObject expired = claims;
        expired.insert(QStringLiteral("exp"), double(now - 600));
        QJsonObject nobody = claims;
        nobody.insert(QStringLiteral("sub"), QStringLiteral("no-such-session"));
        const QByteArray noSession = handMadeToken(R"({"alg":"HS256","typ":"JWT"})", nobody, kTokenSecret);
        const QList<QByteArray> badTokens{
            handMadeToken(R"({"alg":"HS256","typ":"JWT"})", claims, "guessed-key"),
            handMadeToken(R"({"alg":"none"})", claims, {}),
            handMadeToken(R"({"alg":"HS256","typ":"JWT"})", expired, kTokenSecret), "garbage",
            s.token.left(s.token.size() - 4) + "AAAA"};
        for (const QByteArray &token : badTokens + QList<QByteArray>{noSession}) {
            QCOMPARE(call("POST", "/queries", queryBody(QStringLiteral("hello")), bearer(token)).status, 401);
            const int handshake =
                call("GET", "/ws", {},
                     {qMakePair(QByteArray("Upgrade"), QByteArray("websocket")),
                      qMakePair(QByteArray("Connection"), QByteArray("Upgrade")),
                      qMakePair(QByteArray("Sec-WebSocket-Key"), QByteArray("dGhlIHNhbXBsZSBub25jZQ==")),
                      qMakePair(QByteArray("Sec-WebSocket-Version"), QByteArray("13")),
                      qMakePair(QByteArray("Authorization"), "Bearer " + token)})
                    .status;
            // A token only the key's holder can sign, for a session that never existed, passes the handshake
            // (it reads no database) and is refused on its first frame (below).
            QCOMPARE(handshake, token == noSession ? 101 : 401);
        }
        call("POST", "/queries", queryBody(QStringLiteral("hello")),
             {qMakePair(QByteArray("Authorization"),
                        "Basic " + (s.clientId + QLatin1Char(':') + s.secret).toUtf8().toBase64())});
        // The WebSocket: token in the header and in the query (as browsers send it), every event, bad frames.
        KissClient kiss(port());
        const QList<QByteArray> frames{
            R"({"event":"on_init"})",
            R"({"event":"on_query","data":{"query":"Say hello"}})",
            R"({"event":"on_store","data":{"files":[{"name":"a.txt","content":"aGk="}]}})",
            R"({"event":"on_query","data":{"query":"Can the pump run dry?"}})",
            R"({"event":"nope"})",
            "not json",
            R"({"event":"on_store","data":3})"};
        webSocket(kiss.wsRequest(s.token), frames);
        webSocket(kiss.wsRequest(s.token, true), frames);
        webSocket(kiss.wsRequest(badTokens.first(), true), frames);
        webSocket(kiss.wsRequest(noSession), {R"({"event":"on_query","data":{"query":"hello"}})"});
        QVERIFY2(m_replies.last().second.contains("Invalid or inactive session"),
                 m_replies.last().second.constData());

        // Lightspeed: the model the stack's tool serves (its provider refuses the key), the dead llama_stack
        // server's model, streaming, feedback, conversations, the redacted configuration.
        const HttpReply query = call("POST", "/v1/query", "{\"query\":\"Say hello\"}");
        QVERIFY2(query.status >= 400, query.body.constData());
        call("POST", "/v1/query", R"({"query":"Say hello","provider":"openai","model":"gpt-4o"})");
        call("POST", "/v1/query", R"({"query":"Say hello","no_tools":true})");
        call("POST", "/v1/streaming_query", "{\"query\":\"Say hello\"}");
        call("POST", "/v1/streaming_query", R"({"query":"Say hello","provider":"openai","model":"gpt-4o"})");
        call("POST", "/v1/query", R"({"query":"x","conversation_id":"not-a-uuid","extra":1})");
        call(
            "POST", "/v1/feedback",
            R"({"conversation_id":"12345678-1234-5678-1234-567812345678","user_question":"q","llm_response":"r","sentiment":1})");
        call("POST", "/v1/feedback", R"({"conversation_id":"x","sentiment":0})");
        call("GET", "/v1/conversations");
        call("GET", "/v1/conversations/not-a-uuid");
        call("DELETE", "/v1/conversations/12345678-1234-5678-1234-567812345678");
        const HttpReply config = call("GET", "/v1/config");
        QCOMPARE(config.status, 200);
        QVERIFY2(config.body.contains("\"api_key\":\"**********\""), config.body.constData());
        call("GET", "/v1/models");
        call("GET", "/readiness");
        call("GET", "/metrics");
        call("POST", "/authorized", {}, bearer(kTokenSecret));
        QCOMPARE(call("POST", "/sessions?action=close", "{}", bearer(s.token)).status, 200);
        call("POST", "/queries", queryBody(QStringLiteral("after close")), bearer(s.token));
    }

    void expectNoSecretIn(const QList<QPair<QByteArray, QByteArray>> &replies,
                          const QList<QByteArray> &secrets)
    {
        for (const auto &reply : replies)
            for (const QByteArray &secret : secrets)
                QVERIFY2(
                    !reply.second.contains(secret),
                    qPrintable(QStringLiteral("%1 answered with a secret: %2")
                                   .arg(QString::fromUtf8(reply.first), QString::fromUtf8(reply.second))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HeadlessProcess::binary().isEmpty(), "AISTACK_BINARY is not set");
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        const quint16 providerPort = freeLoopbackPort();
        m_provider.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), QString::fromLatin1(kQuotingProvider), QString::number(providerPort)});
        QVERIFY(m_provider.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([&]() { return accepts(providerPort); }, 10000));
        const QByteArray provider = "      ai_client:\n        provider: openai\n        model: gpt-test\n"
                                    "        base_url: http://127.0.0.1:" +
                                    QByteArray::number(providerPort) +
                                    "/v1\n        api_key: " + kProviderKey + "\n        max_retries: 0\n";
        const QByteArray config =
            "name: Secrets\nservice:\n  host: 127.0.0.1\n  port: 8080\n"
            "llama_stack:\n  url: http://127.0.0.1:" +
            QByteArray::number(freeLoopbackPort()) + "\n  api_key: " + kLlamaStackKey +
            "\nuser_data_collection:\n  feedback_enabled: true\n  feedback_storage: feedback\n"
            "  transcripts_enabled: true\n  transcripts_storage: transcripts\n"
            "database:\n  postgres:\n    host: 127.0.0.1\n    port: " +
            QByteArray::number(m_pg.port()) + "\n    db: " + m_pg.database().toUtf8() +
            "\n    user: " + m_pg.user().toUtf8() + "\n    password: " + m_pg.password().toUtf8() +
            "\n    namespace: secrets\n    ssl_mode: disable\n"
            "sessions:\n  token_secret: " +
            kTokenSecret +
            "\nstack:\n  decision_maker:\n    name: decision_maker\n    role: Classify each query\n"
            "    kind: prompt\n" +
            QByteArray(provider).replace("      ", "    ") +
            "  tools:\n    - name: general\n      role: Answer general questions\n      kind: prompt\n" +
            provider +
            "    - name: documents\n      role: Answer questions about the stored documents\n      kind: "
            "rag\n"
            "      depth: 2\n  vector_db:\n    provider: embedded\n    kind: storage\n    path: vectors.db\n";
        m_app.setEnv(QStringLiteral("LOG_LEVEL"), QStringLiteral("DEBUG"));
        QVERIFY2(m_app.start(config), m_app.stderrText().constData());
        QVERIFY2(QTest::qWaitFor(
                     [this]() { return m_app.stderrText().contains("database ready: PostgreSQL"); }, 20000),
                 m_app.stderrText().constData());
    }

    // SESSION_DB_URL carries the password in the URL: a URL that does not parse, and one whose server is not
    // there, are reported (log, readiness) without it.
    void aDatabaseUrlThatFailsIsReportedWithoutItsPassword_data()
    {
        QTest::addColumn<QString>("url");
        const QString password = QStringLiteral("url-password-9c2e7a41");
        QTest::newRow("malformed") << QStringLiteral("postgres://aistack:%1@[::1/db").arg(password);
        QTest::newRow("bad port") << QStringLiteral("postgres://aistack:%1@127.0.0.1:99999/db").arg(password);
        QTest::newRow("nobody listening")
            << QStringLiteral("postgres://aistack:%1@127.0.0.1:%2/db?sslmode=disable")
                   .arg(password)
                   .arg(freeLoopbackPort());
    }
    void aDatabaseUrlThatFailsIsReportedWithoutItsPassword()
    {
        QFETCH(QString, url);
        HeadlessProcess app;
        app.setEnv(QStringLiteral("LOG_LEVEL"), QStringLiteral("DEBUG"));
        app.setEnv(QStringLiteral("SESSION_DB_URL"), url);
        QVERIFY2(
            app.start("name: Url\nservice:\n  host: 127.0.0.1\ndatabase:\n  sqlite:\n    db_path: url.db\n"),
            app.stderrText().constData());
        const HttpReply ready = HttpClient::get(app.port(), "/readiness");
        QVERIFY(ready.status == 200 || ready.status == 503);
        const HttpReply auth =
            HttpClient(QStringLiteral("127.0.0.1"), app.port())
                .request("POST", "/auth", R"({"scope":"temporary"})",
                         {qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))});
        QCOMPARE(app.terminate(), 0);
        const QByteArray password = "url-password-9c2e7a41";
        QVERIFY2(!wholeReply(ready).contains(password), ready.body.constData());
        QVERIFY2(!wholeReply(auth).contains(password), auth.body.constData());
        QVERIFY2(!app.stderrText().contains(password), app.stderrText().constData());
    }

    void cleanupTestCase()
    {
        m_app.terminate();
        if (m_provider.state() != QProcess::NotRunning) {
            m_provider.kill();
            m_provider.waitForFinished(5000);
        }
    }

    void noSecretReachesALogOrAReply()
    {
        everyRoute();
        QVERIFY(m_replies.size() > 150);
        // Then the database goes away: the same routes fail, and still say nothing secret.
        m_pg.stop();
        call("POST", "/auth", R"({"scope":"temporary"})");
        call("POST", "/auth",
             "{\"client_id\":\"" + m_sessions.first().clientId.toUtf8() + "\",\"client_secret\":\"" +
                 m_sessions.first().secret.toUtf8() + "\"}");
        call("POST", "/queries", queryBody(QStringLiteral("hello")), bearer(m_sessions.last().token));
        call("GET", "/v1/conversations");
        call("POST", "/v1/query", "{\"query\":\"Say hello\"}");
        call("GET", "/readiness");
        call("GET", "/v1/config");
        QCOMPARE(call("GET", "/liveness").status, 200);
        QCOMPARE(m_app.terminate(), 0);

        QList<QByteArray> clientSecrets;
        for (const KissClient::Session &s : std::as_const(m_sessions))
            clientSecrets << s.secret.toUtf8() << s.token;
        qInfo("%lld replies and frames, %lld bytes of log searched for %lld secrets",
              qlonglong(m_replies.size() + m_issued.size()), qlonglong(m_app.stderrText().size()),
              qlonglong(serverSecrets().size() + clientSecrets.size()));
        expectNoSecretIn(m_replies, serverSecrets() + clientSecrets);
        expectNoSecretIn(m_issued, serverSecrets());
        const QByteArray log = m_app.stderrText();
        QVERIFY2(log.contains("\"POST /auth\" 200"), log.right(2000).constData());
        for (const QByteArray &secret : serverSecrets() + clientSecrets) {
            const qsizetype at = log.indexOf(secret);
            QVERIFY2(at < 0,
                     qPrintable(QStringLiteral("the log holds a secret: ...%1...")
                                    .arg(QString::fromUtf8(log.mid(qMax<qsizetype>(0, at - 300), 600)))));
        }
        // The provider did get its key and quoted it back (so the server had the secret in hand): the quote
        // reaches the client with the key masked.
        QVERIFY2(std::any_of(m_replies.cbegin(), m_replies.cend(),
                             [](const auto &r) {
                                 return r.second.contains("Incorrect API key provided: **********");
                             }),
                 "no reply quotes the provider's refusal");
    }
};

QTEST_MAIN(TstSecrets)
#include "tst_secrets.moc"
