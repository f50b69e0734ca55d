// The ingestion pipeline end to end with the builtin embedder: parse -> chunk -> embed -> store on worker
// threads, into the embedded store and into a real Chroma server; progress, failures, cancellation,
// replacement, and the retrieval result shapes the API layers send.
#include "chromaserver.h"
#include "fixtures.h"
#include "httpclient.h"
#include "llm/llmcall.h"
#include "llm/openai/openaiprovider.h"
#include "llm/providerregistry.h"
#include "metrics/metricsregistry.h"
#include "rag/ingest/ingestionpipeline.h"
#include "rag/retrieve/retriever.h"
#include "rag/store/chromastore.h"
#include "rag/store/embeddedstore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QThreadPool>
#include <QtTest>

using namespace aistack;

namespace {
struct Outcome
{
    QVector<IngestedFile> results;
    bool cancelled = false;
    QList<QList<QVariant>> progress;
    int fileSignals = 0;
    bool jobDeleted = false;
};

// The builtin embedder, answering each batch 40 ms late, so that a cancel can land in the middle of a job
// (the real embedder is too fast to catch). Only embeddings are offered.
class PacedEmbedder : public LlmProvider
{
public:
    explicit PacedEmbedder(std::shared_ptr<LlmProvider> inner) : m_inner(std::move(inner)) {}
    QString name() const override { return QStringLiteral("paced"); }
    QString defaultModel() const override { return m_inner->defaultModel(); }
    LlmCall *embed(const QStringList &texts, const QString &model) override
    {
        auto *call = new LlmCall(name(), model);
        QTimer::singleShot(40, call, [call, texts, model, inner = m_inner]() {
            LlmCall *real = inner->embed(texts, model);
            QObject::connect(real, &LlmCall::embeddingsFinished, call, &LlmCall::finishEmbeddings);
            QObject::connect(real, &LlmCall::failed, call, &LlmCall::fail);
        });
        return call;
    }
    LlmCall *chat(const ChatRequest &, bool) override { return unsupported(); }
    LlmCall *listModels() override { return unsupported(); }
    LlmCall *checkHealth() override { return unsupported(); }

private:
    LlmCall *unsupported()
    {
        auto *call = new LlmCall(name(), {});
        call->failLater(
            LlmError::make(LlmError::Kind::Unsupported, name(), QStringLiteral("embeddings only")));
        return call;
    }
    std::shared_ptr<LlmProvider> m_inner;
};

// Made once: QPdfWriter stamps the time, and the same document must have the same bytes.
QByteArray pdfFixture()
{
    static const QByteArray pdf = test::makePdf(
        {QStringLiteral("The boiler room is on the ground floor. Check the pressure gauge every "
                        "morning before opening the valves."),
         QStringLiteral("Our cafeteria serves lunch from noon until two. Vegetarian dishes and "
                        "fresh soup are offered every weekday."),
         QStringLiteral("Parking permits are issued by the front desk. Visitors park in the "
                        "north lot next to the bicycle racks.")});
    return pdf;
}
} // namespace

class TestIngestion : public QObject
{
    Q_OBJECT
private:
    MetricsRegistry m_metrics;
    QThreadPool m_providerPool;
    QThreadPool m_ingestPool;
    std::unique_ptr<ProviderRegistry> m_registry;
    test::ChromaServer m_chroma;
    int m_seq = 0;

    std::shared_ptr<VectorStore> openStore(const QString &kind)
    {
        if (kind == QLatin1String("chroma")) {
            ChromaSettings s;
            s.port = m_chroma.port();
            return std::make_shared<ChromaStore>(s);
        }
        QString error;
        return std::shared_ptr<VectorStore>(EmbeddedStore::open(QStringLiteral(":memory:"), &error));
    }

    IngestTarget target(std::shared_ptr<VectorStore> store)
    {
        IngestTarget t;
        t.store = std::move(store);
        t.collection = QStringLiteral("ingest-%1_collection").arg(++m_seq);
        t.embedder = m_registry->builtinEmbedder();
        t.chunking = {64, 8};
        t.embedBatch = 4;
        return t;
    }

