// Retrieval figures.
//   ragbench ingest MB              parse + chunk + BM25 index (MB/s); builtin embedder end to end (chunks/s)
//   ragbench query CHUNKS QUERIES   hybrid / vector / keyword top-10 latency over an embedded store
//   ragbench chroma PORT CHUNKS     the same vectors into the embedded store and a Chroma server: add and
//   query
//   ragbench ranking QUERIES        which passage comes first: retrieval's order (what referenced_documents and
//                                   the sources list show first) against the passage the extractive answer
//                                   quotes first, on questions made from known sentences of real documents
//   ragbench write DIR MB           writes the ingest corpus (1 MB files of real text) to a folder
//   ragbench folder DIR             the pipeline alone (builtin embedder, a fresh embedded store) over every file
//                                   of a folder: the reference for the product's ingestion figures
#include "benchcorpus.h"
#include "common/stopwords.h"
#include "llm/extractiveanswer.h"
#include "llm/llmcall.h"
#include "llm/providerregistry.h"
#include "metrics/metricsregistry.h"
#include "rag/ingest/blockingembed.h"
#include "rag/ingest/ingestionpipeline.h"
#include "rag/retrieve/retriever.h"
#include "rag/store/chromastore.h"
#include "rag/store/embeddedstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThreadPool>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace aistack;

namespace {
double percentile(QVector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())))];
}

// Vectors of one float: the pipeline without the cost of embedding.
class PlaceholderEmbedder : public LlmProvider
{
public:
    QString name() const override { return QStringLiteral("placeholder"); }
    QString defaultModel() const override { return QStringLiteral("placeholder"); }
    LlmCall *embed(const QStringList &texts, const QString &) override
    {
        auto *call = new LlmCall(name(), defaultModel());
        EmbeddingResult r;
        r.vectors = QVector<QVector<float>>(texts.size(), QVector<float>{1.0f});
        call->later([call, r]() { call->finishEmbeddings(r); });
        return call;
    }
    LlmCall *chat(const ChatRequest &, bool) override { return nullptr; }
    LlmCall *listModels() override { return nullptr; }
    LlmCall *checkHealth() override { return nullptr; }
};

struct Context
{
    MetricsRegistry metrics;
    QThreadPool pool;
    std::unique_ptr<ProviderRegistry> registry;
    Context() { registry = std::make_unique<ProviderRegistry>(&metrics, &pool, ProviderRegistry::Options{}); }
};

QVector<IngestFile> corpusFiles(BenchCorpus &corpus, int count, qsizetype bytesEach)
{
    QVector<IngestFile> files;
    for (int i = 0; i < count; ++i)
        files.push_back({QStringLiteral("doc%1.txt").arg(i), corpus.text(bytesEach), {}});
    return files;
}

