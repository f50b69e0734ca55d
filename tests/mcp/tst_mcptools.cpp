// Black box: MCP tools in the Lightspeed API, with two real MCP servers (the reference "everything" server
// and an SDK server answering plain JSON) and a configured server that is down. GET /v1/tools lists the
// reachable servers' tools, /readiness names the one that is down, and a query's model gets the tools, calls
// them, and gets their results back: the stream shows tool_call, tool_result, then the answer's tokens;
// /v1/query's transcript lists the calls. MCP-HEADERS reach their server only; the caller's own token goes
// nowhere.
//
// The model is a stand-in (tests/mcp/scriptedmodel.mjs, which says why): the real llama-server of the tests
// cannot be made to call a tool with the tiny model.
#include "../lcs/lcstesthelpers.h"
#include "mcptestservers.h"

#include <QDirIterator>
#include <QProcess>
#include <QTcpServer>

using namespace aistack::test;

namespace {
QList<QJsonObject> ofKind(const QList<QJsonObject> &events, const QString &kind)
{
    QList<QJsonObject> out;
    for (const QJsonObject &e : events)
        if (e[QStringLiteral("event")].toString() == kind)
            out << e[QStringLiteral("data")].toObject();
    return out;
}

QStringList eventNames(const QList<QJsonObject> &events)
{
    QStringList names;
    for (const QJsonObject &e : events) {
        const QString name = e[QStringLiteral("event")].toString();
        if (names.isEmpty() || names.last() != name)
            names << name;
    }
    return names;
}
} // namespace

class TstMcpTools : public QObject
{
    Q_OBJECT

    McpTestServer m_everything{McpTestServer::Kind::Everything};
    McpTestServer m_json{McpTestServer::Kind::Json};
    QProcess m_model;
    quint16 m_modelPort = 0;
    quint16 m_downPort = 0;
    HeadlessProcess m_app;

