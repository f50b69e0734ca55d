// Black box: /v1/streaming_query and /v1/query on a real llama-server (a tiny random-weight model the tests
// generate). Tokens are relayed as the model makes them, the joined tokens equal turn_complete, earlier
// turns reach the model, a client that goes away stops the generation, and a provider that dies mid-stream
// ends the stream with an error event.
#include "lcstesthelpers.h"
#include "llamaserver.h"

using namespace aistack::test;

class TstLcsStreaming : public QObject
{
    Q_OBJECT

    LlamaServer m_short; // answers of 32 tokens
    LlamaServer m_long;  // answers that would take minutes

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HeadlessProcess::binary().isEmpty(), "AISTACK_BINARY is not set");
        QString error;
        QVERIFY2(
            m_short.start(LlamaServer::chatModel(), {QStringLiteral("-n"), QStringLiteral("32")}, &error),
            qPrintable(error));
        QVERIFY2(
            m_long.start(LlamaServer::chatModel(), {QStringLiteral("-n"), QStringLiteral("20000")}, &error),
            qPrintable(error));
    }

    void tokensJoinToTheTurnAndEarlierTurnsReachTheModel()
    {
        HeadlessProcess app;
        QVERIFY2(app.start(lcsModelConfig(m_short.baseUrl())), app.stderrText().constData());
        const LcsClient c{app.port()};
        QVERIFY(c.get("/v1/models").body.contains("\"identifier\":\"openai/tiny-chat\""));

        const HttpReply first =
            c.post("/v1/streaming_query?user_id=u", "{\"query\":\"Say hello to the reactor crew\"}");
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("content-type"), QByteArray("text/event-stream"));
        const QList<QJsonObject> events = sseEvents(first.body);
        int tokens = 0;
        for (const QJsonObject &e : events)
            tokens += e[QStringLiteral("event")].toString() == QLatin1String("token") ? 1 : 0;
        QVERIFY2(tokens > 10, "tokens arrive one by one");
        const QString full = turnComplete(events);
        QVERIFY(!full.isEmpty());
        QCOMPARE(joinedTokens(events), full);
        const QJsonObject end = events.last()[QStringLiteral("data")].toObject();
        QCOMPARE(events.last()[QStringLiteral("event")].toString(), QStringLiteral("end"));
        QCOMPARE(end[QStringLiteral("output_tokens")].toInt(), 32);
        const int firstPrompt = end[QStringLiteral("input_tokens")].toInt();
        QVERIFY(firstPrompt > 0);
        const QString id =
            events.first()[QStringLiteral("data")][QStringLiteral("conversation_id")].toString();

        // The follow-up carries the first turn: the model reads a longer prompt.
        const HttpReply second = c.post("/v1/streaming_query?user_id=u",
                                        "{\"query\":\"Again\",\"conversation_id\":\"" + id.toUtf8() + "\"}");
        const QList<QJsonObject> more = sseEvents(second.body);
        QCOMPARE(more.last()[QStringLiteral("event")].toString(), QStringLiteral("end"));
        QVERIFY2(more.last()[QStringLiteral("data")][QStringLiteral("input_tokens")].toInt() >
                     firstPrompt + 20,
                 second.body.right(200).constData());
        QCOMPARE(
            jsonOf(c.get("/v1/conversations/" + id.toUtf8() + "?user_id=u"))[QStringLiteral("chat_history")]
                .toArray()
                .size(),
            2);

        // The plain query gives the same model's answer in one piece.
        const HttpReply plain =
            c.post("/v1/query", "{\"query\":\"Say hello\",\"provider\":\"openai\",\"model\":\"tiny-chat\"}");
        QCOMPARE(plain.status, 200);
        QVERIFY(!jsonOf(plain)[QStringLiteral("response")].toString().isEmpty());
    }

    void systemPromptPrecedence()
    {
        QTemporaryDir dir;
        const QString promptFile = dir.filePath(QStringLiteral("prompt.txt"));
        QFile file(promptFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("You are the reactor operations assistant. ").repeated(12) + "\n\n  \n");
        file.close();
        auto inputTokens = [](const HttpReply &r) {
            const QList<QJsonObject> events = sseEvents(r.body);
            return events.isEmpty()
                       ? -1
                       : events.last()[QStringLiteral("data")][QStringLiteral("input_tokens")].toInt();
        };
        const QByteArray longPrompt =
            QByteArray("Answer as a careful engineer who checks every number twice. ").repeated(8);

        HeadlessProcess plain;
        QVERIFY2(plain.start(lcsModelConfig(m_short.baseUrl())), plain.stderrText().constData());
        const LcsClient c{plain.port()};
        const int base = inputTokens(c.post("/v1/streaming_query", "{\"query\":\"Status?\"}"));
        QVERIFY(base > 0);
        // The request's prompt replaces the default one...
        const HttpReply own = c.post("/v1/streaming_query?user_id=p",
                                     "{\"query\":\"Status?\",\"system_prompt\":\"" + longPrompt + "\"}");
        const int withOwn = inputTokens(own);
        QVERIFY2(withOwn > base + 50, qPrintable(QStringLiteral("%1 vs %2").arg(withOwn).arg(base)));
        // ...and stays fixed for the conversation: a later, shorter prompt is ignored.
        const QString id =
            sseEvents(own.body).first()[QStringLiteral("data")][QStringLiteral("conversation_id")].toString();
        const int followUp = inputTokens(
            c.post("/v1/streaming_query?user_id=p",
                   "{\"query\":\"Status?\",\"system_prompt\":\"Be brief.\",\"conversation_id\":\"" +
                       id.toUtf8() + "\"}"));
        QVERIFY2(followUp > withOwn + 20, qPrintable(QStringLiteral("%1 vs %2").arg(followUp).arg(withOwn)));

        // customization.system_prompt_path (trailing whitespace removed) comes before
        // customization.system_prompt.
        HeadlessProcess custom;
        QVERIFY2(custom.start(lcsModelConfig(m_short.baseUrl()) +
                              "customization:\n  system_prompt: Short.\n  system_prompt_path: " +
                              promptFile.toUtf8() + "\n"),
                 custom.stderrText().constData());
        const int fromFile =
            inputTokens(LcsClient{custom.port()}.post("/v1/streaming_query", "{\"query\":\"Status?\"}"));
        QVERIFY2(fromFile > base + 50, qPrintable(QStringLiteral("%1 vs %2").arg(fromFile).arg(base)));
    }

    void aClientThatLeavesStopsTheGeneration()
    {
        HeadlessProcess app;
        QVERIFY2(app.start(lcsModelConfig(m_long.baseUrl())), app.stderrText().constData());
        const QByteArray logBefore = m_long.log();
        StreamReader reader;
        QVERIFY(reader.open(app.port(), "{\"query\":\"Tell a very long story\"}"));
        QVERIFY2(
            reader.readUntil([&reader]() { return reader.count("\"role\": \"inference\"") >= 8; }, 60000),
            reader.received.constData());
        QVERIFY(reader.received.contains("HTTP/1.1 200"));
        QVERIFY(m_long.busy());
        reader.socket.abort();
        // llama-server sees its connection close and cancels the task.
        QTRY_VERIFY_WITH_TIMEOUT(m_long.log().size() > logBefore.size() &&
                                     m_long.log().mid(logBefore.size()).contains("cancel task"),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_long.busy(), 10000);
        QCOMPARE(HttpClient::get(app.port(), "/liveness").status, 200);
        // An abandoned turn is not recorded.
        QCOMPARE(LcsClient{app.port()}.get("/v1/conversations").body, QByteArray("{\"conversations\":[]}"));
    }

    void aProviderThatDiesMidStreamEndsWithAnErrorEvent()
    {
        LlamaServer doomed;
        QString error;
        QVERIFY2(
            doomed.start(LlamaServer::chatModel(), {QStringLiteral("-n"), QStringLiteral("20000")}, &error),
            qPrintable(error));
        HeadlessProcess app;
        QVERIFY2(app.start(lcsModelConfig(doomed.baseUrl())), app.stderrText().constData());
        StreamReader reader;
        QVERIFY(reader.open(app.port(), "{\"query\":\"Tell a very long story\"}"));
        QVERIFY(
            reader.readUntil([&reader]() { return reader.count("\"role\": \"inference\"") >= 5; }, 60000));
        doomed.stop();
        QVERIFY2(reader.readUntil([&reader]() { return reader.received.endsWith("0\r\n\r\n"); }, 30000),
                 reader.received.right(300).constData());
        const QList<QJsonObject> events = sseEvents(reader.received);
        QCOMPARE(events.last()[QStringLiteral("event")].toString(), QStringLiteral("error"));
        QVERIFY(!events.last()[QStringLiteral("data")][QStringLiteral("token")].toString().isEmpty());
        QVERIFY(events.last()[QStringLiteral("data")][QStringLiteral("id")].toInt() >= 6);
    }

    void anUnreachableProviderIsAnHttpError()
    {
        HeadlessProcess app;
        QVERIFY2(app.start(lcsModelConfig(QStringLiteral("http://127.0.0.1:%1/v1").arg(freeLoopbackPort()))),
                 app.stderrText().constData());
        const QByteArray expected = "{\"detail\":{\"response\":\"Unable to connect to Llama "
                                    "Stack\",\"cause\":\"Connection error.\"}}";
        for (const QByteArray &path : {QByteArray("/v1/streaming_query"), QByteArray("/v1/query")}) {
            const HttpReply r = LcsClient{app.port()}.post(path, "{\"query\":\"q\"}");
            QCOMPARE(r.status, 500);
            QCOMPARE(r.body, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TstLcsStreaming)
#include "tst_lcsstreaming.moc"