    Outcome runJob(IngestionPipeline &pipeline, const QVector<IngestFile> &files, const IngestTarget &t,
                   bool cancelAfterFirstFile = false)
    {
        Outcome out;
        IngestJob *job = pipeline.ingest(files, t);
        QPointer<IngestJob> guard(job);
        connect(job, &IngestJob::progress, this,
                [&](const QString &f, int done, int total, int index, int count) {
                    out.progress.append({f, done, total, index, count});
                });
        connect(job, &IngestJob::fileFinished, this, [&, job](const IngestedFile &) {
            if (++out.fileSignals == 1 && cancelAfterFirstFile)
                job->cancel();
        });
        bool finished = false;
        connect(job, &IngestJob::finished, this, [&](const QVector<IngestedFile> &r, bool cancelled) {
            out.results = r;
            out.cancelled = cancelled;
            finished = true;
        });
        if (!QTest::qWaitFor([&]() { return finished; }, 120000))
            qFatal("ingestion did not finish");
        out.jobDeleted = QTest::qWaitFor([&]() { return guard.isNull(); }, 5000); // the job deletes itself
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_providerPool.setMaxThreadCount(2);
        m_ingestPool.setMaxThreadCount(2);
        m_registry =
            std::make_unique<ProviderRegistry>(&m_metrics, &m_providerPool, ProviderRegistry::Options{});
        QString error;
        QVERIFY2(m_chroma.start(&error), qPrintable(error));
    }