    QByteArray config(const QByteArray &more = {}) const
    {
        return lcsConfig(QByteArray("mcp_servers:\n  - name: everything\n    url: ") +
                         m_everything.url().toUtf8() + "\n  - name: json\n    url: " + m_json.url().toUtf8() +
                         "\n  - name: down\n    url: http://127.0.0.1:" + QByteArray::number(m_downPort) +
                         "/mcp\n    timeout_seconds: 2\ninference:\n  max_tool_rounds: 3\n" + more)
            .replace("      kind: rag\n      depth: 2\n",
                     QByteArray("      kind: prompt\n      ai_client:\n        provider: openai\n        "
                                "model: scripted\n"
                                "        base_url: http://127.0.0.1:")
                         .append(QByteArray::number(m_modelPort))
                         .append("/v1\n        max_retries: 0\n"));
    }
    // The requests the model received since the last call.
    QJsonArray modelRequests()
    {
        HttpClient client(QStringLiteral("127.0.0.1"), m_modelPort);
        client.connect();
        const QJsonArray all =
            QJsonDocument::fromJson(client.request("GET", "/requests", {}, {}, 10000).body).array();
        HttpClient again(QStringLiteral("127.0.0.1"), m_modelPort);
        again.connect();
        again.request("DELETE", "/requests", {}, {}, 10000);
        return all;
    }
    static QStringList toolNames(const QJsonObject &request)
    {
        QStringList names;
        for (const QJsonValue &t : request[QStringLiteral("tools")].toArray())
            names << t[QStringLiteral("function")][QStringLiteral("name")].toString();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_everything.start(&error), qPrintable(error));
        QVERIFY2(m_json.start(&error), qPrintable(error));
        m_model.setProcessChannelMode(QProcess::SeparateChannels);
        m_model.start(QStringLiteral("node"), {QStringLiteral(AISTACK_SCRIPTED_MODEL), QStringLiteral("0")});
        QVERIFY2(m_model.waitForStarted(10000), "node does not start");
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += m_model.readAllStandardOutput()).contains('\n'), 15000);
        m_modelPort = quint16(out.mid(out.indexOf("listening on ") + 13).trimmed().toUInt());
        QVERIFY(m_modelPort > 0);
        QTcpServer closed; // a port nothing listens on: the server that is down
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        m_downPort = closed.serverPort();
        closed.close();
        QVERIFY2(m_app.start(config()), m_app.stderrText().constData());
    }
    void cleanupTestCase()
    {
        m_model.kill();
        m_model.waitForFinished(5000);
    }

    void toolsOfReachableServersAreListed()
    {
        const LcsClient c{m_app.port()};
        const HttpReply reply = c.get("/v1/tools");
        QCOMPARE(reply.status, 200);
        const QJsonArray tools = jsonOf(reply)[QStringLiteral("tools")].toArray();
        QSet<QString> groups;
        QJsonObject echo;
        for (const QJsonValue &v : tools) {
            const QJsonObject t = v.toObject();
            groups.insert(t[QStringLiteral("toolgroup_id")].toString());
            if (t[QStringLiteral("identifier")] == QStringLiteral("echo") &&
                t[QStringLiteral("toolgroup_id")] == QStringLiteral("json"))
                echo = t;
        }
        QCOMPARE(groups, (QSet<QString>{QStringLiteral("everything"), QStringLiteral("json")}));
        QCOMPARE(echo[QStringLiteral("description")].toString(), QStringLiteral("Echoes back the input"));
        QCOMPARE(echo[QStringLiteral("provider_id")].toString(), QStringLiteral("model-context-protocol"));
        QCOMPARE(echo[QStringLiteral("server_source")].toString(), m_json.url());
        QCOMPARE(echo[QStringLiteral("type")].toString(), QStringLiteral("tool"));
        const QJsonObject message = echo[QStringLiteral("parameters")].toArray().first().toObject();
        QCOMPARE(message[QStringLiteral("name")].toString(), QStringLiteral("message"));
        QCOMPARE(message[QStringLiteral("parameter_type")].toString(), QStringLiteral("string"));
        QCOMPARE(message[QStringLiteral("description")].toString(), QStringLiteral("Message to echo"));
        QCOMPARE(message[QStringLiteral("required")].toBool(), true);
    }

    void readinessNamesTheServerThatIsDown()
    {
        const LcsClient c{m_app.port()};
        QJsonObject readiness;
        QTRY_VERIFY_WITH_TIMEOUT(
            (readiness = jsonOf(c.get("/readiness")))[QStringLiteral("reason")].toString().contains(
                QStringLiteral("mcp:down")),
            20000);
        QCOMPARE(readiness[QStringLiteral("ready")].toBool(),
                 true); // queries still answer, without its tools
        const QJsonArray providers = readiness[QStringLiteral("providers")].toArray();
        QCOMPARE(providers.size(), 1);
        QCOMPARE(providers.first()[QStringLiteral("provider_id")].toString(), QStringLiteral("mcp:down"));
        QVERIFY(!providers.first()[QStringLiteral("message")].toString().isEmpty());
    }

    void theStreamShowsTheCallItsResultThenTheAnswer()
    {
        const LcsClient c{m_app.port()};
        modelRequests();
        const HttpReply reply =
            c.post("/v1/streaming_query", "{\"query\":\"call echo {\\\"message\\\":\\\"hi\\\"}\"}");
        QCOMPARE(reply.status, 200);
        const QList<QJsonObject> events = sseEvents(reply.body);
        QCOMPARE(eventNames(events),
                 (QStringList{QStringLiteral("start"), QStringLiteral("token"), QStringLiteral("tool_call"),
                              QStringLiteral("tool_result"), QStringLiteral("token"),
                              QStringLiteral("turn_complete"), QStringLiteral("end")}));
        const QJsonObject call = ofKind(events, QStringLiteral("tool_call")).first();
        QCOMPARE(call[QStringLiteral("token")][QStringLiteral("tool_name")].toString(),
                 QStringLiteral("echo"));
        QCOMPARE(call[QStringLiteral("token")][QStringLiteral("arguments")].toObject(),
                 (QJsonObject{{QStringLiteral("message"), QStringLiteral("hi")}}));
        const QJsonObject result = ofKind(events, QStringLiteral("tool_result")).first();
        QCOMPARE(result[QStringLiteral("token")][QStringLiteral("response")].toString(),
                 QStringLiteral("Echo: hi"));
        QCOMPARE(turnComplete(events), QStringLiteral("The tool said: Echo: hi."));
        QCOMPARE(joinedTokens(events), turnComplete(events));

        // The model got every reachable server's tools (the first server keeps a shared name), then the
        // result.
        const QJsonArray asked = modelRequests();
        QCOMPARE(asked.size(), 2);
        const QStringList offered = toolNames(asked[0].toObject());
        QVERIFY2(offered.contains(QStringLiteral("get-sum")) && offered.contains(QStringLiteral("headers")),
                 qPrintable(offered.join(QLatin1Char(' '))));
        QCOMPARE(offered.count(QStringLiteral("echo")), 1);
        const QJsonArray second = asked[1][QStringLiteral("messages")].toArray();
        QCOMPARE(second.last()[QStringLiteral("role")].toString(), QStringLiteral("tool"));
        QCOMPARE(second.last()[QStringLiteral("content")].toString(), QStringLiteral("Echo: hi"));
        QCOMPARE(second.last()[QStringLiteral("tool_call_id")].toString(),
                 second[second.size() - 2][QStringLiteral("tool_calls")][0][QStringLiteral("id")].toString());
    }

    void aQueryRecordsItsToolCallsInTheTranscript()
    {
        const LcsClient c{m_app.port()};
        const HttpReply reply =
            c.post("/v1/query?user_id=tools", "{\"query\":\"call get-sum {\\\"a\\\":2,\\\"b\\\":3}\"}");
        QCOMPARE(reply.status, 200);
        QCOMPARE(jsonOf(reply)[QStringLiteral("response")].toString(),
                 QStringLiteral("The tool said: The sum of 2 and 3 is 5.."));
        QStringList files;
        QDirIterator it(m_app.dir() + QStringLiteral("/transcripts/tools"), {QStringLiteral("*.json")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        QCOMPARE(files.size(), 1);
        QFile file(files.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray calls =
            QJsonDocument::fromJson(file.readAll())[QStringLiteral("tool_calls")].toArray();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0][QStringLiteral("name")].toString(), QStringLiteral("get-sum"));
        QCOMPARE(calls[0][QStringLiteral("args")].toObject(),
                 (QJsonObject{{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}}));
        QCOMPARE(calls[0][QStringLiteral("response")].toString(), QStringLiteral("The sum of 2 and 3 is 5."));
        QVERIFY(!calls[0][QStringLiteral("id")].toString().isEmpty());
    }

    void noToolsOffersTheModelNone()
    {
        const LcsClient c{m_app.port()};
        modelRequests();
        const HttpReply reply =
            c.post("/v1/query", "{\"query\":\"call echo {\\\"message\\\":\\\"hi\\\"}\",\"no_tools\":true}");
        QCOMPARE(jsonOf(reply)[QStringLiteral("response")].toString(), QStringLiteral("Plain answer."));
        const QJsonArray asked = modelRequests();
        QCOMPARE(asked.size(), 1);
        QVERIFY(!asked[0].toObject().contains(QStringLiteral("tools")));
    }

    void toolRoundsAreBounded()
    {
        const LcsClient c{m_app.port()};
        modelRequests();
        const HttpReply reply = c.post("/v1/streaming_query", "{\"query\":\"loop\"}");
        const QList<QJsonObject> events = sseEvents(reply.body);
        QCOMPARE(ofKind(events, QStringLiteral("tool_call")).size(), 3); // max_tool_rounds
        QCOMPARE(events.last()[QStringLiteral("event")].toString(), QStringLiteral("end"));
        const QJsonArray asked = modelRequests();
        QCOMPARE(asked.size(), 4);
        QVERIFY(asked[2].toObject().contains(QStringLiteral("tools")));
        QVERIFY2(!asked[3].toObject().contains(QStringLiteral("tools")), "the last round must answer");
    }

    void aToolThatDoesNotExistIsTheModelsToHandle()
    {
        const LcsClient c{m_app.port()};
        const HttpReply reply = c.post("/v1/streaming_query", "{\"query\":\"call no-such-tool {}\"}");
        const QList<QJsonObject> events = sseEvents(reply.body);
        const QList<QJsonObject> results = ofKind(events, QStringLiteral("tool_result"));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0][QStringLiteral("token")][QStringLiteral("response")].toString(),
                 QStringLiteral("There is no tool named 'no-such-tool'."));
        QCOMPARE(events.last()[QStringLiteral("event")].toString(), QStringLiteral("end"));

        // /metrics counts the calls by server, tool and outcome; names no server has share one series.
        const QByteArray metrics = c.get("/metrics").body;
        QVERIFY2(metrics.contains(
                     "aistack_mcp_tool_calls_total{server=\"everything\",tool=\"get-sum\",outcome=\"ok\"} 1"),
                 metrics.constData());
        QVERIFY(metrics.contains(
            "aistack_mcp_tool_calls_total{server=\"none\",tool=\"unknown\",outcome=\"failed\"} 1"));
        QVERIFY(!metrics.contains("no-such-tool"));
        QVERIFY(metrics.contains("aistack_mcp_tool_call_seconds_count{server=\"everything\"}"));
    }

    void mcpHeadersReachTheirServerAndTheCallersTokenNone()
    {
        const LcsClient c{m_app.port()};
        auto toolSaid = [&c](const QList<QPair<QByteArray, QByteArray>> &headers) {
            const HttpReply reply = c.post("/v1/query", "{\"query\":\"call headers\"}", headers);
            return reply.status == 200 ? jsonOf(reply)[QStringLiteral("response")].toString()
                                       : QString::fromUtf8(reply.body);
        };
        QCOMPARE(toolSaid({{"MCP-HEADERS", "{\"json\":{\"Authorization\":\"Bearer for-json\"}}"}}),
                 QStringLiteral("The tool said: Authorization: Bearer for-json."));
        QCOMPARE(toolSaid({{"MCP-HEADERS", QByteArray("{\"")
                                               .append(m_json.url().toUtf8())
                                               .append("\":{\"Authorization\":\"Bearer by-url\"}}")}}),
                 QStringLiteral("The tool said: Authorization: Bearer by-url."));
        QCOMPARE(toolSaid({{"Authorization", "Bearer callers-own"}}),
                 QStringLiteral("The tool said: Authorization: none."));

        for (const QByteArray &bad :
             {QByteArray("{not json"), QByteArray("[\"json\"]"), QByteArray("{\"json\":\"Bearer x\"}"),
              QByteArray("{\"json\":{\"Bad Name\":\"x\"}}")}) {
            const HttpReply reply =
                c.post("/v1/query", "{\"query\":\"call headers\"}", {{"MCP-HEADERS", bad}});
            QCOMPARE(reply.status, 422);
            QVERIFY2(reply.body.contains("MCP-HEADERS must be a JSON object"), reply.body.constData());
        }
    }

    // A tool that takes longer than its server's timeout_seconds: the model hears why, and still answers.
    void aToolThatTakesTooLongIsCutOff()
    {
        HeadlessProcess app;
        QByteArray yaml = config();
        const QByteArray url = m_everything.url().toUtf8();
        yaml.replace(QByteArray(url).append('\n'), QByteArray(url).append("\n    timeout_seconds: 1\n"));
        QVERIFY2(app.start(yaml), app.stderrText().constData());
        const LcsClient c{app.port()};
        QElapsedTimer clock;
        clock.start();
        const HttpReply reply = c.post(
            "/v1/streaming_query",
            "{\"query\":\"call trigger-long-running-operation {\\\"duration\\\":5,\\\"steps\\\":1}\"}");
        QCOMPARE(reply.status, 200);
        QVERIFY2(clock.elapsed() < 4500, "the call is cut off after about a second");
        const QList<QJsonObject> events = sseEvents(reply.body);
        const QList<QJsonObject> results = ofKind(events, QStringLiteral("tool_result"));
        QCOMPARE(results.size(), 1);
        const QString response = results[0][QStringLiteral("token")][QStringLiteral("response")].toString();
        QVERIFY2(response.startsWith(QStringLiteral("The tool could not be called: ")) &&
                     response.contains(QStringLiteral("did not answer within 1 s")),
                 qPrintable(response));
        QCOMPARE(events.last()[QStringLiteral("event")].toString(), QStringLiteral("end"));
    }

    // A client that goes away while a tool runs: the model is not asked again, and the server goes on
    // serving.
    void aClientThatLeavesDuringACallStopsTheAnswer()
    {
        const LcsClient c{m_app.port()};
        modelRequests();
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_app.port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body =
            "{\"query\":\"call trigger-long-running-operation {\\\"duration\\\":2,\\\"steps\\\":1}\"}";
        socket.write("POST /v1/streaming_query HTTP/1.1\r\nHost: x\r\nContent-Type: "
                     "application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += socket.readAll()).contains("\"event\": \"tool_call\""), 10000);
        socket.abort();
        QTest::qWait(3000); // the tool finishes meanwhile
        QCOMPARE(modelRequests().size(), 1);
        QCOMPARE(jsonOf(c.post("/v1/query", "{\"query\":\"hello\"}"))[QStringLiteral("response")].toString(),
                 QStringLiteral("Plain answer."));
    }

    // aistack ends its MCP sessions when it stops (DELETE), as the specification asks of a client.
    void sessionsAreEndedAtShutdown()
    {
        McpTestServer sessions{McpTestServer::Kind::Sessions};
        QString error;
        QVERIFY2(sessions.start(&error), qPrintable(error));
        HeadlessProcess app;
        QByteArray yaml = config();
        yaml.replace(m_json.url().toUtf8(), sessions.url().toUtf8());
        QVERIFY2(app.start(yaml), app.stderrText().constData());
        const LcsClient c{app.port()};
        QCOMPARE(jsonOf(c.post("/v1/query", "{\"query\":\"call headers\"}"))[QStringLiteral("response")]
                     .toString(),
                 QStringLiteral("The tool said: Authorization: none."));
        auto stats = [&sessions]() {
            HttpClient http(QStringLiteral("127.0.0.1"), sessions.port());
            http.connect();
            return QJsonDocument::fromJson(http.request("GET", "/stats", {}, {}, 10000).body).object();
        };
        QVERIFY(stats()[QStringLiteral("started")].toInt() >= 1);
        QCOMPARE(stats()[QStringLiteral("deleted")].toInt(), 0);
        QCOMPARE(app.terminate(), 0);
        QCOMPARE(stats()[QStringLiteral("deleted")].toInt(), 1);
    }

    void aServerThatGoesAwayLeavesTheQueryAnswered()
    {
        McpTestServer lone{McpTestServer::Kind::Json};
        QString error;
        QVERIFY2(lone.start(&error), qPrintable(error));
        HeadlessProcess app;
        QByteArray yaml = config();
        yaml.replace(m_everything.url().toUtf8(), lone.url().toUtf8());
        QVERIFY2(app.start(yaml), app.stderrText().constData());
        const LcsClient c{app.port()};
        QCOMPARE(jsonOf(c.post(
                     "/v1/query",
                     "{\"query\":\"call echo {\\\"message\\\":\\\"up\\\"}\"}"))[QStringLiteral("response")]
                     .toString(),
                 QStringLiteral("The tool said: Echo: up."));
        lone.stop();
        // A call on the way: the model is told the tool could not be called, and still answers.
        const HttpReply reply = c.post("/v1/streaming_query", "{\"query\":\"call headers\"}");
        QCOMPARE(reply.status, 200);
        const QList<QJsonObject> events = sseEvents(reply.body);
        QCOMPARE(events.last()[QStringLiteral("event")].toString(), QStringLiteral("end"));
        // Once the checks saw it go, its tools are not offered, and the log says which were unavailable.
        QTRY_VERIFY_WITH_TIMEOUT(jsonOf(c.get("/readiness"))[QStringLiteral("reason")].toString().contains(
                                     QStringLiteral("mcp:everything")),
                                 20000);
        modelRequests();
        QCOMPARE(jsonOf(c.post("/v1/query", "{\"query\":\"hello\"}"))[QStringLiteral("response")].toString(),
                 QStringLiteral("Plain answer."));
        QVERIFY(
            toolNames(modelRequests()[0].toObject()).contains(QStringLiteral("headers"))); // the others' stay
        QTRY_VERIFY_WITH_TIMEOUT(
            app.stderrText().contains("answered without the tools of MCP servers that cannot "
                                      "be reached: everything"),
            5000);
    }
};

QTEST_GUILESS_MAIN(TstMcpTools)
#include "tst_mcptools.moc"
