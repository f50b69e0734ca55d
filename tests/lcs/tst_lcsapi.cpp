// Black box: the Lightspeed Core Service v1 API of one built server over real sockets. Extractive answers
// from stored documents (no model), conversations in the database (SQLite, or a real PostgreSQL with
// AISTACK_KISS_DB=postgres), feedback and transcript files, and every error the contract lists with its exact
// body. Servers started with other configurations: tst_lcsconfigurations.
#include "kisstestconfig.h"
#include "lcstesthelpers.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QUuid>

using namespace aistack::test;

namespace {
const QByteArray kQuestion = "What cools the Zephyr-9 reactor?";

bool isUuid4(const QString &s)
{
    const QUuid u(s);
    return !u.isNull() && u.version() == QUuid::Random && s.size() == 36;
}

// New conversations get RFC 9562 version 7 ids: the first 48 bits are the creation time in Unix
// milliseconds, so ids sort in the order the conversations began.
qint64 conversationIdMilliseconds(const QString &s)
{
    // QUuid::version() of Qt 6.4 knows versions 1 to 5 only, so the version and variant digits are read here.
    static const QRegularExpression v7(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    if (!v7.match(s).hasMatch() || QUuid(s).isNull())
        return -1;
    return QStringView(s).left(8).toLongLong(nullptr, 16) << 16 |
           QStringView(s).mid(9, 4).toLongLong(nullptr, 16);
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}
} // namespace

class TstLcsApi : public QObject
{
    Q_OBJECT

    KissDatabase m_db;
    HeadlessProcess m_app;
    QTemporaryDir m_files;

    LcsClient client() const { return LcsClient{m_app.port()}; }

    QString ask(const QByteArray &userId, const QByteArray &query = kQuestion, const QByteArray &more = {})
    {
        const HttpReply r = client().post("/v1/query?user_id=" + userId, lcsQueryBody(query, more));
        return r.status == 200 ? jsonOf(r).value(QStringLiteral("conversation_id")).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HeadlessProcess::binary().isEmpty(), "AISTACK_BINARY is not set");
        QString error;
        QVERIFY2(m_db.start(&error), qPrintable(error));
        QFile doc(m_files.filePath(QStringLiteral("reactor.txt")));
        QVERIFY(doc.open(QIODevice::WriteOnly));
        doc.write("The Zephyr-9 reactor is cooled by liquid sodium pumped through its core.\n\n"
                  "Its core temperature stays near 550 degrees during normal operation.\n");
        doc.close();
        error = m_db.startServer(m_app, lcsConfig(), QStringLiteral("lcs_main"),
                                 {QStringLiteral("--ingest"), doc.fileName()});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(waitForIngest(m_app), m_app.stderrText().constData());
    }

    void openRoutesAnswerAsTheOriginal()
    {
        const LcsClient c = client();
        QCOMPARE(c.get("/v1/info").body, QByteArray("{\"name\":\"LCS test\",\"version\":\"0.2.0\"}"));
        const HttpReply models = c.get("/v1/models");
        QCOMPARE(models.status, 200);
        QVERIFY2(models.body.startsWith(
                     "{\"models\":[{\"identifier\":\"builtin/"
                     "extractive\",\"metadata\":{},\"api_model_type\":\"llm\","
                     "\"provider_id\":\"builtin\",\"type\":\"model\",\"provider_resource_id\":\"extractive\","
                     "\"model_type\":\"llm\"}"),
                 models.body.constData());
        QVERIFY(models.body.contains("\"model_type\":\"embedding\""));
        QCOMPARE(c.get("/v1/feedback/status").body,
                 QByteArray("{\"functionality\":\"feedback\",\"status\":{\"enabled\":true}}"));
        QCOMPARE(c.get("/liveness").body, QByteArray("{\"alive\":true}"));
        const HttpReply ready = c.get("/readiness");
        QCOMPARE(ready.status, 200);
        QCOMPARE(jsonOf(ready).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("All providers are healthy"));
        QCOMPARE(c.post("/authorized?user_id=alice", {}).body,
                 QByteArray("{\"user_id\":\"alice\",\"username\":\"lightspeed-user\"}"));
        QCOMPARE(
            c.post("/authorized", {}).body,
            QByteArray("{\"user_id\":\"00000000-0000-0000-0000-000\",\"username\":\"lightspeed-user\"}"));
        QCOMPARE(c.get("/v1/query").status, 405);
        QCOMPARE(c.get("/v1/nothing").body, QByteArray("{\"detail\":\"Not Found\"}"));
    }