int ingest(double megabytes)
{
    Context ctx;
    BenchCorpus corpus;
    QTemporaryDir dir;
    const int files = std::max(1, int(megabytes));
    QVector<IngestFile> input;
    const QVector<QByteArray> texts = BenchCorpus::realText(files, 1024 * 1024);
    for (int i = 0; i < texts.size(); ++i)
        input.push_back({QStringLiteral("licences%1.txt").arg(i), texts[i], {}});
    qint64 bytes = 0;
    for (const IngestFile &f : input)
        bytes += f.bytes.size();

    // 1. Parse + chunk + BM25 (FTS5) index through the pipeline, with a one-float placeholder for the
    // vectors.
    QString error;
    QThreadPool writer;
    IngestTarget bm25;
    bm25.store =
        std::shared_ptr<VectorStore>(EmbeddedStore::open(dir.filePath(QStringLiteral("bm25.db")), &error));
    bm25.collection = QStringLiteral("bench_collection");
    bm25.embedder = std::make_shared<PlaceholderEmbedder>();
    bm25.embedBatch = 1 << 20;
    QElapsedTimer t;
    t.start();
    qint64 chunks = 0;
    for (const IngestedFile &r : IngestionPipeline::run(input, bm25, nullptr, {}, {}, &writer))
        chunks += r.chunkIds.size();
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    std::printf("parse+chunk+BM25 index: %.1f MB in %.2f s = %.1f MB/s (%lld chunks of <=512 tokens)\n",
                double(bytes) / 1e6, seconds, double(bytes) / 1e6 / seconds, chunks);

    // 2. The whole pipeline with the builtin embedder into a fresh embedded store file.
    IngestTarget target;
    target.store =
        std::shared_ptr<VectorStore>(EmbeddedStore::open(dir.filePath(QStringLiteral("full.db")), &error));
    target.collection = QStringLiteral("bench_collection");
    target.embedder = ctx.registry->builtinEmbedder();
    t.restart();
    const auto results = IngestionPipeline::run(input, target, nullptr, {}, {}, &writer);
    const double full = double(t.nsecsElapsed()) / 1e9;
    qint64 stored = 0;
    for (const IngestedFile &r : results)
        stored += r.chunkIds.size();
    std::printf("builtin embedder end to end: %lld chunks in %.2f s = %.0f chunks/s (%.1f MB/s)\n", stored,
                full, double(stored) / full, double(bytes) / 1e6 / full);
    return 0;
}

// Fills an embedded store with about `chunks` chunks of the default size, vectors from the builtin embedder.
std::shared_ptr<VectorStore> filledStore(Context &ctx, BenchCorpus &corpus, const QString &path, int chunks,
                                         ChunkerSettings chunking)
{
    QString error;
    std::shared_ptr<VectorStore> store(EmbeddedStore::open(path, &error));
    IngestTarget target;
    target.store = store;
    target.collection = QStringLiteral("bench_collection");
    target.embedder = ctx.registry->builtinEmbedder();
    target.chunking = chunking;
    qint64 have = 0;
    QElapsedTimer t;
    t.start();
    while (have < chunks) {
        const auto results =
            IngestionPipeline::run(corpusFiles(corpus, 20, 200 * 1024), target, nullptr, {}, {});
        for (const IngestedFile &r : results)
            have += r.chunkIds.size();
    }
    std::printf("store: %lld chunks (%d-token windows) built in %.1f s\n", have, chunking.size,
                double(t.elapsed()) / 1000);
    return store;
}

int query(int chunks, int queries)
{
    Context ctx;
    BenchCorpus corpus;
    QTemporaryDir dir;
    auto store =
        filledStore(ctx, corpus, dir.filePath(QStringLiteral("query.db")), chunks, ChunkerSettings{});
    Retriever retriever(store, ctx.registry->builtinEmbedder());
    QString error;
    retriever.retrieve(QStringLiteral("bench_collection"), corpus.question(), 10, SearchMode::Hybrid,
                       &error); // load
    for (auto [mode, name] :
         {std::pair{SearchMode::Hybrid, "hybrid"}, std::pair{SearchMode::Vector, "vector"},
          std::pair{SearchMode::Keyword, "keyword"}}) {
        QVector<double> ms;
        for (int i = 0; i < queries; ++i) {
            const QString q = corpus.question();
            QElapsedTimer t;
            t.start();
            const auto r = retriever.retrieve(QStringLiteral("bench_collection"), q, 10, mode, &error);
            ms << double(t.nsecsElapsed()) / 1e6;
            if (!r)
                qFatal("%s", qPrintable(error));
        }
        std::printf("%-7s top-10 over %d chunks: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d queries, question "
                    "embedding included)\n",
                    name, int(store->count(QStringLiteral("bench_collection"), &error)), percentile(ms, 0.5),
                    percentile(ms, 0.99), percentile(ms, 1.0), queries);
    }
    return 0;
}