    void ingestAndRetrieve_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("embedded") << "embedded";
        QTest::newRow("chroma") << "chroma";
    }

    void ingestAndRetrieve()
    {
        QFETCH(QString, kind);
        IngestionPipeline pipeline(&m_ingestPool);
        const IngestTarget t = target(openStore(kind));
        QByteArray longText;
        for (int i = 0; i < 40; ++i)
            longText +=
                "Paragraph " + QByteArray::number(i) + " describes the night shift schedule in detail.\n\n";
        const QVector<IngestFile> files{
            {QStringLiteral("handbook.pdf"), pdfFixture(),
             QJsonObject{{QStringLiteral("team"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("facilities")}}}}},
            {QStringLiteral("broken.pdf"), QByteArray("%PDF-1.7 this is not really a pdf"), {}},
            {QStringLiteral("shifts.txt"), longText, {}}};
        const Outcome out = runJob(pipeline, files, t);
        QVERIFY(!out.cancelled);
        QVERIFY(out.jobDeleted);
        QCOMPARE(out.results.size(), 3);
        QCOMPARE(out.fileSignals, 3);
        QVERIFY2(out.results[0].stored, qPrintable(out.results[0].error));
        QCOMPARE(out.results[0].chunkIds.size(), 3); // one chunk per page
        QVERIFY(!out.results[1].stored);
        QVERIFY2(out.results[1].error.startsWith(QStringLiteral("broken.pdf: ")),
                 qPrintable(out.results[1].error));
        QVERIFY(out.results[2].stored);
        QVERIFY(out.results[2].chunkIds.size() > 3);
        // Progress: per file, chunks done grow to the total.
        const auto last = out.progress.last();
        QCOMPARE(last[0].toString(), QStringLiteral("shifts.txt"));
        QCOMPARE(last[1].toInt(), last[2].toInt());
        QCOMPARE(last[3].toInt(), 2);
        QCOMPARE(last[4].toInt(), 3);
        int previous = -1;
        for (const auto &p : out.progress) {
            if (p[0].toString() != QLatin1String("shifts.txt"))
                continue;
            QVERIFY(p[1].toInt() >= previous);
            previous = p[1].toInt();
        }
        QString error;
        QCOMPARE(t.store->count(t.collection, &error),
                 out.results[0].chunkIds.size() + out.results[2].chunkIds.size());

        // A paraphrase of page 2 (no shared content words but "lunch") finds page 2 first.
        Retriever retriever(t.store, t.embedder);
        const auto result = retriever.retrieve(
            t.collection, QStringLiteral("When can I get a meal at midday?"), 3, SearchMode::Hybrid, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->hits.size(), 3);
        QCOMPARE(result->hits[0].metadata.value(QStringLiteral("page")).toInt(), 2);
        QCOMPARE(result->hits[0].metadata.value(QStringLiteral("team.name")).toString(),
                 QStringLiteral("facilities"));
        const QJsonObject shape = result->chromaShape();
        for (const char *key : {"ids", "documents", "metadatas", "distances"}) {
            const QJsonArray outer = shape.value(QLatin1String(key)).toArray();
            QCOMPARE(outer.size(), 1);
            QCOMPARE(outer[0].toArray().size(), 3);
        }
        const QJsonArray distances = shape.value(QStringLiteral("distances")).toArray()[0].toArray();
        QVERIFY(distances[0].isDouble());
        QVERIFY(distances[0].toDouble() >= 0 && distances[0].toDouble() < 2);
        QCOMPARE(shape.value(QStringLiteral("documents")).toArray()[0].toArray()[0].toString(),
                 result->hits[0].text);
        const QVector<SourceRef> sources = result->sources();
        QCOMPARE(sources[0].fileName, QStringLiteral("handbook.pdf"));
        QCOMPARE(sources[0].page, 2);
        QVERIFY(sources[0].snippet.startsWith(QStringLiteral("Our cafeteria serves lunch")));
        const QVector<ContextPassage> passages = result->passages();
        QCOMPARE(passages[0].source, QStringLiteral("handbook.pdf"));
        QCOMPARE(passages[0].page, 2);

        // The same bytes again (another name): replaced, not duplicated.
        const qint64 before = t.store->count(t.collection, &error);
        const Outcome again = runJob(pipeline, {{QStringLiteral("handbook-copy.pdf"), pdfFixture(), {}}}, t);
        QVERIFY(again.results[0].stored);
        QVERIFY(again.results[0].replaced);
        QCOMPARE(again.results[0].documentId, out.results[0].documentId);
        QCOMPARE(t.store->count(t.collection, &error), before);
        QCOMPARE(t.store->documents(t.collection, &error)->size(), 2);
    }

    void cancelStopsBetweenWholeDocuments()
    {
        IngestionPipeline pipeline(&m_ingestPool);
        IngestTarget t = target(openStore(QStringLiteral("embedded")));
        t.embedder = std::make_shared<PacedEmbedder>(t.embedder);
        QVector<IngestFile> files;
        for (int f = 0; f < 30; ++f) {
            QByteArray text;
            for (int i = 0; i < 60; ++i)
                text += "File " + QByteArray::number(f) + " line " + QByteArray::number(i) +
                        " about storage.\n\n";
            files.push_back({QStringLiteral("file%1.txt").arg(f), text, {}});
        }
        const Outcome out = runJob(pipeline, files, t, true);
        QVERIFY(out.cancelled);
        int stored = 0;
        qint64 storedChunks = 0;
        for (const IngestedFile &r : out.results) {
            if (r.stored) {
                ++stored;
                storedChunks += r.chunkIds.size();
            } else {
                QVERIFY2(r.error.contains(QStringLiteral("cancelled")), qPrintable(r.error));
            }
        }
        QVERIFY(stored >= 1);
        QVERIFY2(stored < 30, "the job stopped early");
        QString error;
        QCOMPARE(t.store->count(t.collection, &error), storedChunks); // no half-stored document
        QCOMPARE(t.store->documents(t.collection, &error)->size(), stored);
    }

    void deadEmbedderStoresNothing()
    {
        IngestionPipeline pipeline(&m_ingestPool);
        IngestTarget t = target(openStore(QStringLiteral("embedded")));
        OpenAiSettings s;
        s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(test::freeLoopbackPort()));
        s.model = QStringLiteral("nothing-listens");
        s.policy.maxRetries = 0;
        t.embedder = std::make_shared<OpenAiProvider>(s);
        const Outcome out =
            runJob(pipeline, {{QStringLiteral("notes.md"), QByteArray("# Notes\n\nSome text."), {}}}, t);
        QVERIFY(!out.results[0].stored);
        QVERIFY2(out.results[0].error.startsWith(QStringLiteral("notes.md: embedding failed")),
                 qPrintable(out.results[0].error));
        QString error;
        QCOMPARE(t.store->count(t.collection, &error), 0);
    }
};

QTEST_MAIN(TestIngestion)
#include "tst_ingestion.moc"
