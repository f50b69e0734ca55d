// The MCP client against two real MCP servers (installer/mcp-servers.sh): the reference "everything" server
// (sessions, answers in SSE) and a server on the MCP SDK without sessions that answers in plain JSON. Both
// list their tools and run echo and get-sum; an unknown tool is the tool's error, not the client's; a server
// that is down is a clear error; a server that forgot the session (restarted) gets a new one transparently.
#include "httpclient.h"
#include "mcp/mcpclient.h"
#include "mcptestservers.h"

#include <QJsonDocument>
#include <QtTest>

using namespace aistack;
using namespace aistack::test;

class TstMcpClient : public QObject
{
    Q_OBJECT

    McpTestServer m_everything{McpTestServer::Kind::Everything};
    McpTestServer m_json{McpTestServer::Kind::Json};

    McpTestServer &server(const QString &kind)
    {
        return kind == QLatin1String("everything") ? m_everything : m_json;
    }
    static void servers()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("everything (sessions, SSE)") << QStringLiteral("everything");
        QTest::newRow("SDK server (no sessions, JSON)") << QStringLiteral("json");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_everything.start(&error), qPrintable(error));
        QVERIFY2(m_json.start(&error), qPrintable(error));
    }

    void toolsAreListedWithTheirSchemas_data() { servers(); }
    void toolsAreListedWithTheirSchemas()
    {
        QFETCH(QString, kind);
        McpClient client({kind, server(kind).url()});
        QString error;
        const auto tools = client.listTools(&error);
        QVERIFY2(tools, qPrintable(error));
        QStringList names;
        for (const McpTool &t : *tools)
            names << t.name;
        QVERIFY2(names.contains(QStringLiteral("echo")) && names.contains(QStringLiteral("get-sum")),
                 qPrintable(names.join(QLatin1Char(' '))));
        for (const McpTool &t : *tools) {
            if (t.name != QLatin1String("echo"))
                continue;
            QVERIFY(!t.description.isEmpty());
            QCOMPARE(t.inputSchema[QStringLiteral("type")].toString(), QStringLiteral("object"));
            QVERIFY(
                t.inputSchema[QStringLiteral("properties")].toObject().contains(QStringLiteral("message")));
        }
        QCOMPARE(client.negotiatedVersion(), McpClient::kProtocolVersion);
        QCOMPARE(client.sessionId().isEmpty(), kind == QLatin1String("json"));
        client.close();
    }

    void toolsAreCalled_data() { servers(); }
    void toolsAreCalled()
    {
        QFETCH(QString, kind);
        McpClient client({kind, server(kind).url()});
        QString error;
        auto result = client.callTool(QStringLiteral("echo"),
                                      {{QStringLiteral("message"), QStringLiteral("hi")}}, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->text, QStringLiteral("Echo: hi"));
        QVERIFY(!result->isError);
        result = client.callTool(QStringLiteral("get-sum"),
                                 {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}}, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY2(result->text.contains(QLatin1String("5")), qPrintable(result->text));
        client.close();
    }

    void anUnknownToolIsTheToolsError_data() { servers(); }
    void anUnknownToolIsTheToolsError()
    {
        QFETCH(QString, kind);
        McpClient client({kind, server(kind).url()});
        QString error;
        const auto result = client.callTool(QStringLiteral("no-such-tool"), {}, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(result->isError);
        QVERIFY2(result->text.contains(QLatin1String("no-such-tool")), qPrintable(result->text));
    }

    void aServerThatIsDownIsAClearError()
    {
        McpClient client({QStringLiteral("gone"),
                          QStringLiteral("http://127.0.0.1:%1/mcp").arg(freeLoopbackPort()), 5000});
        QString error;
        QVERIFY(!client.listTools(&error));
        QVERIFY2(error.contains(QLatin1String("gone")) && error.contains(QLatin1String("cannot be reached")),
                 qPrintable(error));
    }

    // The server restarts and no longer knows the session: its 400 "No valid session ID" starts a new one, and
    // the call succeeds.
    void aForgottenSessionIsStartedAgain()
    {
        McpClient client({QStringLiteral("everything"), m_everything.url()});
        QString error;
        QVERIFY2(client.listTools(&error), qPrintable(error));
        const QString first = client.sessionId();
        QVERIFY(!first.isEmpty());
        QVERIFY2(m_everything.restart(&error), qPrintable(error));
        const auto result = client.callTool(QStringLiteral("echo"),
                                            {{QStringLiteral("message"), QStringLiteral("again")}}, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->text, QStringLiteral("Echo: again"));
        QVERIFY(!client.sessionId().isEmpty());
        QVERIFY(client.sessionId() != first);
    }

    // A session that expires: the server answers 404 for it (as the specification says), and the client starts
    // a new session and asks again, once; the caller sees only the answer.
    void anExpiredSessionIsStartedAgain()
    {
        McpTestServer server{McpTestServer::Kind::Sessions};
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        McpClient client({QStringLiteral("sessions"), server.url()});
        QVERIFY2(client.listTools(&error), qPrintable(error));
        const QString first = client.sessionId();
        QVERIFY(!first.isEmpty());
        auto call = [&server](const QByteArray &method, const QByteArray &path) {
            HttpClient http(QStringLiteral("127.0.0.1"), server.port());
            http.connect();
            return http.request(method, path, {}, {}, 10000);
        };
        QCOMPARE(call("POST", "/expire").status, 200);
        const auto result = client.callTool(QStringLiteral("echo"), {{QStringLiteral("message"), QStringLiteral("again")}},
                                            &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->text, QStringLiteral("Echo: again"));
        QVERIFY(!client.sessionId().isEmpty() && client.sessionId() != first);
        const QJsonObject stats = QJsonDocument::fromJson(call("GET", "/stats").body).object();
        QCOMPARE(stats[QStringLiteral("notFound")].toInt(), 1);
        QCOMPARE(stats[QStringLiteral("started")].toInt(), 2);
    }

    void cleanupTestCase()
    {
        m_everything.stop();
        m_json.stop();
    }
};

QTEST_GUILESS_MAIN(TstMcpClient)
#include "tst_mcpclient.moc"
