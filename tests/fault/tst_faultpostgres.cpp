// Fault injection, black box: the PostgreSQL server that holds sessions, conversations and feedback is
// stopped while clients are asking, then started again. Requests in that window get a clear 503 (not a hang:
// every request has its own timeout and the test fails on it), the server recovers by itself with no
// restart, and nothing that was committed is lost.
#include "faulthelpers.h"
#include "kissclient.h"
#include "lcstesthelpers.h"
#include "postgrescluster.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <atomic>

using namespace aistack::test;

namespace {
const QByteArray kKey = "fault-postgres-key-0123456789-0123456789-0123456789";
const QString kSchema = QStringLiteral("fault_pg");

// A client's timeout for one request: far above any answer the server gives, so that a request that hangs
// fails the test instead of passing late.
constexpr int kRequestTimeoutMs = 30000;
} // namespace

class TstFaultPostgres : public QObject
{
    Q_OBJECT

    PostgresCluster m_pg;
    HeadlessProcess m_app;

    LcsClient lcs() const { return LcsClient{m_app.port()}; }
    HttpReply lcsCall(const QByteArray &method, const QByteArray &path, const QByteArray &body = {}) const
    {
        return lcs().call(method, path, body, {}, kRequestTimeoutMs);
    }

    // The rows as the database holds them, read with a connection of the test's own.
    int countRows(const QString &sql)
    {
        const QString name = QStringLiteral("fault-pg-check");
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_pg.port());
            db.setDatabaseName(m_pg.database());
            db.setUserName(m_pg.user());
            db.setPassword(m_pg.password());
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SET search_path TO ") + kSchema) && q.exec(sql) && q.next())
                    count = q.value(0).toInt();
                else
                    qWarning() << q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HeadlessProcess::binary().isEmpty(), "AISTACK_BINARY is not set");
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        m_app.setEnv(QStringLiteral("ACCESS_TOKEN_SECRET_KEY"), QString::fromLatin1(kKey));
        m_app.setEnv(QStringLiteral("SESSION_DB_URL"),
                     QStringLiteral("postgres://%1:%2@127.0.0.1:%3/%4?sslmode=disable&namespace=%5")
                         .arg(m_pg.user(), m_pg.password())
                         .arg(m_pg.port())
                         .arg(m_pg.database(), kSchema));
        QVERIFY2(m_app.start(lcsConfig()), m_app.stderrText().constData());
        QVERIFY2(QTest::qWaitFor(
                     [this]() { return m_app.stderrText().contains("database ready: PostgreSQL"); }, 10000),
                 m_app.stderrText().constData());
    }

    void anOutageIsA503AndTheServerRecoversWithNothingLost()
    {
        // Committed before the outage: a conversation of two turns, feedback on it, a persistent KISS
        // session.
        HttpReply r = lcsCall("POST", "/v1/query?user_id=alice", lcsQueryBody("What cools the reactor?"));
        QCOMPARE(r.status, 200);
        const QString conversation = jsonOf(r)[QStringLiteral("conversation_id")].toString();
        r = lcsCall(
            "POST", "/v1/query?user_id=alice",
            lcsQueryBody("And how hot is it?", "\"conversation_id\":\"" + conversation.toUtf8() + "\""));
        QCOMPARE(r.status, 200);
        const QByteArray feedback = "{\"conversation_id\":\"" + conversation.toUtf8() +
                                    "\",\"user_question\":\"q\",\"llm_response\":\"a\",\"sentiment\":1}";
        r = lcsCall("POST", "/v1/feedback?user_id=alice", feedback);
        QCOMPARE(r.status, 200);
        KissClient kiss(m_app.port());
        const KissClient::Session persistent = kiss.login(QStringLiteral("persistent"));
        QVERIFY(!persistent.token.isEmpty());
        QCOMPARE(kiss.post("/sessions?action=init", "{}", persistent.token).status, 200);

        // Clients asking without pause while the database goes away and comes back.
        LoadLoop load(4, [this](int) {
            return lcsCall("POST", "/v1/query?user_id=load", lcsQueryBody("What cools the reactor?"));
        });
        QVERIFY(QTest::qWaitFor([&load]() { return load.count(200) >= 4; }, 60000));
        m_pg.stop();

        // While it is down: a 503 that names the database, for each protocol; the process stays up and alive.
        r = lcsCall("POST", "/v1/query?user_id=alice", lcsQueryBody("Is anyone there?"));
        QCOMPARE(r.status, 503);
        QVERIFY2(r.body.contains("Database unavailable"), r.body.constData());
        r = lcsCall("GET", "/v1/conversations?user_id=alice");
        QCOMPARE(r.status, 503);
        QVERIFY2(r.body.contains("Database unavailable"), r.body.constData());
        r = lcsCall("GET", "/v1/conversations/" + conversation.toUtf8() + "?user_id=alice");
        QCOMPARE(r.status, 503);
        r = lcsCall("POST", "/v1/feedback?user_id=alice", feedback);
        QCOMPARE(r.status, 503);
        QVERIFY2(r.body.contains("Database unavailable"), r.body.constData());
        KissClient down(m_app.port());
        r = down.auth(KissClient::Style::Python, {}, persistent.clientId, persistent.secret);
        QCOMPARE(r.status, 503);
        QVERIFY2(detailOf(r).startsWith(QLatin1String("Sessions database unavailable")), r.body.constData());
        r = down.auth(KissClient::Style::Js, QStringLiteral("temporary"));
        QCOMPARE(r.status, 503);
        QCOMPARE(HttpClient::get(m_app.port(), "/liveness").status, 200);
        const int failuresWhileDown = load.count(503);
        QVERIFY(QTest::qWaitFor([&]() { return load.count(503) > failuresWhileDown; }, 30000));

        // Back: the same process answers again by itself.
        QString error;
        QVERIFY2(m_pg.startAgain(&error), qPrintable(error));
        QVERIFY(QTest::qWaitFor(
            [this]() {
                return lcsCall("POST", "/v1/query?user_id=bob", lcsQueryBody("Hello again")).status == 200;
            },
            30000));
        const int answeredAfter = load.count(200);
        QVERIFY(QTest::qWaitFor([&]() { return load.count(200) >= answeredAfter + 4; }, 60000));
        load.stop();
        QCOMPARE(m_app.process().state(), QProcess::Running);

        // Every reply was an answer or the clear 503; none hung, none was another error.
        const QList<HttpReply> replies = load.replies();
        QStringList answered;
        for (const HttpReply &reply : replies) {
            QVERIFY2(
                reply.status == 200 || reply.status == 503,
                qPrintable(QStringLiteral("%1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body))));
            if (reply.status == 200)
                answered << jsonOf(reply)[QStringLiteral("conversation_id")].toString();
            else
                QVERIFY2(reply.body.contains("Database unavailable"), reply.body.constData());
        }

        // Nothing committed is lost: the conversation and its two turns, the feedback row, every answered
        // load conversation, and the persistent session (it signs in again with its secret).
        r = lcsCall("GET", "/v1/conversations/" + conversation.toUtf8() + "?user_id=alice");
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonOf(r)[QStringLiteral("chat_history")].toArray().size(), 2);
        QCOMPARE(countRows(QStringLiteral("SELECT count(*) FROM feedback WHERE conversation_id = '%1'")
                               .arg(conversation)),
                 1);
        r = lcsCall("GET", "/v1/conversations?user_id=load");
        QCOMPARE(r.status, 200);
        QSet<QString> listed;
        for (const QJsonValue &row : jsonOf(r)[QStringLiteral("conversations")].toArray())
            listed.insert(row[QStringLiteral("conversation_id")].toString());
        for (const QString &id : std::as_const(answered))
            QVERIFY2(listed.contains(id), qPrintable(id));
        QCOMPARE(listed.size(), answered.size()); // and no turn the client was told had failed
        KissClient again(m_app.port());
        r = again.auth(KissClient::Style::Python, {}, persistent.clientId, persistent.secret);
        QCOMPARE(r.status, 200);
        const QByteArray token = jsonObject(r.body).value(QStringLiteral("access_token")).toString().toUtf8();
        r = again.post("/queries", queryBody(QStringLiteral("What cools the reactor?")), token);
        QVERIFY2(r.status == 200, r.body.constData());
    }

    void cleanupTestCase() { QCOMPARE(m_app.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TstFaultPostgres)
#include "tst_faultpostgres.moc"
