// Black box: the KISS AI Stack server REST API of the built `aistack --headless`, over real sockets, with the
// requests the official Python and JS SDKs send. Every success body is checked field by field and every
// error case of the contract has a row. Runs on SQLite, and on PostgreSQL with AISTACK_KISS_DB=postgres.
// The WebSocket events are in tst_kisswebsocket.cpp.
#include "kisstesthelpers.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace aistack::test;

class TstKissApi : public QObject
{
    Q_OBJECT

    KissDatabase m_db;
    HeadlessProcess m_app;
    quint16 port() const { return m_app.port(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HeadlessProcess::binary().isEmpty(), "AISTACK_BINARY is not set");
        const QString error = startKissServer(m_db, m_app, QStringLiteral("kissapi"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { QCOMPARE(m_app.terminate(), 0); }

    // --- /auth ---

    void authCreatesASessionInBothSdkStyles_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("scope");
        QTest::newRow("python temporary") << int(KissClient::Style::Python) << QStringLiteral("temporary");
        QTest::newRow("python persistent") << int(KissClient::Style::Python) << QStringLiteral("persistent");
        QTest::newRow("js temporary") << int(KissClient::Style::Js) << QStringLiteral("temporary");
        QTest::newRow("js persistent") << int(KissClient::Style::Js) << QStringLiteral("persistent");
    }
    void authCreatesASessionInBothSdkStyles()
    {
        QFETCH(int, style);
        QFETCH(QString, scope);
        KissClient c(port());
        const HttpReply r = c.auth(KissClient::Style(style), scope);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QVERIFY2(r.body.startsWith("{\"client_id\":\""),
                 r.body.constData()); // field order of SessionResponse
        const QJsonObject o = jsonObject(r.body);
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("access_token"), QStringLiteral("client_id"),
                                        QStringLiteral("client_secret")}));
        const QString id = o.value(QStringLiteral("client_id")).toString();
        QVERIFY(QRegularExpression(
                    QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                    .match(id)
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$"))
                    .match(o.value(QStringLiteral("client_secret")).toString())
                    .hasMatch());
        const QList<QByteArray> parts =
            o.value(QStringLiteral("access_token")).toString().toUtf8().split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), id);
        QCOMPARE(claims.value(QStringLiteral("scope")).toString(), scope);
        QVERIFY(qAbs(claims.value(QStringLiteral("exp")).toDouble() - double(now() + 30 * 60)) < 5);
        QVERIFY(qAbs(claims.value(QStringLiteral("iat")).toDouble() - double(now())) < 5);
        // The token works.
        const HttpReply init = c.post("/sessions?action=init", "{}", parts.join('.'));
        QCOMPARE(init.status, 200);
    }

    void reAuthEchoesTheSecretWithANewToken_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("scope");
        QTest::newRow("python, scope null") << int(KissClient::Style::Python) << QString();
        QTest::newRow("js, scope absent") << int(KissClient::Style::Js) << QString();
        QTest::newRow("scope given too (ignored)")
            << int(KissClient::Style::Js) << QStringLiteral("persistent");
    }
    void reAuthEchoesTheSecretWithANewToken()
    {
        QFETCH(int, style);
        QFETCH(QString, scope);
        KissClient c(port());
        const KissClient::Session s = c.login(QStringLiteral("temporary"));
        QVERIFY(!s.token.isEmpty());
        QTest::qWait(1100); // a later iat, so the token differs
        const HttpReply r = c.auth(KissClient::Style(style), scope, s.clientId, s.secret);
        QCOMPARE(r.status, 200);
        const QJsonObject o = jsonObject(r.body);
        QCOMPARE(o.value(QStringLiteral("client_id")).toString(), s.clientId);
        QCOMPARE(o.value(QStringLiteral("client_secret")).toString(), s.secret);
        const QByteArray token = o.value(QStringLiteral("access_token")).toString().toUtf8();
        QVERIFY(token != s.token);
        QCOMPARE(c.post("/sessions?action=init", "{}", token).status, 200);
        QCOMPARE(c.post("/queries", "{}", s.token).status, 200); // the old token still works until it expires
    }

    void authRejectsBadRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail"); // for 422: the `type` of the first item
        const QString valueError = QStringLiteral(
            "Value error, Either `scope` or both `client_id` and `client_secret` must be provided.");
        QTest::newRow("nothing") << QByteArray("{}") << 401 << valueError;
        QTest::newRow("all null") << QByteArray(R"({"scope":null,"client_id":null,"client_secret":null})")
                                  << 401 << valueError;
        QTest::newRow("id only") << QByteArray(R"({"client_id":"abc"})") << 401 << valueError;
        QTest::newRow("secret only") << QByteArray(R"({"client_secret":"abc"})") << 401 << valueError;
        QTest::newRow("scope and id") << QByteArray(R"({"scope":"temporary","client_id":"abc"})") << 400
                                      << QStringLiteral("Invalid session request.");
        QTest::newRow("scope and secret") << QByteArray(R"({"scope":"persistent","client_secret":"abc"})")
                                          << 400 << QStringLiteral("Invalid session request.");
        QTest::newRow("unknown scope")
            << QByteArray(R"({"scope":"forever"})") << 422 << QStringLiteral("enum");
        QTest::newRow("scope in capitals")
            << QByteArray(R"({"scope":"TEMPORARY"})") << 422 << QStringLiteral("enum");
        QTest::newRow("scope a number") << QByteArray(R"({"scope":1})") << 422 << QStringLiteral("enum");
        QTest::newRow("id a number") << QByteArray(R"({"client_id":1,"client_secret":"x"})") << 422
                                     << QStringLiteral("string_type");
        QTest::newRow("malformed JSON")
            << QByteArray(R"({"scope": "temporary")") << 422 << QStringLiteral("json_invalid");
        QTest::newRow("a list") << QByteArray("[]") << 422 << QStringLiteral("model_attributes_type");
        QTest::newRow("no body") << QByteArray() << 422 << QStringLiteral("missing");
        QTest::newRow("unknown client") << QByteArray(R"({"client_id":"nobody","client_secret":"x"})") << 401
                                        << QStringLiteral("Invalid or inactive session");
    }
    void authRejectsBadRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, detail);
        KissClient c(port());
        const HttpReply r = c.post("/auth", body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        if (status == 422) {
            const QJsonArray items = jsonObject(r.body).value(QStringLiteral("detail")).toArray();
            QVERIFY2(!items.isEmpty(), r.body.constData());
            const QJsonObject item = items.first().toObject();
            QCOMPARE(item.value(QStringLiteral("type")).toString(), detail);
            QCOMPARE(item.value(QStringLiteral("loc")).toArray().first().toString(), QStringLiteral("body"));
            QVERIFY(!item.value(QStringLiteral("msg")).toString().isEmpty());
            QVERIFY(item.contains(QStringLiteral("input")));
        } else {
            QCOMPARE(r.body, QJsonDocument(QJsonObject{{QStringLiteral("detail"), detail}})
                                 .toJson(QJsonDocument::Compact));
        }
    }

    void aWrongSecretIsRefused()
    {
        KissClient c(port());
        const KissClient::Session s = c.login(QStringLiteral("persistent"));
        const HttpReply r = c.auth(KissClient::Style::Python, {}, s.clientId, s.secret + QLatin1Char('x'));
        QCOMPARE(r.status, 401);
        QCOMPARE(detailOf(r), QStringLiteral("Invalid client_id or client_secret"));
        QVERIFY(!r.body.contains(s.secret.toUtf8()));
    }

    // --- the bearer rule ---

    void tokensAreCheckedBeforeAnythingElse_data()
    {
        QTest::addColumn<QByteArray>("authorization"); // null: no header
        QTest::addColumn<QString>("detail");
        KissClient c(port());
        const KissClient::Session s = c.login(QStringLiteral("temporary"));
        QVERIFY2(s.token.count('.') == 2, "no session token to tamper with"); // the rows below split it
        const QByteArray id = s.clientId.toUtf8();
        const QByteArray hs256 = R"({"alg":"HS256","typ":"JWT"})";
        QTest::newRow("no header") << QByteArray() << QStringLiteral("Authorization header missing");
        QTest::newRow("basic auth") << QByteArray("Basic dXNlcjpwdw==")
                                    << QStringLiteral("Authorization header missing");
        QTest::newRow("bearer without token")
            << QByteArray("Bearer") << QStringLiteral("Invalid token format");
        QTest::newRow("garbage token") << QByteArray("Bearer not-a-token") << QStringLiteral("Invalid token");
        QTest::newRow("expired")
            << "Bearer " + handMadeToken(hs256, claimsFor(s.clientId, QStringLiteral("temporary"), now() - 5),
                                         kKissKey)
            << QStringLiteral("Invalid token");
        QTest::newRow("forged with another key")
            << "Bearer " + handMadeToken(hs256,
                                         claimsFor(s.clientId, QStringLiteral("temporary"), now() + 600),
                                         "your-secret-key")
            << QStringLiteral("Invalid token");
        QTest::newRow("alg none")
            << "Bearer " + handMadeToken(R"({"alg":"none","typ":"JWT"})",
                                         claimsFor(s.clientId, QStringLiteral("temporary"), now() + 600), {})
            << QStringLiteral("Invalid token");
        QTest::newRow("alg HS512") << "Bearer " +
                                          handMadeToken(
                                              R"({"alg":"HS512","typ":"JWT"})",
                                              claimsFor(s.clientId, QStringLiteral("temporary"), now() + 600),
                                              kKissKey)
                                   << QStringLiteral("Invalid token");
        QTest::newRow("tampered payload")
            << "Bearer " + s.token.split('.')[0] + '.' +
                   QJsonDocument(
                       claimsFor(QStringLiteral("someone-else"), QStringLiteral("temporary"), now() + 600))
                       .toJson(QJsonDocument::Compact)
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
                   '.' + s.token.split('.')[2]
            << QStringLiteral("Invalid token");
        QTest::newRow("scope claim not the session's")
            << "Bearer " + handMadeToken(hs256,
                                         claimsFor(s.clientId, QStringLiteral("persistent"), now() + 600),
                                         kKissKey)
            << QStringLiteral("Invalid token");
        QTest::newRow("no such session")
            << "Bearer " + handMadeToken(
                               hs256,
                               claimsFor(QStringLiteral("nobody"), QStringLiteral("temporary"), now() + 600),
                               kKissKey)
            << QStringLiteral("Invalid or inactive session");
        QTest::newRow("no subject")
            << "Bearer " +
                   handMadeToken(hs256, QJsonObject{{QStringLiteral("exp"), double(now() + 600)}}, kKissKey)
            << QStringLiteral("Authentication failed");
        Q_UNUSED(id);
    }
    void tokensAreCheckedBeforeAnythingElse()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, detail);
        KissClient c(port());
        // Every KISS route, even with a request that is itself invalid: auth comes first, as in the original.
        for (const QByteArray &path : {QByteArray("/queries"), QByteArray("/sessions?action=init"),
                                       QByteArray("/sessions"), QByteArray("/documents")}) {
            const HttpReply r = c.postAuthorized(path, "not json", authorization);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.body, QJsonDocument(QJsonObject{{QStringLiteral("detail"), detail}})
                                 .toJson(QJsonDocument::Compact));
        }
    }

    void lightspeedRoutesKeepTheirOwnAuth()
    {
        QCOMPARE(HttpClient::get(port(), "/v1/info").status, 200);
        QCOMPARE(HttpClient::get(port(), "/liveness").status, 200);
        QCOMPARE(HttpClient::get(port(), "/metrics").status, 200);
    }

    // --- /sessions ---

    void sessionsRejectsBadActions_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail");
        QTest::newRow("no action") << QByteArray("/sessions") << QByteArray("{}") << 422
                                   << QStringLiteral("missing");
        QTest::newRow("empty action") << QByteArray("/sessions?action=") << QByteArray("{}") << 400
                                      << QStringLiteral("Invalid action: ");
        QTest::newRow("capitals") << QByteArray("/sessions?action=INIT") << QByteArray("{}") << 400
                                  << QStringLiteral("Invalid action: INIT");
        QTest::newRow("unknown") << QByteArray("/sessions?action=restart") << QByteArray("{}") << 400
                                 << QStringLiteral("Invalid action: restart");
        QTest::newRow("no body") << QByteArray("/sessions?action=init") << QByteArray() << 422
                                 << QStringLiteral("missing");
        QTest::newRow("query null") << QByteArray("/sessions?action=init") << QByteArray(R"({"query":null})")
                                    << 422 << QStringLiteral("string_type");
        QTest::newRow("query a number") << QByteArray("/queries") << QByteArray(R"({"query":42})") << 422
                                        << QStringLiteral("string_type");
    }
    void sessionsRejectsBadActions()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, detail);
        KissClient c(port());
        const KissClient::Session s = c.login(QStringLiteral("temporary"));
        const HttpReply r = c.post(path, body, s.token);
        QCOMPARE(r.status, status);
        if (status == 422) {
            const QJsonObject item =
                jsonObject(r.body).value(QStringLiteral("detail")).toArray().first().toObject();
            QCOMPARE(item.value(QStringLiteral("type")).toString(), detail);
        } else {
            QCOMPARE(detailOf(r), detail);
        }
    }

    void queryAndCloseBeforeInitAre409AndLoseNothing()
    {
        KissClient c(port());
        const KissClient::Session s = c.login(QStringLiteral("temporary"));
        const QString notInitialised =
            QStringLiteral("Stack session is not initialized; call /sessions?action=init first");
        HttpReply r = c.post("/queries", queryBody(QStringLiteral("hello")), s.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(detailOf(r), notInitialised);
        r = c.post("/sessions?action=close", "{}", s.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(detailOf(r), notInitialised);
        r = c.post("/documents", filesBody({{QStringLiteral("a.txt"), b64("text")}}), s.token);
        QCOMPARE(r.status, 409);
        // The temporary session is still active: its token and credentials still work.
        QCOMPARE(c.post("/sessions?action=init", "{}", s.token).status, 200);
        QCOMPARE(c.auth(KissClient::Style::Js, {}, s.clientId, s.secret).status, 200);
    }

    void aTemporarySessionLivesFromInitToClose()
    {
        KissClient c(port());
        const KissClient::Session s = c.login(QStringLiteral("temporary"));
        HttpReply r = c.post("/sessions?action=init", "{}", s.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, plainBody(s.clientId, kGreeting));
        // Re-init replaces the stack and answers the same.
        r = c.post("/sessions?action=init", queryBody(QStringLiteral("Hi")), s.token);
        QCOMPARE(r.body, plainBody(s.clientId, kGreeting));

        // {} takes the default query "Greetings!"; with no documents and no model the answer says so.
        r = c.post("/queries", "{}", s.token);
        QCOMPARE(r.status, 200);
        QJsonObject o = jsonObject(r.body);
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("extras"), QStringLiteral("result"),
                                        QStringLiteral("stack_id")}));
        QCOMPARE(o.value(QStringLiteral("stack_id")).toString(), s.clientId);
        QVERIFY(!o.value(QStringLiteral("result")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("extras")).toObject(),
                 (QJsonObject{{QStringLiteral("query"), kGreeting},
                              {QStringLiteral("metadata"), QJsonValue::Null},
                              {QStringLiteral("distances"), QJsonValue::Null},
                              {QStringLiteral("supporting_documents"), QJsonValue::Null}}));
        QVERIFY(r.body.contains(
            R"("extras":{"query":"Greetings!","metadata":null,"distances":null,"supporting_documents":null})"));

        r = c.post("/sessions?action=close", R"({"query":"Goodbye!"})", s.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, plainBody(s.clientId, QStringLiteral("Good bye!")));
        // Closed: the token and the credentials stop working at once.
        r = c.post("/queries", "{}", s.token);
        QCOMPARE(r.status, 401);
        QCOMPARE(detailOf(r), QStringLiteral("Invalid or inactive session"));
        r = c.auth(KissClient::Style::Python, {}, s.clientId, s.secret);
        QCOMPARE(r.status, 401);
        QCOMPARE(detailOf(r), QStringLiteral("Invalid or inactive session"));
    }

    void aPersistentSessionKeepsItsDocumentsAcrossClose()
    {
        KissClient c(port());
        const KissClient::Session s = KissClient(port()).initialised(QStringLiteral("persistent"));
        HttpReply r =
            c.post("/documents",
                   filesBody({{QStringLiteral("notes.txt"), b64("The harbour crane lifts forty tonnes.")}}),
                   s.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(c.post("/sessions?action=close", "{}", s.token).body,
                 plainBody(s.clientId, QStringLiteral("Good bye!")));
        // Still active, but the stack is gone until the next init.
        QCOMPARE(c.post("/queries", "{}", s.token).status, 409);
        QCOMPARE(c.auth(KissClient::Style::Js, {}, s.clientId, s.secret).status, 200);
        QCOMPARE(c.post("/sessions?action=init", "{}", s.token).status, 200);
        r = c.post("/queries", queryBody(QStringLiteral("How much does the harbour crane lift?")), s.token);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.contains("forty tonnes"), r.body.constData());
    }

    // --- /documents and /queries ---

    void storedDocumentsAnswerQueriesWithTheirSources()
    {
        KissClient c(port());
        const KissClient::Session s = KissClient(port()).initialised();
        const QByteArray text = "Lighthouse keepers log the weather every four hours.\n\n"
                                "The lamp of the north lighthouse is cleaned each Sunday morning.";
        const QByteArray markdown = "# Bakery\n\nSourdough rests for twelve hours before baking.\n";
        HttpReply r =
            c.post("/documents",
                   filesBody({{QStringLiteral("../../etc/lighthouse.txt"), b64(text)},
                              {QStringLiteral("bakery.md"), b64(markdown)}},
                             QJsonObject{{QStringLiteral("project"), QStringLiteral("coast")},
                                         {QStringLiteral("owner"),
                                          QJsonObject{{QStringLiteral("team"), QStringLiteral("ops")}}}}),
                   s.token);
        QCOMPARE(r.status, 200);
        QJsonObject o = jsonObject(r.body);
        QCOMPARE(o.value(QStringLiteral("stack_id")).toString(), s.clientId);
        QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("Files stored"));
        const QJsonObject extras = o.value(QStringLiteral("extras")).toObject();
        QCOMPARE(extras.keys(), QStringList{QStringLiteral("documents")}); // the rag tool's name
        const QJsonArray ids = extras.value(QStringLiteral("documents")).toArray();
        QVERIFY(ids.size() >= 2);
        QSet<QString> unique;
        for (const QJsonValue &id : ids) {
            QVERIFY(id.isString() && !id.toString().isEmpty());
            unique.insert(id.toString());
        }
        QCOMPARE(unique.size(), ids.size());

        r = c.post("/queries", queryBody(QStringLiteral("When is the lamp of the north lighthouse cleaned?")),
                   s.token);
        QCOMPARE(r.status, 200);
        o = jsonObject(r.body);
        QVERIFY2(o.value(QStringLiteral("result")).toString().contains(QLatin1String("Sunday")),
                 r.body.constData());
        const QJsonObject x = o.value(QStringLiteral("extras")).toObject();
        QCOMPARE(x.value(QStringLiteral("query")).toString(),
                 QStringLiteral("When is the lamp of the north lighthouse cleaned?"));
        // Chroma's list-of-lists shape, one inner list for the one query, depth (2) entries at most.
        const QJsonArray docs = x.value(QStringLiteral("supporting_documents")).toArray();
        const QJsonArray metas = x.value(QStringLiteral("metadata")).toArray();
        const QJsonArray dists = x.value(QStringLiteral("distances")).toArray();
        QCOMPARE(docs.size(), 1);
        QCOMPARE(metas.size(), 1);
        QCOMPARE(dists.size(), 1);
        const QJsonArray d0 = docs.first().toArray();
        QVERIFY(d0.size() >= 1 && d0.size() <= 2);
        QCOMPARE(metas.first().toArray().size(), d0.size());
        QCOMPARE(dists.first().toArray().size(), d0.size());
        QVERIFY(d0.first().toString().contains(QLatin1String("Sunday morning")));
        const QJsonObject meta = metas.first().toArray().first().toObject();
        QCOMPARE(meta.value(QStringLiteral("file_name")).toString(), QStringLiteral("lighthouse.txt"));
        QCOMPARE(meta.value(QStringLiteral("project")).toString(), QStringLiteral("coast"));
        QCOMPARE(meta.value(QStringLiteral("owner.team")).toString(), QStringLiteral("ops"));
        QVERIFY(!meta.contains(QStringLiteral("file_path"))); // no server paths leak
        for (const QJsonValue &v : meta)
            QVERIFY(!v.toString().contains(QLatin1String("/tmp")) &&
                    !v.toString().contains(QLatin1String("etc/")));
        double last = -1;
        for (const QJsonValue &v : dists.first().toArray()) {
            QVERIFY(v.isDouble());
            QVERIFY(v.toDouble() >= last); // nearest first
            last = v.toDouble();
        }
    }

    void badDocumentsAreRefusedByNameAndNothingIsHalfStored_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detailPart");
        const QByteArray good = b64("The zebra marker word quokkaplume appears only here.");
        QTest::newRow("invalid base64")
            << filesBody({{QStringLiteral("good.txt"), good}, {QStringLiteral("broken.txt"), "not*base64!"}})
            << 400 << QStringLiteral("broken.txt: content is not valid base64");
        QTest::newRow("base64 with a bad length")
            << filesBody({{QStringLiteral("good.txt"), good}, {QStringLiteral("short.txt"), "QUJDRA="}})
            << 400 << QStringLiteral("short.txt");
        QTest::newRow("unsupported file")
            << filesBody({{QStringLiteral("good.txt"), good},
                          {QStringLiteral("photo.png"),
                           b64(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\1'))}})
            << 400 << QStringLiteral("photo.png");
        QTest::newRow("empty file") << filesBody({{QStringLiteral("good.txt"), good},
                                                  {QStringLiteral("empty.txt"), ""}})
                                    << 400 << QStringLiteral("empty.txt");
        QTest::newRow("no content") << QByteArray(R"({"files":[{"name":"nothing.txt"}]})") << 400
                                    << QStringLiteral("nothing.txt");
        QTest::newRow("no files") << QByteArray(R"({"files":[]})") << 400 << QStringLiteral("No files");
        QTest::newRow("files missing")
            << QByteArray(R"({"metadata":{}})") << 422 << QStringLiteral("missing");
        QTest::newRow("files not a list")
            << QByteArray(R"({"files":"a.txt"})") << 422 << QStringLiteral("list_type");
        QTest::newRow("metadata a list")
            << QByteArray(R"({"files":[],"metadata":[1]})") << 422 << QStringLiteral("dict_type");
    }
    void badDocumentsAreRefusedByNameAndNothingIsHalfStored()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, detailPart);
        KissClient c(port());
        const KissClient::Session s = KissClient(port()).initialised();
        HttpReply r = c.post("/documents", body, s.token);
        QCOMPARE(r.status, status);
        if (status == 422) {
            QCOMPARE(jsonObject(r.body)
                         .value(QStringLiteral("detail"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("type"))
                         .toString(),
                     detailPart);
            return;
        }
        QVERIFY2(detailOf(r).contains(detailPart), r.body.constData());
        // The good file of the same request was not stored either.
        r = c.post("/queries", queryBody(QStringLiteral("Which word is quokkaplume?")), s.token);
        QCOMPARE(r.status, 200);
        QVERIFY2(!r.body.contains("quokkaplume appears"), r.body.constData());
    }

    void anOversizedBodyIs413()
    {
        KissClient c(port());
        const KissClient::Session s = KissClient(port()).initialised();
        const HttpReply r =
            c.post("/documents", filesBody({{QStringLiteral("big.txt"), b64(QByteArray(900 * 1024, 'a'))}}),
                   s.token);
        QCOMPARE(r.status, 413);
        QVERIFY2(!detailOf(r).isEmpty(), r.body.constData());
        QCOMPARE(KissClient(port()).post("/queries", "{}", s.token).status, 200); // the session is unharmed
    }

    void stackConfigChangesApplyToNewInits()
    {
        KissClient c(port());
        const KissClient::Session before = KissClient(port()).initialised();
        // The config file loses its rag tool.
        QByteArray changed = kissConfig();
        changed.replace("    - name: documents\n      role: Answer questions about the stored documents\n"
                        "      kind: rag\n      depth: 2\n",
                        "");
        QVERIFY(changed.size() < kissConfig().size());
        m_app.writeConfig(changed);
        const KissClient::Session after = KissClient(port()).initialised();
        const QByteArray file = filesBody({{QStringLiteral("a.txt"), b64("Some text to keep.")}});
        HttpReply r = c.post("/documents", file, after.token);
        QCOMPARE(r.status, 400);
        QVERIFY2(detailOf(r).contains(QLatin1String("rag")), r.body.constData());
        // The stack built before the change keeps its configuration.
        QCOMPARE(c.post("/documents", file, before.token).status, 200);

        // A broken file: init says what is wrong and where; running stacks carry on.
        m_app.writeConfig(kissConfig() + "stack: [unclosed\n");
        const KissClient::Session broken = c.login(QStringLiteral("temporary"));
        r = c.post("/sessions?action=init", "{}", broken.token);
        QCOMPARE(r.status, 503);
        QVERIFY2(detailOf(r).contains(QLatin1String("aistack.yaml")), r.body.constData());
        QCOMPARE(c.post("/queries", "{}", before.token).status, 200);

        m_app.writeConfig(kissConfig());
        QCOMPARE(c.post("/sessions?action=init", "{}", broken.token).status, 200);
        QCOMPARE(c.post("/documents", file, broken.token).status, 200);
    }
};

QTEST_MAIN(TstKissApi)
#include "tst_kissapi.moc"