    void queryAnswersFromTheStoredDocuments()
    {
        const HttpReply r = client().post("/v1/query", lcsQueryBody(kQuestion));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        const QJsonObject o = jsonOf(r);
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("conversation_id"), QStringLiteral("response")}));
        QVERIFY(r.body.startsWith("{\"conversation_id\":\""));
        const QString first = o.value(QStringLiteral("conversation_id")).toString();
        QVERIFY2(conversationIdMilliseconds(first) > 0, qPrintable(first));
        // A later conversation's id sorts after an earlier one's and carries the time it began.
        QTest::qWait(2);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString second = jsonOf(client().post("/v1/query", lcsQueryBody(kQuestion)))
                                   .value(QStringLiteral("conversation_id"))
                                   .toString();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(first < second, qPrintable(first + QLatin1Char(' ') + second));
        QVERIFY2(conversationIdMilliseconds(second) >= before && conversationIdMilliseconds(second) <= after,
                 qPrintable(second));
        QVERIFY2(o.value(QStringLiteral("response")).toString().contains(QStringLiteral("liquid sodium")),
                 r.body.constData());
        // no_tools: the model is asked directly, without the documents.
        const HttpReply direct = client().post("/v1/query", lcsQueryBody(kQuestion, "\"no_tools\":true"));
        QCOMPARE(direct.status, 200);
        QVERIFY(!jsonOf(direct)
                     .value(QStringLiteral("response"))
                     .toString()
                     .contains(QStringLiteral("liquid sodium")));
    }

    void queryBodyValidation_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("detail");
        QTest::newRow("missing query") << QByteArray("{}")
                                       << QByteArray("[{\"type\":\"missing\",\"loc\":[\"body\",\"query\"],"
                                                     "\"msg\":\"Field required\",\"input\":{}}]");
        QTest::newRow("query not a string")
            << QByteArray("{\"query\":5}")
            << QByteArray("[{\"type\":\"string_type\",\"loc\":[\"body\",\"query\"],\"msg\":\"Input should be "
                          "a valid string\",\"input\":5}]");
        QTest::newRow("extra field")
            << QByteArray("{\"query\":\"q\",\"temperature\":1}")
            << QByteArray("[{\"type\":\"extra_forbidden\",\"loc\":[\"body\",\"temperature\"],\"msg\":\"Extra "
                          "inputs are not permitted\",\"input\":1}]");
        QTest::newRow("bad conversation id")
            << QByteArray("{\"query\":\"q\",\"conversation_id\":\"abc\"}")
            << QByteArray(
                   "[{\"type\":\"value_error\",\"loc\":[\"body\",\"conversation_id\"],\"msg\":\"Value error, "
                   "Improper conversation ID 'abc'\",\"input\":\"abc\",\"ctx\":{\"error\":{}}}]");
        QTest::newRow("provider without model")
            << QByteArray("{\"query\":\"q\",\"provider\":\"builtin\"}")
            << QByteArray("[{\"type\":\"value_error\",\"loc\":[\"body\"],\"msg\":\"Value error, Model must "
                          "be specified if provider is "
                          "specified\",\"input\":{\"provider\":\"builtin\",\"query\":\"q\"},\"ctx\":{"
                          "\"error\":{}}}]");
        QTest::newRow("model without provider")
            << QByteArray("{\"query\":\"q\",\"model\":\"extractive\"}")
            << QByteArray("[{\"type\":\"value_error\",\"loc\":[\"body\"],\"msg\":\"Value error, Provider "
                          "must be specified if model is "
                          "specified\",\"input\":{\"model\":\"extractive\",\"query\":\"q\"},\"ctx\":{"
                          "\"error\":{}}}]");
        QTest::newRow("attachment without content")
            << QByteArray("{\"query\":\"q\",\"attachments\":[{\"attachment_type\":\"log\",\"content_type\":"
                          "\"text/plain\"}]}")
            << QByteArray(
                   "[{\"type\":\"missing\",\"loc\":[\"body\",\"attachments\",0,\"content\"],\"msg\":\"Field "
                   "required\",\"input\":{\"attachment_type\":\"log\",\"content_type\":\"text/plain\"}}]");
        QTest::newRow("not an object")
            << QByteArray("[1]")
            << QByteArray("[{\"type\":\"model_attributes_type\",\"loc\":[\"body\"],\"msg\":\"Input should be "
                          "a valid dictionary or object to extract fields from\",\"input\":[1]}]");
    }
    void queryBodyValidation()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, detail);
        for (const QByteArray &path : {QByteArray("/v1/query"), QByteArray("/v1/streaming_query")}) {
            const HttpReply r = client().post(path, request);
            QCOMPARE(r.status, 422);
            QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("detail")).toArray(),
                     QJsonDocument::fromJson(detail).array());
        }
    }

    void validationErrorsKeepFastApisKeyOrder()
    {
        const HttpReply r = client().post("/v1/query", "{\"query\":\"q\",\"conversation_id\":\"abc\"}");
        QCOMPARE(r.body, QByteArray("{\"detail\":[{\"type\":\"value_error\",\"loc\":[\"body\",\"conversation_"
                                    "id\"],\"msg\":\"Value error, Improper conversation ID "
                                    "'abc'\",\"input\":\"abc\",\"ctx\":{\"error\":{}}}]}"));
        const HttpReply broken = client().post("/v1/query", "{\"query\":");
        QCOMPARE(broken.status, 422);
        QCOMPARE(jsonOf(broken)[QStringLiteral("detail")][0][QStringLiteral("type")].toString(),
                 QStringLiteral("json_invalid"));
    }

    void handlerErrorsHaveTheOriginalsBodies_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("unknown model")
            << QByteArray("{\"query\":\"q\",\"provider\":\"openai\",\"model\":\"gpt-4o\"}") << 400
            << QByteArray("{\"detail\":{\"response\":\"Unable to process this request\",\"cause\":\"Model "
                          "gpt-4o from provider openai not found in available models\"}}");
        QTest::newRow("embedding model is no LLM")
            << QByteArray("{\"query\":\"q\",\"provider\":\"builtin\",\"model\":\"glove-100d-sif\"}") << 400
            << QByteArray("{\"detail\":{\"response\":\"Unable to process this request\",\"cause\":\"Model "
                          "glove-100d-sif from provider builtin not found in available models\"}}");
        QTest::newRow("attachment type")
            << QByteArray("{\"query\":\"q\",\"attachments\":[{\"attachment_type\":\"photo\",\"content_type\":"
                          "\"text/plain\",\"content\":\"x\"}]}")
            << 422
            << QByteArray("{\"detail\":{\"response\":\"Unable to process this "
                          "request\",\"cause\":\"Attachment with improper type photo detected\"}}");
        QTest::newRow("attachment content type")
            << QByteArray("{\"query\":\"q\",\"attachments\":[{\"attachment_type\":\"log\",\"content_type\":"
                          "\"image/png\",\"content\":\"x\"}]}")
            << 422
            << QByteArray(
                   "{\"detail\":{\"response\":\"Unable to process this request\",\"cause\":\"Attachment with "
                   "improper content type image/png detected\"}}");
        QTest::newRow("conversation of nobody")
            << QByteArray("{\"query\":\"q\",\"conversation_id\":\"12345678-1234-5678-1234-567812345678\"}")
            << 403
            << QByteArray("{\"detail\":{\"response\":\"Access denied\",\"cause\":\"You do not have "
                          "permission to access this conversation\"}}");
    }
    void handlerErrorsHaveTheOriginalsBodies()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QByteArray, reply);
        for (const QByteArray &path : {QByteArray("/v1/query"), QByteArray("/v1/streaming_query")}) {
            const HttpReply r = client().post(path, request);
            QCOMPARE(r.status, status);
            QCOMPARE(r.body, reply);
        }
    }

    void explicitModelAndAttachmentsAreUsed()
    {
        const HttpReply r = client().post(
            "/v1/query?user_id=att",
            lcsQueryBody(
                kQuestion,
                "\"provider\":\"builtin\",\"model\":\"extractive\",\"attachments\":[{\"attachment_type\":"
                "\"log\",\"content_type\":\"text/plain\",\"content\":\"pump 3 stopped\"}]"));
        QCOMPARE(r.status, 200);
        const QString id = jsonOf(r).value(QStringLiteral("conversation_id")).toString();
        const QJsonObject history = jsonOf(client().get("/v1/conversations/" + id.toUtf8() + "?user_id=att"));
        const QString sent = history[QStringLiteral("chat_history")][0][QStringLiteral("messages")][0]
                                    [QStringLiteral("content")]
                                        .toString();
        QVERIFY2(sent.startsWith(QString::fromUtf8(kQuestion)) &&
                     sent.contains(QStringLiteral("pump 3 stopped")) && sent.contains(QStringLiteral("log")),
                 qPrintable(sent));
    }

    void conversationsBelongToTheirUser()
    {
        const QString a1 = ask("alice");
        const QString a2 = ask("alice", "What is the core temperature?");
        const QString b1 = ask("bob");
        QVERIFY(!a1.isEmpty() && !a2.isEmpty() && !b1.isEmpty());

        const QJsonArray list =
            jsonOf(client().get("/v1/conversations?user_id=alice"))[QStringLiteral("conversations")]
                .toArray();
        QCOMPARE(list.size(), 2);
        QStringList ids;
        for (const QJsonValue &v : list) {
            const QJsonObject c = v.toObject();
            ids << c[QStringLiteral("conversation_id")].toString();
            QCOMPARE(c.keys().size(), 6);
            QCOMPARE(c[QStringLiteral("message_count")].toInt(), 1);
            QCOMPARE(c[QStringLiteral("last_used_model")].toString(), QStringLiteral("extractive"));
            QCOMPARE(c[QStringLiteral("last_used_provider")].toString(), QStringLiteral("builtin"));
            QVERIFY(QDateTime::fromString(c[QStringLiteral("created_at")].toString(), Qt::ISODate).isValid());
        }
        ids.sort();
        QStringList expected{a1, a2};
        expected.sort();
        QCOMPARE(ids, expected);
        QCOMPARE(client().get("/v1/conversations?user_id=nobody").body, QByteArray("{\"conversations\":[]}"));

        // Another user: 403 for reading, deleting and continuing; nothing changes.
        QCOMPARE(client().get("/v1/conversations/" + a1.toUtf8() + "?user_id=bob").body,
                 QByteArray("{\"detail\":{\"response\":\"Access denied\",\"cause\":\"You do not have "
                            "permission to read this conversation\"}}"));
        QCOMPARE(client().call("DELETE", "/v1/conversations/" + a1.toUtf8() + "?user_id=bob").body,
                 QByteArray("{\"detail\":{\"response\":\"Access denied\",\"cause\":\"You do not have "
                            "permission to delete this conversation\"}}"));
        QCOMPARE(client()
                     .post("/v1/query?user_id=bob",
                           lcsQueryBody("q", "\"conversation_id\":\"" + a1.toUtf8() + "\""))
                     .status,
                 403);

        // The owner continues: the turn count goes up and the history holds both turns in order.
        QCOMPARE(ask("alice", "And its temperature?", "\"conversation_id\":\"" + a1.toUtf8() + "\""), a1);
        const HttpReply got = client().get("/v1/conversations/" + a1.toUtf8() + "?user_id=alice");
        QCOMPARE(got.status, 200);
        const QJsonObject history = jsonOf(got);
        QCOMPARE(history[QStringLiteral("conversation_id")].toString(), a1);
        const QJsonArray turns = history[QStringLiteral("chat_history")].toArray();
        QCOMPARE(turns.size(), 2);
        QCOMPARE(turns[0][QStringLiteral("messages")][0].toObject(),
                 (QJsonObject{{QStringLiteral("content"), QString::fromUtf8(kQuestion)},
                              {QStringLiteral("type"), QStringLiteral("user")}}));
        QCOMPARE(turns[0][QStringLiteral("messages")][1][QStringLiteral("type")].toString(),
                 QStringLiteral("assistant"));
        QVERIFY(turns[0][QStringLiteral("messages")][1][QStringLiteral("content")].toString().contains(
            QStringLiteral("liquid sodium")));
        QCOMPARE(turns[1][QStringLiteral("messages")][0][QStringLiteral("content")].toString(),
                 QStringLiteral("And its temperature?"));
        QVERIFY(turns[0][QStringLiteral("started_at")].toString() <=
                turns[0][QStringLiteral("completed_at")].toString());
        const QJsonArray after =
            jsonOf(client().get("/v1/conversations?user_id=alice"))[QStringLiteral("conversations")]
                .toArray();
        for (const QJsonValue &v : after)
            if (v[QStringLiteral("conversation_id")].toString() == a1)
                QCOMPARE(v[QStringLiteral("message_count")].toInt(), 2);

        // Delete: the row and its turns go.
        QCOMPARE(client().call("DELETE", "/v1/conversations/" + a1.toUtf8() + "?user_id=alice").body,
                 "{\"conversation_id\":\"" + a1.toUtf8() +
                     "\",\"success\":true,\"response\":\"Conversation deleted successfully\"}");
        QCOMPARE(client().get("/v1/conversations/" + a1.toUtf8() + "?user_id=alice").body,
                 "{\"detail\":{\"response\":\"Conversation not found\",\"cause\":\"Conversation " +
                     a1.toUtf8() + " could not be retrieved.\"}}");
        QCOMPARE(jsonOf(client().get("/v1/conversations?user_id=alice"))[QStringLiteral("conversations")]
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(client()
                     .post("/v1/query?user_id=alice",
                           lcsQueryBody("q", "\"conversation_id\":\"" + a1.toUtf8() + "\""))
                     .status,
                 403);

        for (const QByteArray &method : {QByteArray("GET"), QByteArray("DELETE")})
            QCOMPARE(client().call(method, "/v1/conversations/not-a-uuid").body,
                     QByteArray("{\"detail\":{\"response\":\"Invalid conversation ID "
                                "format\",\"cause\":\"Conversation ID not-a-uuid is not a valid UUID\"}}"));
    }

    void streamingQuerySendsTheOriginalsEvents()
    {
        const HttpReply r = client().post("/v1/streaming_query?user_id=streamer", lcsQueryBody(kQuestion));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("text/event-stream"));
        QVERIFY2(r.body.startsWith("data: {\"event\": \"start\", \"data\": {\"conversation_id\": \""),
                 r.body.left(200).constData());
        const QList<QJsonObject> events = sseEvents(r.body);
        QVERIFY(events.size() >= 6);
        QCOMPARE(events.first()[QStringLiteral("event")].toString(), QStringLiteral("start"));
        const QString id =
            events.first()[QStringLiteral("data")][QStringLiteral("conversation_id")].toString();
        QVERIFY2(conversationIdMilliseconds(id) > 0, qPrintable(id));
        QCOMPARE(events[1][QStringLiteral("data")].toObject(),
                 (QJsonObject{{QStringLiteral("id"), 0}, {QStringLiteral("token"), QString()}}));
        QCOMPARE(events[2][QStringLiteral("data")].toObject(),
                 (QJsonObject{{QStringLiteral("id"), 1},
                              {QStringLiteral("role"), QStringLiteral("inference")},
                              {QStringLiteral("token"), QString()}}));
        int expectedId = 0;
        for (int i = 1; i < events.size() - 1; ++i) {
            const QString name = events[i][QStringLiteral("event")].toString();
            QVERIFY2(name == QLatin1String("token") ||
                         (name == QLatin1String("turn_complete") && i == events.size() - 2),
                     qPrintable(name));
            QCOMPARE(events[i][QStringLiteral("data")][QStringLiteral("id")].toInt(), expectedId++);
        }
        const QString full = turnComplete(events);
        QVERIFY2(full.contains(QStringLiteral("liquid sodium")), qPrintable(full));
        QCOMPARE(joinedTokens(events), full);
        const QJsonObject end = events.last();
        QCOMPARE(end[QStringLiteral("event")].toString(), QStringLiteral("end"));
        QCOMPARE(end[QStringLiteral("available_quotas")].toObject(), QJsonObject());
        const QJsonObject data = end[QStringLiteral("data")].toObject();
        QCOMPARE(data[QStringLiteral("referenced_documents")].toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("doc_url"), QStringLiteral("reactor.txt")},
                                         {QStringLiteral("doc_title"), QStringLiteral("reactor.txt")}}}));
        QVERIFY(data[QStringLiteral("truncated")].isNull());
        QVERIFY(data[QStringLiteral("input_tokens")].toInt() > 0);
        QVERIFY(data[QStringLiteral("output_tokens")].toInt() > 0);
        QVERIFY(r.body.contains("\"available_quotas\": {}}\n\n"));
        // The turn was recorded before `end`.
        const QJsonObject history =
            jsonOf(client().get("/v1/conversations/" + id.toUtf8() + "?user_id=streamer"));
        QCOMPARE(history[QStringLiteral("chat_history")][0][QStringLiteral("messages")][1]
                        [QStringLiteral("content")]
                            .toString(),
                 full);
    }

    void transcriptsAreWrittenFieldByField()
    {
        const QString id = ask("scribe", kQuestion,
                               "\"attachments\":[{\"attachment_type\":\"event\",\"content_type\":"
                               "\"application/json\",\"content\":\"{\\\"a\\\":1}\"}]");
        QVERIFY(!id.isEmpty());
        const QStringList files = filesUnder(m_app.dir() + QStringLiteral("/transcripts/scribe/") + id);
        QCOMPARE(files.size(), 1);
        QVERIFY(isUuid4(QFileInfo(files.first()).completeBaseName()));
        QFile f(files.first());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QVERIFY2(raw.startsWith("{\"metadata\": {\"provider\": \"builtin\", \"model\": \"extractive\", "
                                "\"query_provider\": null"),
                 raw.constData());
        const QJsonObject t = QJsonDocument::fromJson(raw).object();
        QCOMPARE(t.keys().size(), 8);
        const QJsonObject meta = t[QStringLiteral("metadata")].toObject();
        QCOMPARE(meta[QStringLiteral("user_id")].toString(), QStringLiteral("scribe"));
        QCOMPARE(meta[QStringLiteral("conversation_id")].toString(), id);
        QVERIFY(meta[QStringLiteral("query_model")].isNull());
        QVERIFY(
            QDateTime::fromString(meta[QStringLiteral("timestamp")].toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(t[QStringLiteral("redacted_query")].toString(), QString::fromUtf8(kQuestion));
        QCOMPARE(t[QStringLiteral("query_is_valid")].toBool(), true);
        QVERIFY(t[QStringLiteral("llm_response")].toString().contains(QStringLiteral("liquid sodium")));
        QCOMPARE(t[QStringLiteral("rag_chunks")].toArray(), QJsonArray());
        QCOMPARE(t[QStringLiteral("truncated")].toBool(true), false);
        QCOMPARE(t[QStringLiteral("attachments")].toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("attachment_type"), QStringLiteral("event")},
                                         {QStringLiteral("content_type"), QStringLiteral("application/json")},
                                         {QStringLiteral("content"), QStringLiteral("{\"a\":1}")}}}));
        QCOMPARE(t[QStringLiteral("tool_calls")].toArray(), QJsonArray());
        QVERIFY(filesUnder(m_app.dir() + QStringLiteral("/transcripts"))
                    .filter(QStringLiteral(".tmp"))
                    .isEmpty());
    }

    void feedbackIsStoredAsAFile()
    {
        const QString before = m_app.dir() + QStringLiteral("/feedback");
        const int existing = int(filesUnder(before).size());
        const HttpReply r = client().post(
            "/v1/feedback?user_id=critic",
            "{\"conversation_id\":\"12345678-1234-5678-1234-567812345678\",\"user_question\":\"Is it "
            "hot?\",\"llm_response\":\"Caf\\u00e9 answer\",\"sentiment\":-1,\"user_feedback\":\"too "
            "short\",\"categories\":[\"incomplete\",\"other\",\"incomplete\"],\"unknown\":\"ignored\"}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{\"response\":\"feedback received\"}"));
        const QStringList files = filesUnder(before);
        QCOMPARE(files.size(), existing + 1);
        QString file;
        for (const QString &f : files)
            if (QFileInfo(f).lastModified() >= QFileInfo(files.first()).lastModified())
                file = f;
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QVERIFY(isUuid4(QFileInfo(file).completeBaseName()));
        QVERIFY(!raw.contains('\n'));
        QVERIFY2(raw.startsWith("{\"user_id\": \"critic\", \"timestamp\": \""), raw.constData());
        QVERIFY2(raw.contains("\"llm_response\": \"Caf\\u00e9 answer\""),
                 raw.constData()); // ASCII-escaped, as Python writes it
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        QVERIFY(
            QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00$"))
                .match(o[QStringLiteral("timestamp")].toString())
                .hasMatch());
        QCOMPARE(o[QStringLiteral("conversation_id")].toString(),
                 QStringLiteral("12345678-1234-5678-1234-567812345678"));
        QCOMPARE(o[QStringLiteral("user_question")].toString(), QStringLiteral("Is it hot?"));
        QCOMPARE(o[QStringLiteral("llm_response")].toString(), QStringLiteral("Café answer"));
        QCOMPARE(o[QStringLiteral("sentiment")].toInt(), -1);
        QCOMPARE(o[QStringLiteral("user_feedback")].toString(), QStringLiteral("too short"));
        QCOMPARE(o[QStringLiteral("categories")].toArray(),
                 (QJsonArray{QStringLiteral("incomplete"), QStringLiteral("other")}));
        QCOMPARE(o.keys().size(), 8);
        // Categories alone, an empty list becoming null.
        QCOMPARE(client()
                     .post("/v1/feedback",
                           "{\"conversation_id\":\"12345678123456781234567812345678\",\"user_question\":"
                           "\"q\",\"llm_response\":\"r\",\"sentiment\":1,\"categories\":[]}")
                     .status,
                 200);
    }

    void feedbackBodyValidation_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("detail");
        const QByteArray base = "\"conversation_id\":\"12345678-1234-5678-1234-567812345678\",\"user_"
                                "question\":\"q\",\"llm_response\":\"r\"";
        QTest::newRow("sentiment 0") << "{" + base + ",\"sentiment\":0}"
                                     << QByteArray(
                                            "[{\"type\":\"value_error\",\"loc\":[\"body\",\"sentiment\"],"
                                            "\"msg\":\"Value error, Improper sentiment value of 0, needs to "
                                            "be -1 or 1\",\"input\":0,\"ctx\":{\"error\":{}}}]");
        // A whole number beyond int is the same value error with the number as sent (never converted to int).
        QTest::newRow("sentiment 1e10")
            << "{" + base + ",\"sentiment\":1e10}"
            << QByteArray("[{\"type\":\"value_error\",\"loc\":[\"body\",\"sentiment\"],"
                          "\"msg\":\"Value error, Improper sentiment value of 10000000000, "
                          "needs to be -1 or 1\",\"input\":10000000000,\"ctx\":{\"error\":{}}}]");
        QTest::newRow("bad category")
            << "{" + base + ",\"categories\":[\"wrong\"]}"
            << QByteArray("[{\"type\":\"enum\",\"loc\":[\"body\",\"categories\",0],\"msg\":\"Input should be "
                          "'incorrect', 'not_relevant', 'incomplete', 'outdated_information', 'unsafe' or "
                          "'other'\",\"input\":\"wrong\",\"ctx\":{\"expected\":\"'incorrect', "
                          "'not_relevant', 'incomplete', 'outdated_information', 'unsafe' or 'other'\"}}]");
        QTest::newRow("no feedback given")
            << "{" + base + "}"
            << QByteArray(
                   "[{\"type\":\"value_error\",\"loc\":[\"body\"],\"msg\":\"Value error, At least one form "
                   "of feedback must be provided: 'sentiment', 'user_feedback', or "
                   "'categories'\",\"input\":{\"conversation_id\":\"12345678-1234-5678-1234-567812345678\","
                   "\"llm_response\":\"r\",\"user_question\":\"q\"},\"ctx\":{\"error\":{}}}]");
        QTest::newRow("bad conversation id")
            << QByteArray("{\"conversation_id\":\"xyz\",\"user_question\":\"q\",\"llm_response\":\"r\","
                          "\"sentiment\":1}")
            << QByteArray("[{\"type\":\"value_error\",\"loc\":[\"body\",\"conversation_id\"],\"msg\":\"Value "
                          "error, Improper conversation ID xyz\",\"input\":\"xyz\",\"ctx\":{\"error\":{}}}]");
        QTest::newRow("missing response")
            << QByteArray("{\"conversation_id\":\"12345678-1234-5678-1234-567812345678\",\"user_question\":"
                          "\"q\",\"sentiment\":1}")
            << QByteArray("[{\"type\":\"missing\",\"loc\":[\"body\",\"llm_response\"],\"msg\":\"Field "
                          "required\",\"input\":{\"conversation_id\":\"12345678-1234-5678-1234-"
                          "567812345678\",\"sentiment\":1,\"user_question\":\"q\"}}]");
        const QByteArray longText(4097, 'x');
        QTest::newRow("feedback too long")
            << "{" + base + ",\"user_feedback\":\"" + longText + "\"}"
            << QByteArray("[{\"type\":\"string_too_long\",\"loc\":[\"body\",\"user_feedback\"],\"msg\":"
                          "\"String should have at most 4096 characters\",\"input\":\"") +
                   longText + "\",\"ctx\":{\"max_length\":4096}}]";
    }
    void feedbackBodyValidation()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, detail);
        const HttpReply r = client().post("/v1/feedback", request);
        QCOMPARE(r.status, 422);
        QCOMPARE(jsonOf(r).value(QStringLiteral("detail")).toArray(),
                 QJsonDocument::fromJson(detail).array());
    }

    void metricsShowTheLightspeedSeries()
    {
        QVERIFY(!ask("metrics").isEmpty());
        const HttpReply r = client().get("/metrics");
        QCOMPARE(r.status, 200);
        for (const QByteArray &line :
             {QByteArray(
                  "ls_provider_model_configuration{provider=\"builtin\",model=\"builtin/extractive\"} 0"),
              QByteArray("# TYPE ls_llm_calls_total counter"), QByteArray("ls_llm_validation_errors_total 0"),
              QByteArray("# TYPE ls_llm_token_sent_total counter"),
              QByteArray("# TYPE ls_response_duration_seconds histogram"),
              QByteArray("ls_rest_api_calls_total{path=\"/v1/query\",status_code=\"200\"}"),
              QByteArray("ls_rest_api_calls_total{path=\"/v1/query\",status_code=\"422\"}")})
            QVERIFY2(r.body.contains(line), line.constData());
        QVERIFY(r.body.contains("ls_llm_calls_total{provider=\"none\",model=\"extractive\"}"));
    }
};

QTEST_GUILESS_MAIN(TstLcsApi)
#include "tst_lcsapi.moc"
