// One suite, run against every store: the embedded store in a SQLite file and in memory, and a real
// Chroma 1.0 server started by the test on a free loopback port.
#include "chromaserver.h"
#include "httpclient.h"
#include "rag/store/chromastore.h"
#include "rag/store/collectionname.h"
#include "rag/store/embeddedstore.h"
#include "rag/store/storefactory.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>
#include <cmath>

using namespace aistack;

namespace {
constexpr int kDims = 8;

QVector<float> unit(int axis, float tilt = 0)
{
    QVector<float> v(kDims, 0.0f);
    v[axis % kDims] = 1.0f;
    v[(axis + 1) % kDims] = tilt;
    const float n = std::sqrt(1.0f + tilt * tilt);
    for (float &x : v)
        x /= n;
    return v;
}

DocumentRecord record(const QString &id, const QString &file, int chunks)
{
    DocumentRecord d;
    d.id = id;
    d.fileName = file;
    d.contentHash = id + QStringLiteral("-hash");
    d.chunkCount = chunks;
    d.bytes = 1000;
    return d;
}

StoredChunk chunk(const QString &doc, int index, const QString &text, QVector<float> vector)
{
    StoredChunk c;
    c.id = doc + QLatin1Char('-') + QString::number(index);
    c.text = text;
    c.vector = std::move(vector);
    c.metadata = QJsonObject{{QStringLiteral("document_id"), doc},
                             {QStringLiteral("file_name"), QString(doc + QStringLiteral(".txt"))},
                             {QStringLiteral("chunk_index"), index},
                             {QStringLiteral("page"), index + 1},
                             {QStringLiteral("reviewed"), true},
                             {QStringLiteral("score"), 0.25}};
    return c;
}

QVector<StoredChunk> docA()
{
    return {chunk(QStringLiteral("A"), 0, QStringLiteral("Pumps move water uphill."), unit(0)),
            chunk(QStringLiteral("A"), 1, QStringLiteral("Valves stop the flow."), unit(1)),
            chunk(QStringLiteral("A"), 2, QStringLiteral("Pipes carry the zephyrite coolant."), unit(2))};
}

QVector<StoredChunk> docB()
{
    return {chunk(QStringLiteral("B"), 0, QStringLiteral("Birds fly south."), unit(4)),
            chunk(QStringLiteral("B"), 1, QStringLiteral("Fish swim upstream."), unit(5))};
}

bool addA(VectorStore &store, const QString &col, QString *error, bool *replaced = nullptr)
{
    return store.addDocument(col, record(QStringLiteral("A"), QStringLiteral("A.txt"), 3), docA(), error,
                             replaced);
}

bool addB(VectorStore &store, const QString &col, QString *error)
{
    return store.addDocument(col, record(QStringLiteral("B"), QStringLiteral("B.txt"), 2), docB(), error);
}

StoreQuery near(int axis, int k, float tilt = 0.1f)
{
    StoreQuery q;
    q.vector = unit(axis, tilt);
    q.k = k;
    q.mode = SearchMode::Vector;
    return q;
}
} // namespace

class TestVectorStores : public QObject
{
    Q_OBJECT
private:
    test::ChromaServer m_chroma;
    QTemporaryDir m_dir;
    int m_collectionSeq = 0;

    std::shared_ptr<VectorStore> openStore(const QString &kind)
    {
        QString error;
        if (kind == QLatin1String("chroma")) {
            ChromaSettings s;
            s.port = m_chroma.port();
            return std::make_shared<ChromaStore>(s);
        }
        const QString path = kind == QLatin1String("memory") ? QStringLiteral(":memory:")
                                                             : m_dir.filePath(QStringLiteral("vectors.db"));
        std::shared_ptr<VectorStore> store = EmbeddedStore::open(path, &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

    QString freshCollection()
    {
        return collectionName(QStringLiteral("owner%1").arg(++m_collectionSeq), QStringLiteral("docs"));
    }

    void addStores()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("embedded file") << "file";
        QTest::newRow("embedded memory") << "memory";
        QTest::newRow("chroma") << "chroma";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_chroma.start(&error), qPrintable(error));
    }