int chroma(int port, int chunks)
{
    Context ctx;
    BenchCorpus corpus;
    QTemporaryDir dir;
    // One set of documents with their vectors, then the same adds and queries on both stores.
    QVector<PreparedDocument> docs;
    qint64 total = 0;
    auto embedder = ctx.registry->builtinEmbedder();
    QString error;
    while (total < chunks) {
        PreparedDocument d = prepareDocument(
            {QStringLiteral("doc%1.txt").arg(docs.size()), corpus.text(40 * 1024), {}}, ChunkerSettings{});
        QStringList texts;
        for (const StoredChunk &c : d.chunks)
            texts << c.text;
        const auto vectors = embedAndWait(*embedder, texts, {}, nullptr, &error);
        for (int i = 0; i < d.chunks.size(); ++i)
            d.chunks[i].vector = (*vectors)[i];
        total += d.chunks.size();
        docs << d;
    }
    QVector<StoreQuery> queries;
    for (int i = 0; i < 300; ++i) {
        StoreQuery q;
        q.text = corpus.question();
        q.vector = embedAndWait(*embedder, {q.text}, {}, nullptr, &error)->first();
        q.k = 10;
        q.mode = SearchMode::Vector;
        queries << q;
    }
    ChromaSettings settings;
    settings.port = port;
    const std::shared_ptr<VectorStore> stores[] = {
        std::shared_ptr<VectorStore>(EmbeddedStore::open(dir.filePath(QStringLiteral("cmp.db")), &error)),
        std::make_shared<ChromaStore>(settings)};
    double addRate[2] = {0, 0};
    double queryP50[2] = {0, 0};
    for (int s = 0; s < 2; ++s) {
        const auto &store = stores[s];
        QElapsedTimer t;
        t.start();
        for (const PreparedDocument &d : std::as_const(docs)) {
            if (!store->addDocument(QStringLiteral("compare_collection"), d.record, d.chunks, &error))
                qFatal("%s: %s", qPrintable(store->kind()), qPrintable(error));
        }
        addRate[s] = double(total) / (double(t.nsecsElapsed()) / 1e9);
        QVector<double> ms;
        for (const StoreQuery &q : std::as_const(queries)) {
            QElapsedTimer qt;
            qt.start();
            if (!store->query(QStringLiteral("compare_collection"), q, &error))
                qFatal("%s", qPrintable(error));
            ms << double(qt.nsecsElapsed()) / 1e6;
        }
        queryP50[s] = percentile(ms, 0.5);
        std::printf("%-8s add %lld chunks: %.0f chunks/s; vector top-10: p50 %.2f ms, p99 %.2f ms\n",
                    qPrintable(store->kind()), total, addRate[s], queryP50[s], percentile(ms, 0.99));
    }
    std::printf("embedded / chroma: add throughput x%.1f, query latency x%.1f faster\n",
                addRate[0] / addRate[1], queryP50[1] / queryP50[0]);
    return 0;
}
} // namespace

