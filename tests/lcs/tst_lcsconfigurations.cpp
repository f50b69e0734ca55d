// Black box: the Lightspeed API of servers started with other configurations: conversations across a restart
// (SQLite, or a real PostgreSQL with AISTACK_KISS_DB=postgres), a dead llama_stack server and the redacted
// /v1/config, feedback disabled or unwritable, inference defaults, a disabled query system prompt, the
// noop-with-token module, noop beyond loopback, and a turn the database refuses among many.
#include "kisstestconfig.h"
#include "lcstesthelpers.h"
#include "serverdatabase.h"

#include <QThread>
#include <memory>
#include <vector>

using namespace aistack::test;

class TstLcsConfigurations : public QObject
{
    Q_OBJECT

    KissDatabase m_db;
    QTemporaryDir m_files;

    // A folder path that cannot be made, whoever runs the test (root included): its parent is a regular file.
    // Empty when the file cannot be written.
    QString underAFile(const QString &fileName, const QString &folder)
    {
        QFile file(m_files.filePath(fileName));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.close();
        return file.fileName() + QLatin1Char('/') + folder;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HeadlessProcess::binary().isEmpty(), "AISTACK_BINARY is not set");
        QString error;
        QVERIFY2(m_db.start(&error), qPrintable(error));
    }

    void conversationsSurviveARestart()
    {
        HeadlessProcess app;
        QString error = m_db.startServer(app, lcsConfig(), QStringLiteral("lcs_restart"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        LcsClient c{app.port()};
        const HttpReply first = c.post("/v1/query?user_id=carol", lcsQueryBody("Hello"));
        QCOMPARE(first.status, 200);
        const QByteArray id = jsonOf(first).value(QStringLiteral("conversation_id")).toString().toUtf8();
        QCOMPARE(app.terminate(), 0);
        QVERIFY2(app.start(lcsConfig()), app.stderrText().constData());
        c.port = app.port();
        QCOMPARE(jsonOf(c.get("/v1/conversations/" + id + "?user_id=carol"))[QStringLiteral("chat_history")]
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(
            c.post("/v1/query?user_id=carol", lcsQueryBody("Again", "\"conversation_id\":\"" + id + "\""))
                .status,
            200);
        const QJsonArray list =
            jsonOf(c.get("/v1/conversations?user_id=carol"))[QStringLiteral("conversations")].toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][QStringLiteral("message_count")].toInt(), 2);
        QCOMPARE(c.get("/v1/conversations/" + id + "?user_id=mallory").status, 403);
    }

    // Turns are committed in batches; a turn the database refuses fails alone, with the database's reason,
    // and the turns committed beside it are kept. A trigger refuses it: nothing else makes one insert fail on
    // demand (a full disk or a broken constraint would do the same).
    void aRefusedTurnFailsAloneAndClearly()
    {
        const QString schema = QStringLiteral("lcs_refused");
        HeadlessProcess app;
        QString error = m_db.startServer(app, lcsConfig(), schema);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        LcsClient c{app.port()};
        QCOMPARE(c.post("/v1/query?user_id=dora", lcsQueryBody("First")).status, 200); // the tables exist
        const QStringList trigger =
            m_db.postgres()
                ? QStringList{QStringLiteral(
                                  "CREATE FUNCTION refuse_poison() RETURNS trigger AS $$ BEGIN IF "
                                  "NEW.user_message = 'poison' THEN RAISE EXCEPTION 'poisoned turn refused'; "
                                  "END IF; RETURN NEW; END $$ LANGUAGE plpgsql"),
                              QStringLiteral(
                                  "CREATE TRIGGER poison BEFORE INSERT ON conversation_turn FOR EACH "
                                  "ROW EXECUTE FUNCTION refuse_poison()")}
                : QStringList{QStringLiteral(
                      "CREATE TRIGGER poison BEFORE INSERT ON conversation_turn WHEN NEW.user_message = "
                      "'poison' BEGIN SELECT RAISE(ABORT, 'poisoned turn refused'); END")};
        error = runInServerDatabase(m_db, app, schema, trigger);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        constexpr int kQueries = 16;
        constexpr int kPoisoned = 7;
        QVector<HttpReply> replies(kQueries);
        std::vector<std::unique_ptr<QThread>> senders;
        for (int i = 0; i < kQueries; ++i) {
            senders.emplace_back(QThread::create([&replies, &c, i]() {
                const QByteArray query =
                    i == kPoisoned ? QByteArray("poison") : "Question " + QByteArray::number(i);
                replies[i] = c.post("/v1/query?user_id=dora", lcsQueryBody(query));
            }));
            senders.back()->start();
        }
        for (const auto &sender : senders)
            QVERIFY(sender->wait(60000));

        QSet<QString> answered;
        for (int i = 0; i < kQueries; ++i) {
            if (i == kPoisoned)
                continue;
            QVERIFY2(replies[i].status == 200, replies[i].body.constData());
            answered.insert(jsonOf(replies[i])[QStringLiteral("conversation_id")].toString());
        }
        const HttpReply refused = replies[kPoisoned];
        QCOMPARE(refused.status, 500);
        const QJsonObject detail = jsonOf(refused)[QStringLiteral("detail")].toObject();
        QCOMPARE(detail[QStringLiteral("response")].toString(), QStringLiteral("Unknown error"));
        QVERIFY2(detail[QStringLiteral("cause")].toString().contains(QStringLiteral("poisoned turn refused")),
                 refused.body.constData());

        QSet<QString> listed;
        const QJsonArray list =
            jsonOf(c.get("/v1/conversations?user_id=dora"))[QStringLiteral("conversations")].toArray();
        for (const QJsonValue &row : list)
            listed.insert(row[QStringLiteral("conversation_id")].toString());
        QCOMPARE(list.size(), kQueries); // the first query and the 15 kept, not the refused one
        QVERIFY(listed.contains(answered));
    }

    void deadLlamaStackAndRedactedConfig()
    {
        HeadlessProcess app;
        const QByteArray url = "http://127.0.0.1:" + QByteArray::number(freeLoopbackPort());
        QString error = m_db.startServer(
            app, lcsConfig("llama_stack:\n  url: " + url + "\n  api_key: xyzzy-secret-key\n"),
            QStringLiteral("lcs_dead"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        LcsClient c{app.port()};
        const HttpReply config = c.get("/v1/config");
        QCOMPARE(config.status, 200);
        QVERIFY(!config.body.contains("xyzzy-secret-key"));
        QVERIFY2(
            config.body.contains(QByteArray("\"llama_stack\":{\"url\":\"" + url +
                                            "\",\"api_key\":\"**********\",\"use_as_library_client\":false")),
            config.body.constData());
        QVERIFY(config.body.startsWith("{\"name\":\"LCS test\",\"service\":{\"host\":\"127.0.0.1\""));
        QVERIFY(config.body.contains(
            "\"customization\":null,\"inference\":{\"default_model\":null,\"default_provider\":null}}"));
        const QByteArray unreachable = "{\"detail\":{\"response\":\"Unable to connect to Llama "
                                       "Stack\",\"cause\":\"Connection error.\"}}";
        const HttpReply models = c.get("/v1/models");
        QCOMPARE(models.status, 500);
        QCOMPARE(models.body, unreachable);
        // The pair names a model only the dead server could have.
        const HttpReply query =
            c.post("/v1/query", lcsQueryBody("q", "\"provider\":\"openai\",\"model\":\"gpt-4o\""));
        QCOMPARE(query.status, 500);
        QCOMPARE(query.body, unreachable);
        const HttpReply ready = c.get("/readiness");
        QCOMPARE(ready.status, 503);
        QVERIFY2(jsonOf(ready)[QStringLiteral("reason")].toString().contains(QStringLiteral("llama_stack")),
                 ready.body.constData());
        QVERIFY(!app.stderrText().contains("xyzzy-secret-key"));
    }

    void feedbackDisabledOrUnwritable()
    {
        HeadlessProcess off;
        QString error =
            m_db.startServer(off, lcsConfig({}, "user_data_collection:\n  feedback_enabled: false\n"),
                             QStringLiteral("lcs_fboff"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray feedback = "{\"conversation_id\":\"12345678-1234-5678-1234-567812345678\",\"user_"
                                    "question\":\"q\",\"llm_response\":\"r\",\"sentiment\":1}";
        const HttpReply disabled = LcsClient{off.port()}.post("/v1/feedback", feedback);
        QCOMPARE(disabled.status, 403);
        QCOMPARE(disabled.body, QByteArray("{\"detail\":\"Forbidden: Feedback is disabled\"}"));
        QCOMPARE(LcsClient{off.port()}.get("/v1/feedback/status").body,
                 QByteArray("{\"functionality\":\"feedback\",\"status\":{\"enabled\":false}}"));

        // The storage folder would have to be made inside a regular file: the OS error, nothing stored.
        HeadlessProcess broken;
        const QString storage = underAFile(QStringLiteral("not-a-folder"), QStringLiteral("feedback"));
        QVERIFY(!storage.isEmpty());
        error = m_db.startServer(
            broken,
            lcsConfig({}, "user_data_collection:\n  feedback_enabled: true\n  feedback_storage: " +
                              storage.toUtf8() + "\n"),
            QStringLiteral("lcs_fbbad"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const HttpReply r = LcsClient{broken.port()}.post("/v1/feedback", feedback);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body, "{\"detail\":{\"response\":\"Error storing user feedback\",\"cause\":\"[Errno 20] "
                         "Not a directory: '" +
                             storage.toUtf8() + "'\"}}");
    }

    // A transcript that cannot be written (its folder would have to be made inside a regular file) answers
    // 500 with the OS error on /v1/query and ends the stream with an error event naming it; the turn itself
    // is stored, and the server goes on serving.
    void transcriptsThatCannotBeWrittenAreReported()
    {
        HeadlessProcess app;
        const QString storage =
            underAFile(QStringLiteral("transcripts-blocker"), QStringLiteral("transcripts"));
        QVERIFY(!storage.isEmpty());
        QString error = m_db.startServer(
            app,
            lcsConfig({}, "user_data_collection:\n  transcripts_enabled: true\n  transcripts_storage: " +
                              storage.toUtf8() + "\n"),
            QStringLiteral("lcs_trbad"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        LcsClient c{app.port()};
        const QByteArray osError = "[Errno 20] Not a directory: '" + storage.toUtf8() + "'";
        const HttpReply r = c.post("/v1/query?user_id=tina", lcsQueryBody("Hello"));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(r.body,
                 "{\"detail\":{\"response\":\"Error storing transcript\",\"cause\":\"" + osError + "\"}}");
        const HttpReply stream = c.post("/v1/streaming_query?user_id=tina", lcsQueryBody("Hello again"));
        QCOMPARE(stream.status, 200);
        const QList<QJsonObject> events = sseEvents(stream.body);
        QVERIFY2(!events.isEmpty(), stream.body.constData());
        QCOMPARE(events.last()[QStringLiteral("event")].toString(), QStringLiteral("error"));
        QCOMPARE(events.last()[QStringLiteral("data")][QStringLiteral("token")].toString(),
                 QStringLiteral("The transcript could not be written: ") + QString::fromUtf8(osError));
        QVERIFY(!turnComplete(events).isEmpty());
        // Both turns are stored; the failure is in the log too.
        const QJsonArray list =
            jsonOf(c.get("/v1/conversations?user_id=tina"))[QStringLiteral("conversations")].toArray();
        QCOMPARE(list.size(), 2);
        QTRY_VERIFY2(app.stderrText().contains(QByteArray("transcript not written: ").append(osError)),
                     app.stderrText().right(1500).constData());
        QCOMPARE(c.get("/liveness").status, 200);
        QCOMPARE(app.terminate(), 0);
    }

    void inferenceDefaultsChooseTheModel()
    {
        HeadlessProcess app;
        QString error = m_db.startServer(
            app, lcsConfig("inference:\n  default_provider: builtin\n  default_model: extractive\n"),
            QStringLiteral("lcs_inference"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        LcsClient c{app.port()};
        QCOMPARE(c.post("/v1/query", lcsQueryBody("Hello")).status, 200);
        QVERIFY(
            c.get("/metrics")
                .body.contains(
                    "ls_provider_model_configuration{provider=\"builtin\",model=\"builtin/extractive\"} 1"));

        HeadlessProcess missing;
        error = m_db.startServer(
            missing, lcsConfig("inference:\n  default_provider: openai\n  default_model: gpt-4o-mini\n"),
            QStringLiteral("lcs_inference_missing"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const HttpReply r = LcsClient{missing.port()}.post("/v1/query", lcsQueryBody("Hello"));
        QCOMPARE(r.status, 400);
        QCOMPARE(
            r.body,
            QByteArray(
                "{\"detail\":{\"response\":\"Unable to process this request\",\"cause\":\"Model gpt-4o-mini "
                "from provider openai not found in available models\"}}"));
        // An explicit pair still wins over the defaults.
        QCOMPARE(
            LcsClient{missing.port()}
                .post("/v1/query", lcsQueryBody("Hello", "\"provider\":\"builtin\",\"model\":\"extractive\""))
                .status,
            200);
    }

    void systemPromptCanBeDisabled()
    {
        HeadlessProcess app;
        QString error =
            m_db.startServer(app, lcsConfig("customization:\n  disable_query_system_prompt: true\n"),
                             QStringLiteral("lcs_nosp"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const HttpReply r = LcsClient{app.port()}.post(
            "/v1/query", lcsQueryBody("q", "\"system_prompt\":\"Talk like a pirate\""));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.body, QByteArray("{\"detail\":{\"response\":\"This instance does not support customizing "
                                    "the system prompt in the query request (disable_query_system_prompt is "
                                    "set). Please remove the system_prompt field from your request.\"}}"));
        QCOMPARE(LcsClient{app.port()}.post("/v1/query", lcsQueryBody("q")).status, 200);
    }

    void noopWithTokenNeedsABearerToken()
    {
        HeadlessProcess app;
        QString error = m_db.startServer(app, lcsConfig("authentication:\n  module: noop-with-token\n"),
                                         QStringLiteral("lcs_tok"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        LcsClient c{app.port()};
        QCOMPARE(c.post("/authorized", {}).body,
                 QByteArray("{\"detail\":\"No Authorization header found\"}"));
        for (const QByteArray &header :
             {QByteArray("Basic abc"), QByteArray("Bearer"), QByteArray("Bearer a b")}) {
            const HttpReply r = c.post("/authorized", {}, {{"Authorization", header}});
            QCOMPARE(r.status, 400);
            QCOMPARE(r.body, QByteArray("{\"detail\":\"No token found in Authorization header\"}"));
        }
        QCOMPARE(c.post("/authorized?user_id=dave", {}, {{"Authorization", "bearer anything"}}).body,
                 QByteArray("{\"user_id\":\"dave\",\"username\":\"lightspeed-user\"}"));
        // Authentication comes before the body schema, after JSON syntax.
        QCOMPARE(c.post("/v1/query", "{}").status, 400);
        QCOMPARE(c.post("/v1/query", "{", {{"Authorization", "Bearer t"}}).status, 422);
        QCOMPARE(c.post("/v1/query", "{\"query\":\"q\"}", {{"Authorization", "Bearer t"}}).status, 200);
        // Open routes stay open.
        QCOMPARE(c.get("/v1/models").status, 200);
    }

    void noopBeyondLoopbackNeedsAnOptIn()
    {
        HeadlessProcess refused;
        QVERIFY(!refused.start(lcsConfig(), {QStringLiteral("--host"), QStringLiteral("0.0.0.0")}, 8000));
        QTRY_VERIFY_WITH_TIMEOUT(refused.stderrText().contains("allow_noop_beyond_loopback"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(refused.process().state(), QProcess::NotRunning, 10000);
        QCOMPARE(refused.process().exitCode(), 1);

        HeadlessProcess allowed;
        QVERIFY2(
            allowed.start(lcsConfig("authentication:\n  module: noop\n  allow_noop_beyond_loopback: true\n"),
                          {QStringLiteral("--host"), QStringLiteral("0.0.0.0")}),
            allowed.stderrText().constData());
        QCOMPARE(HttpClient::get(allowed.port(), "/liveness").status, 200);
    }
};

QTEST_GUILESS_MAIN(TstLcsConfigurations)
#include "tst_lcsconfigurations.moc"