    void addQueryCount_data() { addStores(); }
    void addQueryCount()
    {
        QFETCH(QString, kind);
        auto store = openStore(kind);
        QVERIFY(store);
        const QString col = freshCollection();
        QString error;
        bool replaced = true;
        QVERIFY2(store->addDocument(col, record(QStringLiteral("A"), QStringLiteral("A.txt"), 3), docA(),
                                    &error, &replaced),
                 qPrintable(error));
        QVERIFY(!replaced);
        QVERIFY2(addB(*store, col, &error), qPrintable(error));
        QCOMPARE(store->count(col, &error), 5);

        const auto hits = store->query(col, near(1, 3), &error);
        QVERIFY2(hits, qPrintable(error));
        QCOMPARE(hits->size(), 3);
        QCOMPARE(hits->at(0).id, QStringLiteral("A-1"));
        QCOMPARE(hits->at(0).documentId, QStringLiteral("A"));
        QCOMPARE(hits->at(0).text, QStringLiteral("Valves stop the flow."));
        QCOMPARE(hits->at(1).id, QStringLiteral("A-2")); // the tilt points at axis 2
        const double expected = 2.0 - 2.0 * (1.0 / std::sqrt(1.01));
        QVERIFY2(std::abs(hits->at(0).distance - expected) < 1e-4,
                 qPrintable(QString::number(hits->at(0).distance)));
        QVERIFY(hits->at(0).distance <= hits->at(1).distance && hits->at(1).distance <= hits->at(2).distance);
        const QJsonObject m = hits->at(0).metadata;
        QCOMPARE(m.value(QStringLiteral("page")).toInt(), 2);
        QCOMPARE(m.value(QStringLiteral("reviewed")).toBool(), true);
        QCOMPARE(m.value(QStringLiteral("score")).toDouble(), 0.25);
        QCOMPARE(m.value(QStringLiteral("file_name")).toString(), QStringLiteral("A.txt"));

        const auto docs = store->documents(col, &error);
        QVERIFY2(docs, qPrintable(error));
        QCOMPARE(docs->size(), 2);
        QCOMPARE(docs->at(0).id, QStringLiteral("B")); // newest first
        QCOMPARE(docs->at(1).chunkCount, 3);
        QCOMPARE(docs->at(1).fileName, QStringLiteral("A.txt"));
    }

    void replaceSameDocument_data() { addStores(); }
    void replaceSameDocument()
    {
        QFETCH(QString, kind);
        auto store = openStore(kind);
        const QString col = freshCollection();
        QString error;
        QVERIFY(addA(*store, col, &error));
        QVector<StoredChunk> shorter = docA().mid(0, 2);
        shorter[0].text = QStringLiteral("Pumps now move oil.");
        bool replaced = false;
        QVERIFY2(store->addDocument(col, record(QStringLiteral("A"), QStringLiteral("A-v2.txt"), 2), shorter,
                                    &error, &replaced),
                 qPrintable(error));
        QVERIFY(replaced);
        QCOMPARE(store->count(col, &error), 2);
        const auto hits = store->query(col, near(2, 5, 0), &error);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        for (const StoreHit &h : *hits)
            QVERIFY2(h.id != QStringLiteral("A-2"), "the old version's extra chunk is gone");
        const auto top = store->query(col, near(0, 1, 0), &error);
        QCOMPARE(top->at(0).text, QStringLiteral("Pumps now move oil."));
        const auto docs = store->documents(col, &error);
        QCOMPARE(docs->size(), 1);
        QCOMPARE(docs->at(0).chunkCount, 2);
        QCOMPARE(docs->at(0).fileName, QStringLiteral("A-v2.txt"));
    }