// The pipeline alone over a folder's files, read from disk as the product reads them.
int folder(const QString &dir)
{
    Context ctx;
    QTemporaryDir work;
    QVector<IngestFile> input;
    qint64 bytes = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    for (const QString &p : std::as_const(paths)) {
        input.push_back({QFileInfo(p).fileName(), {}, {}, p});
        bytes += QFileInfo(p).size();
    }
    QString error;
    QThreadPool writer;
    IngestTarget target;
    target.store =
        std::shared_ptr<VectorStore>(EmbeddedStore::open(work.filePath(QStringLiteral("folder.db")), &error));
    target.collection = QStringLiteral("bench_collection");
    target.embedder = ctx.registry->builtinEmbedder();
    QElapsedTimer t;
    t.start();
    qint64 chunks = 0;
    int stored = 0;
    for (const IngestedFile &r : IngestionPipeline::run(input, target, nullptr, {}, {}, &writer)) {
        chunks += r.chunkIds.size();
        stored += r.stored ? 1 : 0;
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    std::printf("pipeline alone: %d files (%d stored), %.1f MB, %lld chunks in %.2f s = %.0f chunks/s, %.0f files/s\n",
                int(input.size()), stored, double(bytes) / 1e6, chunks, seconds, double(chunks) / seconds,
                double(input.size()) / seconds);
    return 0;
}

// Questions made from a sentence of a document: five of its content words, in order. The right passage is a
// chunk holding that sentence.
struct RankingQuestion
{
    QString question;
    QString sentence; // simplified
};

QVector<RankingQuestion> rankingQuestions(const QVector<QByteArray> &docs, int count)
{
    QRandomGenerator random(7);
    const QSet<QString> stop(englishStopWords().cbegin(), englishStopWords().cend());
    QVector<RankingQuestion> out;
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+"));
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    int guard = 0;
    while (out.size() < count && ++guard < count * 200) {
        const QString text = QString::fromUtf8(docs[random.bounded(int(docs.size()))]);
        const QStringList sentences = text.split(sentenceEnd, Qt::SkipEmptyParts);
        if (sentences.isEmpty())
            continue;
        const QString sentence = sentences[random.bounded(int(sentences.size()))].simplified();
        if (sentence.size() > 300)
            continue;
        QStringList content;
        for (const QString &w : sentence.split(nonWord, Qt::SkipEmptyParts))
            if (w.size() > 2 && !stop.contains(w.toLower()) && !w.front().isDigit())
                content << w.toLower();
        content.removeDuplicates();
        if (content.size() < 7)
            continue;
        QStringList picked;
        const int start = random.bounded(int(content.size()) - 4);
        for (int i = start; i < start + 5; ++i)
            picked << content[i];
        out.push_back({picked.join(QLatin1Char(' ')) + QLatin1Char('?'), sentence});
    }
    return out;
}

// The index of the passage the extractive answer quotes first (the API's first cited source), or -1.
int firstQuoted(const QString &answer, const QVector<StoreHit> &hits)
{
    for (const QString &line : answer.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("> ")))
            continue;
        const QString quote = line.mid(2).simplified();
        for (int i = 0; i < hits.size(); ++i)
            if (hits[i].text.simplified().contains(quote))
                return i;
        return -1;
    }
    return -1;
}

