// Fault injection, black box: the Chroma server that holds a KISS stack's documents is killed (SIGKILL) and
// started again on the same data. Meanwhile KISS questions and uploads and Lightspeed questions answer 503
// "Vector store unavailable" (not a hang); afterwards they succeed with no restart of aistack, the documents
// stored before are all there, and a document whose ingestion the kill interrupted is wholly present or
// wholly absent.
#include "chromaserver.h"
#include "faulthelpers.h"
#include "headlessprocess.h"
#include "kissclient.h"

#include <QJsonDocument>
#include <QtTest>

using namespace aistack::test;

namespace {
const QByteArray kKey = "fault-chroma-key-0123456789-0123456789-0123456789-01";
constexpr int kRequestTimeoutMs = 30000;

const QByteArray kFerry =
    "Ferry timetable. The morning ferry to Gull Point departs at 07:40 from the harbour.";

// A long document: many chunks, so that its ingestion takes a while and spans the kill.
QByteArray longDocument()
{
    QByteArray text;
    for (int i = 0; i < 600; ++i)
        text += "Section " + QByteArray::number(i) + ". The keeper of lighthouse number " +
                QByteArray::number(i) +
                " logs the weather, the passing ships and the state of the lamp every evening.\n\n";
    return text;
}
} // namespace

class TstFaultChroma : public QObject
{
    Q_OBJECT

    ChromaServer m_chroma;
    HeadlessProcess m_app;

