// Black box: a full KISS round trip on real parts. The built `aistack --headless` answers through a rag tool
// backed by a real llama-server (tiny random-weight model) or by the built-in extractive answer, with its
// documents in the embedded store or in a real Chroma server. Init, store a PDF and a text file, query
// (REST and WebSocket), close, and check that the temporary session's documents are gone from the store.
#include "../rag/fixtures.h"
#include "chromaserver.h"
#include "embeddedchunks.h"
#include "kissclient.h"
#include "kisstestconfig.h"
#include "llamaserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QWebSocket>
#include <QtTest>

using namespace aistack::test;

namespace {
int occurrences(const QByteArray &text, const QByteArray &needle)
{
    int n = 0;
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
        ++n;
    return n;
}

QByteArray httpGet(const QString &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url)));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

const QStringList kPdfPages{
    QStringLiteral("Atlas of the northern coast. Chapter one describes the cliffs."),
    QStringLiteral("The old stone lighthouse on Gull Point was built in 1871 and still guides ships.")};
const QByteArray kText =
    "Ferry timetable. The morning ferry to Gull Point departs at 07:40 from the harbour.";
} // namespace

class TstKissRoundTrip : public QObject
{
    Q_OBJECT

    ChromaServer m_chroma;
    LlamaServer m_llama;

    QByteArray config(const QString &answerer, const QString &store) const
    {
        QByteArray client;
        if (answerer == QLatin1String("llama"))
            client =
                "      ai_client:\n        provider: openai\n        model: tiny-chat\n        base_url: " +
                m_llama.baseUrl().toUtf8() + "\n        max_retries: 0\n";
        QByteArray vectorDb =
            store == QLatin1String("chroma")
                ? "  vector_db:\n    provider: chroma\n    kind: remote\n    host: 127.0.0.1\n"
                  "    port: " +
                      QByteArray::number(m_chroma.port()) + "\n    secure: false\n"
                : QByteArray(
                      "  vector_db:\n    provider: embedded\n    kind: storage\n    path: vectors.db\n");
        return "database:\n  sqlite:\n    db_path: app.db\nstack:\n  tools:\n    - name: atlas\n"
               "      role: Answer questions about the atlas and the timetables\n      kind: rag\n      "
               "depth: 3\n" +
               client + vectorDb;
    }