    void deleteAndDrop_data() { addStores(); }
    void deleteAndDrop()
    {
        QFETCH(QString, kind);
        auto store = openStore(kind);
        const QString col = freshCollection();
        QString error;
        QVERIFY(addA(*store, col, &error));
        QVERIFY(addB(*store, col, &error));
        QVERIFY2(store->deleteDocument(col, QStringLiteral("A"), &error), qPrintable(error));
        QCOMPARE(store->count(col, &error), 2);
        QVERIFY2(store->deleteDocument(col, QStringLiteral("A"), &error), "deleting twice is fine");
        const auto hits = store->query(col, near(0, 5), &error);
        QCOMPARE(hits->size(), 2);
        QVERIFY(hits->at(0).id.startsWith(QLatin1Char('B')));
        QVERIFY2(store->dropCollection(col, &error), qPrintable(error));
        QCOMPARE(store->count(col, &error), 0);
        QVERIFY(store->documents(col, &error)->isEmpty());
        QVERIFY2(store->dropCollection(col, &error), "dropping a missing collection is fine");
        // The name can be used again.
        QVERIFY2(addB(*store, col, &error), qPrintable(error));
        QCOMPARE(store->count(col, &error), 2);
    }

    void unknownCollectionIsEmpty_data() { addStores(); }
    void unknownCollectionIsEmpty()
    {
        QFETCH(QString, kind);
        auto store = openStore(kind);
        QString error;
        const QString col = freshCollection();
        const auto hits = store->query(col, near(0, 3), &error);
        QVERIFY2(hits, qPrintable(error));
        QVERIFY(hits->isEmpty());
        QCOMPARE(store->count(col, &error), 0);
        QVERIFY(store->deleteDocument(col, QStringLiteral("nothing"), &error));
        QVERIFY(store->ping(&error));
    }

    void collectionsAreSeparate_data() { addStores(); }
    void collectionsAreSeparate()
    {
        QFETCH(QString, kind);
        auto store = openStore(kind);
        QString error;
        const QString one = freshCollection();
        const QString two = freshCollection();
        QVERIFY(addA(*store, one, &error));
        QVERIFY(addB(*store, two, &error));
        const auto hits = store->query(one, near(4, 10), &error);
        QCOMPARE(hits->size(), 3);
        for (const StoreHit &h : *hits)
            QCOMPARE(h.documentId, QStringLiteral("A"));
        QCOMPARE(store->count(two, &error), 2);
    }

    void wrongDimensionsRefused_data() { addStores(); }
    void wrongDimensionsRefused()
    {
        QFETCH(QString, kind);
        auto store = openStore(kind);
        QString error;
        const QString col = freshCollection();
        QVERIFY(addA(*store, col, &error));
        StoredChunk small = chunk(QStringLiteral("C"), 0, QStringLiteral("tiny"), QVector<float>{1, 0, 0});
        QVERIFY(!store->addDocument(col, record(QStringLiteral("C"), QStringLiteral("C.txt"), 1), {small},
                                    &error));
        QVERIFY2(error.contains(QLatin1String("dimension")), qPrintable(error));
        QCOMPARE(store->count(col, &error), 3);
    }