    QByteArray chromaCollectionsPath() const
    {
        return "/api/v2/tenants/default_tenant/databases/default_database/collections";
    }
    // The id of the collection whose name holds `part` (empty when there is none).
    QString collectionId(const QString &part) const
    {
        const HttpReply r = HttpClient::get(m_chroma.port(), chromaCollectionsPath());
        for (const QJsonValue &c : QJsonDocument::fromJson(r.body).array())
            if (c[QStringLiteral("name")].toString().contains(part))
                return c[QStringLiteral("id")].toString();
        return {};
    }
    // The chunks of one file in a collection, and the chunk count each of them says its document has.
    QList<int> chunkCounts(const QString &collection, const QString &fileName) const
    {
        HttpClient client(QStringLiteral("127.0.0.1"), m_chroma.port());
        const QByteArray body =
            "{\"where\":{\"file_name\":\"" + fileName.toUtf8() + "\"},\"include\":[\"metadatas\"]}";
        const HttpReply r =
            client.request("POST", chromaCollectionsPath() + "/" + collection.toUtf8() + "/get", body,
                           {{"Content-Type", "application/json"}});
        QList<int> counts;
        for (const QJsonValue &m : QJsonDocument::fromJson(r.body)[QStringLiteral("metadatas")].toArray())
            counts << m[QStringLiteral("document_chunks")].toInt();
        return counts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HeadlessProcess::binary().isEmpty(), "AISTACK_BINARY is not set");
        QString error;
        QVERIFY2(m_chroma.start(&error), qPrintable(error));
        m_app.setEnv(QStringLiteral("ACCESS_TOKEN_SECRET_KEY"), QString::fromLatin1(kKey));
        QVERIFY2(
            m_app.start("database:\n  sqlite:\n    db_path: app.db\nstack:\n  tools:\n    - name: notes\n"
                        "      role: Answer questions about the stored notes\n      kind: rag\n"
                        "      depth: 2\n  vector_db:\n    provider: chroma\n    kind: remote\n"
                        "    host: 127.0.0.1\n    port: " +
                        QByteArray::number(m_chroma.port()) + "\n    secure: false\n"),
            m_app.stderrText().constData());
    }

    void killedAndRestartedChromaIsA503ThenRecovers()
    {
        KissClient c(m_app.port());
        const KissClient::Session s = c.initialised(QStringLiteral("persistent"));
        QVERIFY(!s.token.isEmpty());
        HttpReply r =
            c.post("/documents", fileBody(QStringLiteral("ferry.txt"), kFerry), s.token, kRequestTimeoutMs);
        QCOMPARE(r.status, 200);
        const QByteArray question = queryBody(QStringLiteral("When does the morning ferry depart?"));
        r = c.post("/queries", question, s.token, kRequestTimeoutMs);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.contains("07:40"), r.body.constData());

        m_chroma.kill();
        r = c.post("/queries", question, s.token, kRequestTimeoutMs);
        QCOMPARE(r.status, 503);
        QVERIFY2(detailOf(r).startsWith(QLatin1String("Vector store unavailable")), r.body.constData());
        r = c.post("/documents", fileBody(QStringLiteral("more.txt"), "More notes."), s.token,
                   kRequestTimeoutMs);
        QCOMPARE(r.status, 503);
        QVERIFY2(detailOf(r).startsWith(QLatin1String("Vector store unavailable")), r.body.constData());
        // Lightspeed searches the same rag tool: its error shape, the same status.
        HttpClient lcs(QStringLiteral("127.0.0.1"), m_app.port());
        const QByteArray lcsQuestion = R"({"query":"When does the morning ferry depart?"})";
        r = lcs.request("POST", "/v1/query", lcsQuestion, {{"Content-Type", "application/json"}},
                        kRequestTimeoutMs);
        QCOMPARE(r.status, 503);
        const QJsonObject detail = QJsonDocument::fromJson(r.body)[QStringLiteral("detail")].toObject();
        QCOMPARE(detail[QStringLiteral("response")].toString(), QStringLiteral("Vector store unavailable"));
        QVERIFY2(detail[QStringLiteral("cause")].toString().startsWith(QLatin1String("notes: ")),
                 r.body.constData());
        QCOMPARE(HttpClient::get(m_app.port(), "/liveness").status, 200);

        QString error;
        QVERIFY2(m_chroma.startAgain(&error), qPrintable(error));
        // The same aistack process: the question finds the document stored before the kill.
        r = c.post("/queries", question, s.token, kRequestTimeoutMs);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.contains("07:40"), r.body.constData());
        r = c.post("/documents", fileBody(QStringLiteral("more.txt"), "More notes."), s.token,
                   kRequestTimeoutMs);
        QCOMPARE(r.status, 200);
        r = lcs.request("POST", "/v1/query", lcsQuestion, {{"Content-Type", "application/json"}},
                        kRequestTimeoutMs);
        QCOMPARE(r.status, 200);
    }

    void anInterruptedIngestionIsWhollyPresentOrAbsent()
    {
        KissClient c(m_app.port());
        const KissClient::Session s = c.initialised(QStringLiteral("persistent"));
        QVERIFY(!s.token.isEmpty());
        QCOMPARE(c.post("/documents", fileBody(QStringLiteral("ferry.txt"), kFerry), s.token).status, 200);
        const QString collection = collectionId(s.clientId);
        QVERIFY(!collection.isEmpty());

        // The upload runs on a thread of its own; Chroma dies as the first chunks of it arrive.
        const QByteArray upload = fileBody(QStringLiteral("keepers.txt"), longDocument());
        LoadLoop uploader(1, [&](int) {
            KissClient client(m_app.port());
            return client.post("/documents", upload, s.token, kRequestTimeoutMs);
        });
        QVERIFY(QTest::qWaitFor(
            [&]() { return !chunkCounts(collection, QStringLiteral("keepers.txt")).isEmpty(); }, 60000));
        m_chroma.kill();
        uploader.stop();
        for (const HttpReply &reply : uploader.replies())
            QVERIFY2(
                reply.status == 200 || reply.status == 503,
                qPrintable(QString::number(reply.status) + QLatin1Char(' ') + QString::fromUtf8(reply.body)));

        QString error;
        QVERIFY2(m_chroma.startAgain(&error), qPrintable(error));
        const QList<int> counts = chunkCounts(collection, QStringLiteral("keepers.txt"));
        QVERIFY2(counts.isEmpty() || counts.size() == counts.first(),
                 qPrintable(QStringLiteral("%1 of %2 chunks").arg(counts.size()).arg(counts.value(0))));
        QCOMPARE(chunkCounts(collection, QStringLiteral("ferry.txt")).size(), 1);
        // Uploading it again after the restart stores it whole.
        const HttpReply r = c.post("/documents", upload, s.token, kRequestTimeoutMs);
        QCOMPARE(r.status, 200);
        const QList<int> after = chunkCounts(collection, QStringLiteral("keepers.txt"));
        QVERIFY(!after.isEmpty());
        QCOMPARE(after.size(), after.first());
    }

    void cleanupTestCase() { QCOMPARE(m_app.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TstFaultChroma)
#include "tst_faultchroma.moc"