int ranking(int queries)
{
    Context ctx;
    QTemporaryDir dir;
    // Real documents: each of Debian's licence and copyright texts is one document.
    QVector<QByteArray> docs;
    QStringList paths;
    for (const QFileInfo &f : QDir(QStringLiteral("/usr/share/common-licenses")).entryInfoList(QDir::Files, QDir::Name))
        paths << f.absoluteFilePath();
    for (const QFileInfo &d : QDir(QStringLiteral("/usr/share/doc")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        paths << d.absoluteFilePath() + QStringLiteral("/copyright");
    QSet<QByteArray> seen;
    QVector<IngestFile> input;
    for (const QString &p : std::as_const(paths)) {
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (bytes.size() < 200 || seen.contains(bytes))
            continue;
        seen.insert(bytes);
        docs << bytes;
        input.push_back({QStringLiteral("doc%1.txt").arg(input.size()), bytes, {}});
    }
    QString error;
    IngestTarget target;
    target.store = std::shared_ptr<VectorStore>(EmbeddedStore::open(dir.filePath(QStringLiteral("r.db")), &error));
    target.collection = QStringLiteral("ranking");
    target.embedder = ctx.registry->builtinEmbedder();
    QThreadPool writer;
    IngestionPipeline::run(input, target, nullptr, {}, {}, &writer);
    const QVector<RankingQuestion> questions = rankingQuestions(docs, queries);

    const Retriever retriever(target.store, target.embedder);
    int storeRight = 0, finalRight = 0, answerRight = 0, disagreeBefore = 0, disagreeAfter = 0, answered = 0;
    qint64 storeNs = 0, retrieverNs = 0;
    QElapsedTimer timer;
    for (const RankingQuestion &q : questions) {
        // The store's own order (reciprocal rank fusion of the vector and keyword rankings).
        StoreQuery sq;
        sq.text = q.question;
        sq.vector = embedAndWait(*target.embedder, {q.question}, {}, nullptr, &error)->first();
        sq.k = 4;
        timer.start();
        const auto raw = target.store->query(target.collection, sq, &error);
        storeNs += timer.nsecsElapsed();
        // What the product hands on: the retriever's order.
        timer.start();
        const auto result = retriever.retrieve(target.collection, q.question, 4, SearchMode::Hybrid, &error);
        retrieverNs += timer.nsecsElapsed();
        if (!raw || raw->isEmpty() || !result || result->hits.isEmpty())
            continue;
        ++answered;
        const auto right = [&q](const StoreHit &h) { return h.text.simplified().contains(q.sentence); };
        storeRight += right(raw->first()) ? 1 : 0;
        finalRight += right(result->hits.first()) ? 1 : 0;
        RetrievalResult before;
        before.hits = *raw;
        const int quotedBefore = firstQuoted(extractiveAnswer(q.question, before.passages()), *raw);
        const int quotedAfter = firstQuoted(extractiveAnswer(q.question, result->passages()), result->hits);
        if (quotedBefore >= 0 && right((*raw)[quotedBefore]))
            ++answerRight;
        // referenced_documents' first entry is the first passage's document.
        if (quotedBefore >= 0 && (*raw)[quotedBefore].documentId != raw->first().documentId)
            ++disagreeBefore;
        if (quotedAfter >= 0 && result->hits[quotedAfter].documentId != result->hits.first().documentId)
            ++disagreeAfter;
    }
    const auto pct = [answered](int n) { return answered ? 100.0 * n / answered : 0.0; };
    std::printf("ranking: %d documents, %d questions made from their sentences\n", int(docs.size()), answered);
    std::printf("  first passage holds the sentence: store order (rank fusion) %.1f %%, the extractive answer's "
                "first quote %.1f %%, retriever order %.1f %%\n",
                pct(storeRight), pct(answerRight), pct(finalRight));
    std::printf("  the answer's first quote is from another document than the first reference: %.1f %% with the "
                "store order, %.1f %% with the retriever order\n",
                pct(disagreeBefore), pct(disagreeAfter));
    std::printf("  time per question: the store's top 4 %.0f us; the retriever (embedding, the store's top 20, "
                "re-ranked) %.0f us\n",
                double(storeNs) / 1000.0 / std::max(1, answered), double(retrieverNs) / 1000.0 / std::max(1, answered));
    return 0;
}

int write(const QString &dir, double megabytes)
{
    QDir().mkpath(dir);
    const QVector<QByteArray> texts = BenchCorpus::realText(std::max(1, int(megabytes)), 1024 * 1024);
    for (int i = 0; i < texts.size(); ++i) {
        QFile f(QStringLiteral("%1/licences%2.txt").arg(dir).arg(i));
        if (!f.open(QIODevice::WriteOnly) || f.write(texts[i]) != texts[i].size())
            return 1;
    }
    std::printf("%d files in %s\n", int(texts.size()), qPrintable(dir));
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() >= 3 && a[1] == QLatin1String("ingest"))
        return ingest(a[2].toDouble());
    if (a.size() >= 4 && a[1] == QLatin1String("query"))
        return query(a[2].toInt(), a[3].toInt());
    if (a.size() >= 4 && a[1] == QLatin1String("chroma"))
        return chroma(a[2].toInt(), a[3].toInt());
    if (a.size() >= 3 && a[1] == QLatin1String("folder"))
        return folder(a[2]);
    if (a.size() >= 3 && a[1] == QLatin1String("ranking"))
        return ranking(a[2].toInt());
    if (a.size() >= 4 && a[1] == QLatin1String("write"))
        return write(a[2], a[3].toDouble());
    std::fprintf(stderr, "usage: ragbench ingest MB | query CHUNKS QUERIES | chroma PORT CHUNKS | folder DIR | write DIR MB | ranking QUERIES\n");
    return 2;
}