    QStringList chromaCollections() const
    {
        const QJsonArray list = jsonArray(httpGet(
            QStringLiteral(
                "http://127.0.0.1:%1/api/v2/tenants/default_tenant/databases/default_database/collections")
                .arg(m_chroma.port())));
        QStringList names;
        for (const QJsonValue &c : list)
            names << c.toObject().value(QStringLiteral("name")).toString();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HeadlessProcess::binary().isEmpty(), "AISTACK_BINARY is not set");
        QString error;
        QVERIFY2(m_chroma.start(&error), qPrintable(error));
        // Replies are bounded to 48 tokens so that the random-weight model stops.
        QVERIFY2(
            m_llama.start(LlamaServer::chatModel(), {QStringLiteral("-n"), QStringLiteral("48")}, &error),
            qPrintable(error));
    }

    void initStoreQueryClose_data()
    {
        QTest::addColumn<QString>("answerer");
        QTest::addColumn<QString>("store");
        QTest::newRow("extractive answer, embedded store")
            << QStringLiteral("extractive") << QStringLiteral("embedded");
        QTest::newRow("extractive answer, Chroma")
            << QStringLiteral("extractive") << QStringLiteral("chroma");
        QTest::newRow("llama-server, embedded store")
            << QStringLiteral("llama") << QStringLiteral("embedded");
        QTest::newRow("llama-server, Chroma") << QStringLiteral("llama") << QStringLiteral("chroma");
    }
    void initStoreQueryClose()
    {
        QFETCH(QString, answerer);
        QFETCH(QString, store);
        const bool llama = answerer == QLatin1String("llama");
        HeadlessProcess app;
        QVERIFY2(app.start(config(answerer, store)), app.stderrText().constData());
        KissClient c(app.port());
        const KissClient::Session s = c.login(QStringLiteral("temporary"));
        HttpReply r = c.post("/sessions?action=init", R"({"query":"Greetings!"})", s.token);
        QCOMPARE(r.status, 200);

        r = c.post(
            "/documents",
            filesBody({{QStringLiteral("atlas.pdf"), makePdf(kPdfPages, QStringLiteral("Atlas")).toBase64()},
                       {QStringLiteral("ferry.txt"), kText.toBase64()}}),
            s.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonObject(r.body).value(QStringLiteral("result")).toString(),
                 QStringLiteral("Files stored"));
        QVERIFY(jsonObject(r.body)
                    .value(QStringLiteral("extras"))
                    .toObject()
                    .value(QStringLiteral("atlas"))
                    .toArray()
                    .size() >= 2);
        if (store == QLatin1String("chroma"))
            QVERIFY(chromaCollections().join(QLatin1Char(' ')).contains(s.clientId));
        else
            QVERIFY(embeddedChunks(app.dir() + QStringLiteral("/vectors.db"), s.clientId) >= 2);

        const int tasksBefore = occurrences(m_llama.log(), "launch_slot_");
        const QString question = QStringLiteral("When was the lighthouse on Gull Point built?");
        r = c.post("/queries", queryBody(question), s.token);
        QCOMPARE(r.status, 200);
        const QJsonObject body = jsonObject(r.body);
        QCOMPARE(body.value(QStringLiteral("stack_id")).toString(), s.clientId);
        const QString answer = body.value(QStringLiteral("result")).toString();
        QVERIFY(!answer.trimmed().isEmpty());
        if (llama)
            QTRY_COMPARE(occurrences(m_llama.log(), "launch_slot_"),
                         tasksBefore + 1); // one completion, no classification
        else
            QVERIFY2(answer.contains(QLatin1String("1871")), qPrintable(answer));
        const QJsonObject extras = body.value(QStringLiteral("extras")).toObject();
        QCOMPARE(extras.value(QStringLiteral("query")).toString(), question);
        const QJsonArray docs =
            extras.value(QStringLiteral("supporting_documents")).toArray().first().toArray();
        const QJsonArray metas = extras.value(QStringLiteral("metadata")).toArray().first().toArray();
        const QJsonArray dists = extras.value(QStringLiteral("distances")).toArray().first().toArray();
        QVERIFY(docs.size() >= 1 && docs.size() <= 3); // depth 3
        QCOMPARE(metas.size(), docs.size());
        QCOMPARE(dists.size(), docs.size());
        QVERIFY2(docs.first().toString().contains(QLatin1String("1871")), r.body.constData());
        const QJsonObject top = metas.first().toObject();
        QCOMPARE(top.value(QStringLiteral("file_name")).toString(), QStringLiteral("atlas.pdf"));
        QCOMPARE(top.value(QStringLiteral("page")).toInt(), 2);
        for (const QJsonValue &d : dists)
            QVERIFY(d.isDouble() && d.toDouble() >= 0);

        // The same over the WebSocket; pings are answered while the query runs.
        QWebSocket ws;
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy frames(&ws, &QWebSocket::textMessageReceived);
        QSignalSpy pongs(&ws, &QWebSocket::pong);
        ws.open(c.wsRequest(s.token));
        QVERIFY(connected.wait(10000));
        ws.sendTextMessage(
            QStringLiteral(R"({"event":"on_query","data":{"query":"When does the morning ferry depart?"}})"));
        ws.ping("during");
        QVERIFY(frames.wait(60000) || !frames.isEmpty());
        if (llama)
            QVERIFY2(!pongs.isEmpty(),
                     "the pong came after the reply: the server thread waited for the model");
        const QJsonObject frame =
            QJsonDocument::fromJson(frames.first().first().toString().toUtf8()).object();
        QCOMPARE(frame.value(QStringLiteral("event")).toString(), QStringLiteral("on_query"));
        QVERIFY(frame.value(QStringLiteral("result"))
                    .toObject()
                    .value(QStringLiteral("extras"))
                    .toObject()
                    .value(QStringLiteral("supporting_documents"))
                    .toArray()
                    .first()
                    .toArray()
                    .first()
                    .toString()
                    .contains(QLatin1String("07:40")));
        ws.close();

        r = c.post("/sessions?action=close", R"({"query":"Goodbye!"})", s.token);
        QCOMPARE(r.status, 200);
        // Temporary: the documents are gone from the store.
        if (store == QLatin1String("chroma"))
            QTRY_VERIFY(!chromaCollections().join(QLatin1Char(' ')).contains(s.clientId));
        else
            QTRY_COMPARE(embeddedChunks(app.dir() + QStringLiteral("/vectors.db"), s.clientId), 0);
        QCOMPARE(app.terminate(), 0);
    }

    void theDecisionMakerFallsBackOnAnUnknownReply()
    {
        // Two tools and a decision maker on the random-weight model: its reply names no tool, and the query
        // is answered by the first prompt tool instead of failing.
        const QByteArray client =
            "      ai_client:\n        provider: openai\n        model: tiny-chat\n        base_url: " +
            m_llama.baseUrl().toUtf8() + "\n";
        QByteArray routerClient = client;
        routerClient.replace("      ", "    "); // the decision maker's keys sit two spaces further left
        HeadlessProcess app;
        QVERIFY2(
            app.start(
                "stack:\n  decision_maker:\n    name: router\n    role: Route queries\n    kind: prompt\n" +
                routerClient + "  tools:\n    - name: chat\n      role: General chat\n      kind: prompt\n" +
                client +
                "    - name: notes\n      role: Questions about notes\n      kind: rag\n  vector_db:\n"
                "    provider: embedded\n    kind: in_memory\n"),
            app.stderrText().constData());
        KissClient c(app.port());
        const KissClient::Session s = c.login(QStringLiteral("temporary"));
        QCOMPARE(c.post("/sessions?action=init", "{}", s.token).status, 200);
        const HttpReply r = c.post("/queries", queryBody(QStringLiteral("Tell me a story")), s.token);
        QCOMPARE(r.status, 200);
        QVERIFY(!jsonObject(r.body).value(QStringLiteral("result")).toString().isEmpty());
        const QByteArray metrics = HttpClient::get(app.port(), "/metrics").body;
        QVERIFY2(metrics.contains("aistack_stack_decision_seconds_count 1"), metrics.constData());
        QVERIFY2(metrics.contains("aistack_stack_decision_fallbacks_total 1"), metrics.constData());
        QVERIFY2(metrics.contains("aistack_stack_queries_total{tool=\"chat\",kind=\"prompt\"} 1"),
                 metrics.constData());
        QCOMPARE(app.terminate(), 0);
    }

    void deadPartsAreNamedInTheError()
    {
        const quint16 nobody = freeLoopbackPort();
        HeadlessProcess app;
        QVERIFY2(
            app.start(
                "stack:\n  tools:\n    - name: chat\n      role: Chat\n      kind: prompt\n      ai_client:\n"
                "        provider: openai\n        model: gone\n        max_retries: 0\n        base_url: "
                "http://127.0.0.1:" +
                QByteArray::number(nobody) + "/v1\n"),
            app.stderrText().constData());
        KissClient c(app.port());
        KissClient::Session s = c.login(QStringLiteral("temporary"));
        QCOMPARE(c.post("/sessions?action=init", "{}", s.token).status, 200);
        HttpReply r = c.post("/queries", queryBody(QStringLiteral("hello")), s.token);
        QCOMPARE(r.status, 502);
        QVERIFY2(detailOf(r).startsWith(QLatin1String("Model provider failed")), r.body.constData());
        QCOMPARE(app.terminate(), 0);

        HeadlessProcess chromaDown;
        QVERIFY(chromaDown.start(
            "stack:\n  tools:\n    - name: notes\n      role: Notes\n      kind: rag\n  vector_db:\n"
            "    provider: chroma\n    kind: remote\n    host: 127.0.0.1\n    port: " +
            QByteArray::number(nobody) + "\n    secure: false\n"));
        KissClient d(chromaDown.port());
        s = d.login(QStringLiteral("temporary"));
        QCOMPARE(d.post("/sessions?action=init", "{}", s.token).status, 200);
        r = d.post("/documents", fileBody(QStringLiteral("a.txt"), "Some notes."), s.token);
        QCOMPARE(r.status, 503);
        QVERIFY2(detailOf(r).startsWith(QLatin1String("Vector store unavailable")), r.body.constData());
        QCOMPARE(chromaDown.terminate(), 0);
    }
};

QTEST_MAIN(TstKissRoundTrip)
#include "tst_kissroundtrip.moc"