    void anyToolNameMakesAValidCollection_data() { addStores(); }
    void anyToolNameMakesAValidCollection()
    {
        QFETCH(QString, kind);
        auto store = openStore(kind);
        const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9._-]{1,61}[a-zA-Z0-9]$"));
        const QString owner = QStringLiteral("3f1c2a9e-77b0-4c55-9d1e-0a4b2c6d8e10");
        const QStringList tools{
            QStringLiteral("documents"),
            QStringLiteral("a tool name with spaces, ünïcode and far more than sixty-three characters"),
            QStringLiteral("_x_")};
        QSet<QString> names;
        for (const QString &tool : tools) {
            const QString name = collectionName(owner, tool);
            QVERIFY2(valid.match(name).hasMatch(), qPrintable(name));
            names.insert(name);
            QString error;
            QVERIFY2(addB(*store, name, &error), qPrintable(error));
        }
        QCOMPARE(names.size(), tools.size());
        QCOMPARE(collectionName(owner, tools[1]), collectionName(owner, tools[1]));
    }

    void concurrentWriters_data() { addStores(); }
    void concurrentWriters()
    {
        QFETCH(QString, kind);
        auto store = openStore(kind);
        const QString col = freshCollection();
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        QList<QFuture<bool>> futures;
        for (int d = 0; d < 8; ++d) {
            futures << QtConcurrent::run(&pool, [store, col, d]() {
                const QString id = QStringLiteral("doc%1").arg(d);
                QVector<StoredChunk> chunks;
                for (int i = 0; i < 10; ++i)
                    chunks << chunk(id, i, QStringLiteral("text %1 %2").arg(d).arg(i), unit(i, 0.01f * d));
                QString error;
                const bool ok =
                    store->addDocument(col, record(id, id + QStringLiteral(".txt"), 10), chunks, &error);
                StoreQuery q = near(d, 3);
                return ok && store->query(col, q, &error).has_value();
            });
        }
        for (auto &f : futures)
            QVERIFY(f.result());
        QString error;
        QCOMPARE(store->count(col, &error), 80);
        QCOMPARE(store->documents(col, &error)->size(), 8);
    }

    // Sessions come and go: each new collection creates a full-text table and each dropped one drops it,
    // while other threads search. A search that opens its full-text table as the schema changes (every new
    // worker thread's connection does) still answers.
    void embeddedSearchesWhileCollectionsComeAndGo()
    {
        QString error;
        auto store = EmbeddedStore::open(m_dir.filePath(QStringLiteral("churn.db")), &error);
        QVERIFY2(store, qPrintable(error));
        const QString col = freshCollection();
        QVERIFY2(addA(*store, col, &error), qPrintable(error));
        QAtomicInt stop;
        QAtomicInt churnFailures;
        std::unique_ptr<QThread> churn(QThread::create([&]() {
            for (int i = 0; !stop.loadAcquire(); ++i) {
                const QString other =
                    collectionName(QStringLiteral("churn%1").arg(i % 4), QStringLiteral("docs"));
                QString err;
                if (!addB(*store, other, &err) || !store->dropCollection(other, &err))
                    churnFailures.fetchAndAddRelaxed(1);
            }
        }));
        churn->start();
        QAtomicInt failures;
        QString firstFailure;
        QMutex firstFailureMutex;
        const auto search = [&]() {
            StoreQuery q = near(2, 2);
            q.mode = SearchMode::Hybrid;
            q.text = QStringLiteral("zephyrite coolant");
            QString err;
            const auto hits = store->query(col, q, &err);
            if (hits && !hits->isEmpty() && hits->at(0).id == QLatin1String("A-2"))
                return;
            failures.fetchAndAddRelaxed(1);
            QMutexLocker lock(&firstFailureMutex);
            if (firstFailure.isEmpty())
                firstFailure = hits ? QStringLiteral("wrong hits") : err;
        };
        // Four searchers at once, each search on a thread of its own (a new connection every time).
        for (int round = 0; round < 150; ++round) {
            std::vector<std::unique_ptr<QThread>> searchers;
            for (int s = 0; s < 4; ++s) {
                searchers.emplace_back(QThread::create(search));
                searchers.back()->start();
            }
            for (const auto &t : searchers)
                t->wait();
        }
        stop.storeRelease(1);
        churn->wait();
        QVERIFY2(failures.loadRelaxed() == 0,
                 qPrintable(QStringLiteral("%1 of 600 searches failed, the first: %2")
                                .arg(failures.loadRelaxed())
                                .arg(firstFailure)));
        QCOMPARE(churnFailures.loadRelaxed(), 0);
    }

    void embeddedSurvivesReopen()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("reopen.db"));
        const QString col = freshCollection();
        {
            auto store = EmbeddedStore::open(path, &error);
            QVERIFY(addA(*store, col, &error));
        }
        auto store = EmbeddedStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->count(col, &error), 3);
        StoreQuery q = near(2, 1, 0);
        q.mode = SearchMode::Hybrid;
        q.text = QStringLiteral("coolant");
        QCOMPARE(store->query(col, q, &error)->at(0).id, QStringLiteral("A-2"));
    }

    // A question is answered while an ingestion into the same collection is stuck inside its transaction
    // (here: behind another connection's write lock). Readers never take the writers' mutex once the
    // collection's index is loaded.
    void embeddedQuestionDoesNotWaitForAWriter()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("reader-writer.db"));
        const QString col = freshCollection();
        std::shared_ptr<EmbeddedStore> store = EmbeddedStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(addA(*store, col, &error));
        QVERIFY(store->query(col, near(0, 1), &error).has_value());

        const QString name = QStringLiteral("blocker");
        {
            QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            blocker.setDatabaseName(path);
            QVERIFY(blocker.open());
            QVERIFY(blocker.exec(QStringLiteral("BEGIN IMMEDIATE")).lastError().type() == QSqlError::NoError);

            QFuture<bool> writer = QtConcurrent::run([store, col]() {
                QVector<StoredChunk> chunks;
                for (int i = 0; i < 3; ++i)
                    chunks << chunk(QStringLiteral("B"), i, QStringLiteral("late text %1").arg(i),
                                    unit(i + 3));
                QString e;
                return store->addDocument(col, record(QStringLiteral("B"), QStringLiteral("b.txt"), 3),
                                          chunks, &e);
            });
            QThread::msleep(300); // the writer is inside its transaction, waiting on the lock above
            const auto hits = store->query(col, near(0, 1), &error);
            QVERIFY2(hits.has_value(), qPrintable(error));
            QCOMPARE(hits->at(0).id, QStringLiteral("A-0"));
            QVERIFY2(!writer.isFinished(), "the question waited for the writer");

            QVERIFY(blocker.exec(QStringLiteral("COMMIT")).lastError().type() == QSqlError::NoError);
            QVERIFY(writer.result());
            QCOMPARE(store->count(col, &error), 6);
            blocker.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void embeddedHybridFindsRareWords()
    {
        QString error;
        auto store = EmbeddedStore::open(QStringLiteral(":memory:"), &error);
        const QString col = freshCollection();
        QVERIFY(addA(*store, col, &error));
        QVERIFY(addB(*store, col, &error));
        // The vector points at "Birds"; the words name the coolant chunk.
        StoreQuery q = near(4, 2, 0);
        q.text = QStringLiteral("Which coolant is zephyrite?");
        q.mode = SearchMode::Keyword;
        auto hits = store->query(col, q, &error);
        QVERIFY2(hits, qPrintable(error));
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->at(0).id, QStringLiteral("A-2"));
        QVERIFY2(hits->at(0).distance > 1.9, "keyword hits still report their vector distance");
        q.mode = SearchMode::Vector;
        QCOMPARE(store->query(col, q, &error)->at(0).id, QStringLiteral("B-0"));
        q.mode = SearchMode::Hybrid;
        hits = store->query(col, q, &error);
        QCOMPARE(hits->size(), 2);
        QSet<QString> ids{hits->at(0).id, hits->at(1).id};
        QCOMPARE(ids, (QSet<QString>{QStringLiteral("A-2"), QStringLiteral("B-0")}));
        // Words that FTS5 would read as syntax are taken literally.
        q.text = QStringLiteral("\"unbalanced AND OR NEAR( * -");
        q.mode = SearchMode::Keyword;
        QVERIFY2(store->query(col, q, &error), qPrintable(error));
        // Stemming: "pumping" finds "Pumps".
        q.text = QStringLiteral("pumping");
        QCOMPARE(store->query(col, q, &error)->at(0).id, QStringLiteral("A-0"));
    }

    void largeCollectionKeywordSearchStillFindsRareWords()
    {
        // Over 20,000 chunks, words in more than 1 chunk in 20 leave the BM25 part: the rare word decides.
        QString error;
        auto store = EmbeddedStore::open(QStringLiteral(":memory:"), &error);
        QVector<StoredChunk> chunks;
        for (int i = 0; i < 21000; ++i)
            chunks << chunk(QStringLiteral("big"), i,
                            QStringLiteral("maintenance log entry %1 for the pump").arg(i % 500) +
                                (i == 17777 ? QStringLiteral(" with quaternary coolant") : QString()),
                            unit(i % kDims, 0.01f * float(i % 7)));
        const QString col = freshCollection();
        QVERIFY2(store->addDocument(
                     col, record(QStringLiteral("big"), QStringLiteral("big.txt"), int(chunks.size())),
                     chunks, &error),
                 qPrintable(error));
        StoreQuery q = near(3, 3, 0);
        q.text = QStringLiteral("pump maintenance quaternary coolant log");
        q.mode = SearchMode::Keyword;
        const auto hits = store->query(col, q, &error);
        QVERIFY2(hits, qPrintable(error));
        QVERIFY(!hits->isEmpty());
        QCOMPARE(hits->at(0).id, QStringLiteral("big-17777"));
        q.mode = SearchMode::Hybrid;
        QVERIFY(store->query(col, q, &error)->size() == 3);
    }

    void vectorDbKindsMapToStores()
    {
        QString error;
        VectorDbConfig memory;
        memory.kind = QStringLiteral("in_memory");
        auto a = openVectorStore(memory, &error);
        QVERIFY2(a && a->kind() == QLatin1String("embedded"), qPrintable(error));
        VectorDbConfig folder;
        folder.kind = QStringLiteral("storage");
        folder.path = m_dir.path(); // a folder: the file goes inside
        auto b = openVectorStore(folder, &error);
        QVERIFY2(b && b->kind() == QLatin1String("embedded"), qPrintable(error));
        QVERIFY(addB(*b, freshCollection(), &error));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("aistack-vectors.db"))));
        VectorDbConfig remote;
        remote.kind = QStringLiteral("remote");
        remote.host = QStringLiteral("127.0.0.1");
        remote.port = m_chroma.port();
        remote.secure = false;
        auto c = openVectorStore(remote, &error);
        QVERIFY(c && c->kind() == QLatin1String("chroma"));
        QVERIFY2(c->ping(&error), qPrintable(error));
        VectorDbConfig unwritable;
        unwritable.kind = QStringLiteral("storage");
        unwritable.path = QStringLiteral("/proc/aistack/vectors.db");
        QVERIFY(!openVectorStore(unwritable, &error));
        QVERIFY2(!error.isEmpty(), "a store that cannot open says why");
    }

    void chromaTenantAndDatabaseCreated()
    {
        ChromaSettings s;
        s.port = m_chroma.port();
        s.tenant = QStringLiteral("client-42");
        s.database = QStringLiteral("client-42_docs");
        ChromaStore store(s);
        QString error;
        const QString col = freshCollection();
        QVERIFY2(addA(store, col, &error), qPrintable(error));
        ChromaStore again(s);
        QCOMPARE(again.count(col, &error), 3);
        ChromaSettings other;
        other.port = m_chroma.port();
        QCOMPARE(ChromaStore(other).count(col, &error), 0); // the default database does not see it
    }

    // A document with more chunks than one request carries (here 2) goes in several upserts; when a later one
    // fails, the chunks the earlier ones wrote are removed again: the document is whole or absent.
    void chromaDocumentLargerThanABatchIsWholeOrAbsent()
    {
        ChromaSettings s;
        s.port = m_chroma.port();
        s.maxBatch = 2;
        ChromaStore store(s);
        QString error;
        const QString col = freshCollection();
        QVERIFY2(addA(store, col, &error), qPrintable(error));
        QVector<StoredChunk> large;
        for (int i = 0; i < 5; ++i)
            large << chunk(QStringLiteral("L"), i, QStringLiteral("Part %1 of the long manual.").arg(i),
                           unit(3 + i));
        QVector<StoredChunk> broken = large;
        broken[4].vector = {1, 0, 0}; // the third request is refused (wrong dimension)
        QVERIFY(
            !store.addDocument(col, record(QStringLiteral("L"), QStringLiteral("L.txt"), 5), broken, &error));
        QVERIFY2(error.contains(QLatin1String("dimension")), qPrintable(error));
        QCOMPARE(store.count(col, &error), 3);
        QCOMPARE(store.documents(col, &error)->size(), 1);
        // Whole, it is stored whole.
        QVERIFY2(
            store.addDocument(col, record(QStringLiteral("L"), QStringLiteral("L.txt"), 5), large, &error),
            qPrintable(error));
        QCOMPARE(store.count(col, &error), 8);
    }

    void chromaUnreachableIsAClearError()
    {
        ChromaSettings s;
        s.port = test::freeLoopbackPort();
        ChromaStore store(s);
        QString error;
        QVERIFY(!store.ping(&error));
        QVERIFY2(error.contains(QStringLiteral("cannot be reached")), qPrintable(error));
        QVERIFY(!store.query(freshCollection(), near(0, 1), &error));
    }
};

QTEST_GUILESS_MAIN(TestVectorStores)
#include "tst_vectorstores.moc"
