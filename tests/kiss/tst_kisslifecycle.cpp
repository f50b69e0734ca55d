// Black box: KISS sessions over the life of the server. Restarts between init and query, idle expiry by the
// reaper (documents deleted), the failed-login limit, the generated token key, and startup refusals. Runs on
// SQLite, and on PostgreSQL with AISTACK_KISS_DB=postgres.
#include "embeddedchunks.h"
#include "kissclient.h"
#include "kisstestconfig.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QWebSocket>
#include <QtTest>
#include <sys/stat.h>

using namespace aistack::test;

class TstKissLifecycle : public QObject
{
    Q_OBJECT

    KissDatabase m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HeadlessProcess::binary().isEmpty(), "AISTACK_BINARY is not set");
        QString error;
        QVERIFY2(m_db.start(&error), qPrintable(error));
    }

    void sessionsSurviveARestartBetweenInitAndQuery()
    {
        HeadlessProcess app;
        m_db.configure(app, QStringLiteral("restart"));
        QVERIFY2(app.start(kissConfig()), app.stderrText().constData());
        // No ACCESS_TOKEN_SECRET_KEY: the key is generated once, kept 0600, and read again after the restart.
        const QString keyFile = app.dir() + QStringLiteral("/data/aistack/access-token.key");
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(keyFile).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray keyBytes = key.readAll();
        QVERIFY(keyBytes.size() >= 48);
        QVERIFY(!app.stderrText().contains(keyBytes)); // never logged

        KissClient before(app.port());
        const KissClient::Session persistent = before.login(QStringLiteral("persistent"));
        const KissClient::Session temporary = before.login(QStringLiteral("temporary"));
        for (const auto &s : {persistent, temporary}) {
            QCOMPARE(before.post("/sessions?action=init", "{}", s.token).status, 200);
            QCOMPARE(before
                         .post("/documents",
                               fileBody(QStringLiteral("ferry.txt"),
                                        "The island ferry leaves at seven from pier " +
                                            s.clientId.left(4).toUtf8() + "."),
                               s.token)
                         .status,
                     200);
        }
        const KissClient::Session neverInitialised = before.login(QStringLiteral("persistent"));
        QCOMPARE(app.terminate(), 0);

        QVERIFY2(app.start(kissConfig()), app.stderrText().constData());
        KissClient after(app.port());
        for (const auto &s : {persistent, temporary}) {
            // The same token, no init: the stack comes back on first use, with its documents.
            const HttpReply r = after.post(
                "/queries", queryBody(QStringLiteral("When does the island ferry leave?")), s.token);
            QCOMPARE(r.status, 200);
            QVERIFY2(r.body.contains(QByteArray("leaves at seven from pier " + s.clientId.left(4).toUtf8())),
                     r.body.constData());
        }
        // A session that never called init still has to.
        QCOMPARE(after.post("/queries", "{}", neverInitialised.token).status, 409);
        // Closing the temporary one after the restart deletes its documents.
        QCOMPARE(after.post("/sessions?action=close", "{}", temporary.token).status, 200);
        QTRY_COMPARE(embeddedChunks(app.dir() + QStringLiteral("/vectors.db"), temporary.clientId), 0);
        QVERIFY(embeddedChunks(app.dir() + QStringLiteral("/vectors.db"), persistent.clientId) > 0);
        QCOMPARE(app.terminate(), 0);
    }

    void theReaperExpiresIdleTemporarySessionsAndDeletesTheirDocuments()
    {
        HeadlessProcess app;
        m_db.configure(app, QStringLiteral("reaper"));
        QVERIFY2(
            app.start(kissConfig("sessions:\n  temporary_idle_seconds: 3\n  reap_interval_seconds: 1\n")),
            app.stderrText().constData());
        KissClient c(app.port());
        const KissClient::Session idle = c.login(QStringLiteral("temporary"));
        const KissClient::Session busy = c.login(QStringLiteral("temporary"));
        const KissClient::Session persistent = c.login(QStringLiteral("persistent"));
        for (const auto &s : {idle, busy, persistent}) {
            QCOMPARE(c.post("/sessions?action=init", "{}", s.token).status, 200);
            QCOMPARE(c.post("/documents", fileBody(QStringLiteral("a.txt"), "Glaciers carve fjords slowly."),
                            s.token)
                         .status,
                     200);
        }
        const QString vectors = app.dir() + QStringLiteral("/vectors.db");
        QVERIFY(embeddedChunks(vectors, idle.clientId) > 0);
        // Keep one temporary session busy for eight seconds while the other idles.
        QDeadlineTimer busyFor(8000);
        while (!busyFor.hasExpired()) {
            QCOMPARE(c.post("/queries", "{}", busy.token).status, 200);
            QTest::qWait(300);
        }
        HttpReply r = c.post("/queries", "{}", idle.token);
        QCOMPARE(r.status, 401);
        QCOMPARE(detailOf(r), QStringLiteral("Invalid or inactive session"));
        QCOMPARE(c.auth(KissClient::Style::Js, {}, idle.clientId, idle.secret).status, 401);
        QTRY_COMPARE(embeddedChunks(vectors, idle.clientId), 0);
        QVERIFY(embeddedChunks(vectors, busy.clientId) > 0);
        QCOMPARE(c.post("/queries", "{}", busy.token).status, 200);
        // Persistent sessions do not expire unless persistent_idle_days is set.
        QCOMPARE(c.post("/queries", "{}", persistent.token).status, 200);
        QVERIFY(embeddedChunks(vectors, persistent.clientId) > 0);
        QTRY_VERIFY(HttpClient::get(app.port(), "/metrics")
                        .body.contains("aistack_sessions_active{scope=\"temporary\"} 1"));
        QCOMPARE(app.terminate(), 0);
    }

    void failedLoginsAreLimitedPerAddress()
    {
        HeadlessProcess app;
        m_db.configure(app, QStringLiteral("limiter"));
        QVERIFY2(
            app.start(kissConfig("sessions:\n  max_auth_failures: 3\n  auth_failure_window_seconds: 60\n")),
            app.stderrText().constData());
        KissClient c(app.port());
        const KissClient::Session s = c.login(QStringLiteral("persistent"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                c.auth(KissClient::Style::Python, {}, s.clientId, QStringLiteral("guess-%1").arg(i)).status,
                401);
        // The fourth try is refused without looking at the secret, even with the right one.
        HttpReply r = c.auth(KissClient::Style::Python, {}, s.clientId, s.secret);
        QCOMPARE(r.status, 429);
        const int retryAfter = r.header("retry-after").toInt();
        QVERIFY2(retryAfter > 0 && retryAfter <= 60, r.header("retry-after").constData());
        QVERIFY2(detailOf(r).contains(QLatin1String("Too many failed logins")), r.body.constData());
        // Its token keeps working, and new sessions can still be made.
        QCOMPARE(c.post("/sessions?action=init", "{}", s.token).status, 200);
        QCOMPARE(c.auth(KissClient::Style::Js, QStringLiteral("temporary")).status, 200);
        QCOMPARE(app.terminate(), 0);
    }

    void theConfiguredSecretSignsTheTokens()
    {
        // sessions.token_secret as ${ENV} (keychain:NAME goes through the same secret resolution); no key
        // file is written then.
        const QByteArray secret = "configured-secret-0123456789-0123456789-0123456789";
        HeadlessProcess app;
        m_db.configure(app, QStringLiteral("configured"));
        app.setEnv(QStringLiteral("KISS_TEST_SECRET"), QString::fromLatin1(secret));
        QVERIFY2(app.start(kissConfig("sessions:\n  token_secret: ${KISS_TEST_SECRET}\n")),
                 app.stderrText().constData());
        KissClient c(app.port());
        const KissClient::Session s = c.login(QStringLiteral("temporary"));
        const QList<QByteArray> parts = s.token.split('.');
        QCOMPARE(parts.size(), 3);
        const QByteArray expected =
            QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], secret, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(parts[2], expected);
        QVERIFY(!QFile::exists(app.dir() + QStringLiteral("/data/aistack/access-token.key")));
        QTRY_VERIFY(app.stderrText().contains("key from sessions.token_secret"));
        QVERIFY(!app.stderrText().contains(secret));
        QCOMPARE(app.terminate(), 0);
    }

    // Two servers on one sessions database (one SQLite file, or one PostgreSQL schema) with the same token
    // key: a session closed on one is refused by the other from the next request, although the other has just
    // read it as active (no cached answer outlives the close), on REST and on a WebSocket it holds open.
    void aSessionClosedOnOneServerIsRefusedByAnotherAtOnce()
    {
        QTemporaryDir shared;
        QByteArray config = kissConfig();
        if (!m_db.postgres())
            config.replace("db_path: app.db",
                           QByteArray("db_path: ").append(shared.filePath(QStringLiteral("shared.db")).toUtf8()));
        HeadlessProcess one;
        HeadlessProcess two;
        for (HeadlessProcess *app : {&one, &two}) {
            app->setEnv(QStringLiteral("ACCESS_TOKEN_SECRET_KEY"),
                        QStringLiteral("two-servers-key-0123456789-0123456789-0123456789"));
            m_db.configure(*app, QStringLiteral("shared"));
            QVERIFY2(app->start(config), app->stderrText().constData());
        }
        KissClient onOne(one.port());
        KissClient onTwo(two.port());
        for (const bool closeOverWebSocket : {false, true}) {
            const KissClient::Session s = onOne.initialised();
            QVERIFY(!s.token.isEmpty());
            // The second server knows the session (its stack comes back on first use) and reads it as active.
            QCOMPARE(onTwo.post("/queries", queryBody(QStringLiteral("hello")), s.token).status, 200);
            QWebSocket ws;
            QSignalSpy frames(&ws, &QWebSocket::textMessageReceived);
            QSignalSpy connected(&ws, &QWebSocket::connected);
            ws.open(onTwo.wsRequest(s.token));
            QVERIFY(connected.wait(10000));
            ws.sendTextMessage(QStringLiteral(R"({"event":"on_query","data":{"query":"hello"}})"));
            QVERIFY(frames.wait(60000));
            QVERIFY2(!frames.takeFirst().first().toString().contains(QLatin1String("\"error\"")),
                     "the first frame on the second server failed");
            QCOMPARE(onTwo.post("/queries", queryBody(QStringLiteral("hello")), s.token).status, 200);

            if (closeOverWebSocket) {
                QWebSocket closer;
                QSignalSpy closerOpen(&closer, &QWebSocket::connected);
                QSignalSpy closed(&closer, &QWebSocket::textMessageReceived);
                closer.open(onOne.wsRequest(s.token));
                QVERIFY(closerOpen.wait(10000));
                closer.sendTextMessage(QStringLiteral(R"({"event":"on_close"})"));
                QVERIFY(closed.wait(60000));
                QVERIFY(closed.first().first().toString().contains(QLatin1String("Good bye!")));
                closer.close();
            } else {
                QCOMPARE(onOne.post("/sessions?action=close", "{}", s.token).status, 200);
            }
            // At once on the second server: REST, and the next frame on its open WebSocket.
            const HttpReply r = onTwo.post("/queries", queryBody(QStringLiteral("hello")), s.token);
            QCOMPARE(r.status, 401);
            QCOMPARE(detailOf(r), QStringLiteral("Invalid or inactive session"));
            ws.sendTextMessage(QStringLiteral(R"({"event":"on_query","data":{"query":"hello"}})"));
            QVERIFY(frames.wait(10000));
            QCOMPARE(
                jsonObject(frames.takeFirst().first().toString().toUtf8()),
                (QJsonObject{{QStringLiteral("error"), true},
                             {QStringLiteral("status_code"), 401},
                             {QStringLiteral("detail"), QStringLiteral("Invalid or inactive session")}}));
            // Its secret gets no new token from either server; the first refuses it at the handshake too.
            QCOMPARE(onTwo.auth(KissClient::Style::Python, {}, s.clientId, s.secret).status, 401);
            QWebSocket refused;
            QSignalSpy errors(&refused, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
            refused.open(onOne.wsRequest(s.token));
            QVERIFY(errors.wait(10000));
            ws.close();
        }
        QCOMPARE(one.terminate(), 0);
        QCOMPARE(two.terminate(), 0);
    }

    void unsafeTokenSettingsStopTheStart_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("another algorithm")
            << QStringLiteral("ACCESS_TOKEN_ALGORITHM") << QStringLiteral("RS256")
            << QStringLiteral("ACCESS_TOKEN_ALGORITHM=RS256 is not supported");
        QTest::newRow("the public default key")
            << QStringLiteral("ACCESS_TOKEN_SECRET_KEY") << QStringLiteral("your-secret-key")
            << QStringLiteral("your-secret-key");
    }
    void unsafeTokenSettingsStopTheStart()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, message);
        HeadlessProcess app;
        const QString config = app.writeConfig(kissConfig());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), app.dir());
        env.insert(QStringLiteral("XDG_DATA_HOME"), app.dir() + QStringLiteral("/data"));
        env.insert(name, value);
        QByteArray out;
        QByteArray err;
        const int code = HeadlessProcess::run({QStringLiteral("--headless"), QStringLiteral("--config"),
                                               config, QStringLiteral("--port"), QStringLiteral("0")},
                                              &out, &err, env);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(message.toUtf8()), err.constData());
        QVERIFY(!out.contains("listening on"));
    }
};

QTEST_MAIN(TstKissLifecycle)
#include "tst_kisslifecycle.moc"
