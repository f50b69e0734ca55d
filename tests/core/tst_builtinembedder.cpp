// The builtin embedder on the real word table built from the GloVe vectors of the npm package.
#include "callwaiter.h"
#include "llm/builtin/builtinembedder.h"
#include "llm/builtin/builtinprovider.h"
#include "llm/builtin/wordtokenizer.h"

#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>
#include <cmath>

using namespace aistack;
using namespace aistack::test;

namespace {
double dot(const QVector<float> &a, const QVector<float> &b)
{
    double s = 0;
    for (int i = 0; i < a.size(); ++i)
        s += double(a[i]) * b[i];
    return s;
}

QStringList words(const QString &text)
{
    QStringList out;
    WordTokenizer::forEachWord(text, [&out](const char *w, int n) {
        out << QString::fromUtf8(w, n);
        return true;
    });
    return out;
}
} // namespace

class TestBuiltinEmbedder : public QObject
{
    Q_OBJECT
    std::shared_ptr<const WordVectorTable> m_table;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_table = WordVectorTable::open(WordVectorTable::defaultPath(), &error);
        QVERIFY2(m_table, qPrintable(error));
        QCOMPARE(m_table->dims(), 100);
        QVERIFY(m_table->size() >= 100000);
    }

    void tokenizerSplitsLikeTheVectorsWereTrained()
    {
        QCOMPARE(words(QStringLiteral("Don't e-mail John's CAT, ok?")),
                 QStringList({QStringLiteral("do"), QStringLiteral("n't"), QStringLiteral("e-mail"),
                              QStringLiteral("john"), QStringLiteral("'s"), QStringLiteral("cat"),
                              QStringLiteral("ok")}));
        QCOMPARE(words(QStringLiteral("Grüße aus KÖLN 2024")),
                 QStringList({QStringLiteral("grüße"), QStringLiteral("aus"), QStringLiteral("köln"),
                              QStringLiteral("2024")}));
        QCOMPARE(words(QStringLiteral("  ...  ")), QStringList());
        // An unknown hyphenated word is tried whole, then as its parts.
        QStringList seen;
        WordTokenizer::forEachWord(QStringLiteral("zzqx-cat"), [&](const char *w, int n) {
            seen << QString::fromUtf8(w, n);
            return m_table->lookup(w, n) >= 0;
        });
        QCOMPARE(seen,
                 QStringList({QStringLiteral("zzqx-cat"), QStringLiteral("zzqx"), QStringLiteral("cat")}));
    }

    // Each query must be closer to its paraphrase (few or no shared words) than to every other sentence.
    void paraphrasesRankAboveUnrelatedSentences()
    {
        const QList<QPair<QString, QString>> pairs{
            {QStringLiteral("How do I reset my password?"), QStringLiteral("Steps to recover a forgotten login credential")},
            {QStringLiteral("The car would not start this morning."), QStringLiteral("My automobile's engine failed to turn over at dawn.")},
            {QStringLiteral("What is the weather forecast for tomorrow?"), QStringLiteral("Will it rain or be sunny the next day?")},
            {QStringLiteral("The stock market fell sharply today."), QStringLiteral("Shares plunged on Wall Street this afternoon.")},
            {QStringLiteral("Our dog loves playing fetch in the park."), QStringLiteral("The puppy enjoys chasing balls on the lawn outside.")},
            {QStringLiteral("She cooked pasta with tomato sauce for dinner."), QStringLiteral("For the evening meal she made spaghetti with a marinara.")},
            {QStringLiteral("The invoice must be paid within thirty days."), QStringLiteral("Payment of the bill is due in one month.")},
        };
        BuiltinEmbedder embedder(m_table);
        QList<QVector<float>> queries, targets;
        for (const auto &p : pairs) {
            queries << embedder.embed(p.first);
            targets << embedder.embed(p.second);
        }
        for (int i = 0; i < pairs.size(); ++i) {
            const double own = dot(queries[i], targets[i]);
            for (int j = 0; j < pairs.size(); ++j) {
                if (j == i)
                    continue;
                QVERIFY2(own > dot(queries[i], targets[j]),
                         qPrintable(QStringLiteral("'%1' is closer to '%2' (%3) than to its paraphrase (%4)")
                                        .arg(pairs[i].first, pairs[j].second)
                                        .arg(dot(queries[i], targets[j]))
                                        .arg(own)));
            }
        }
    }

    void vectorsAreDeterministicUnitLength()
    {
        BuiltinEmbedder embedder(m_table);
        const QVector<float> a = embedder.embed(QStringLiteral("A quiet lake in the mountains"));
        const QVector<float> b = embedder.embed(QStringLiteral("A quiet lake in the mountains"));
        QCOMPARE(a, b);
        QVERIFY(std::abs(dot(a, a) - 1.0) < 1e-4);
        int words = 0;
        const QVector<float> none = embedder.embed(QStringLiteral("zzqxv qqqzx"), &words);
        QCOMPARE(words, 2);
        QCOMPARE(dot(none, none), 0.0);
        QCOMPARE(dot(embedder.embed(QString()), embedder.embed(QString())), 0.0);
    }

    void providerEmbedsOnAWorkerAndAnswersOnTheCallersThread()
    {
        QThreadPool pool;
        BuiltinProvider provider(m_table, {}, &pool);
        const CallOutcome out = waitFor(provider.embed({QStringLiteral("one"), QStringLiteral("two words"), QString()}));
        QVERIFY(out.embeddings);
        QVERIFY(!out.offThread);
        QCOMPARE(out.embeddings->vectors.size(), 3);
        QCOMPARE(out.embeddings->model, QStringLiteral("glove-100d-sif"));
        QCOMPARE(out.embeddings->usage.promptTokens, 3);
        const CallOutcome chat = waitFor(provider.chat({}, false));
        QCOMPARE(chat.error->kind, LlmError::Kind::Unsupported);
        const CallOutcome other = waitFor(provider.embed({QStringLiteral("x")}, QStringLiteral("text-embedding-3-large")));
        QCOMPARE(other.error->kind, LlmError::Kind::ModelNotFound);
        QVERIFY(waitFor(provider.checkHealth()).healthy);
    }

    void missingOrDamagedTableIsAClearError()
    {
        QString error;
        QVERIFY(!WordVectorTable::open(QStringLiteral("/nonexistent/words.aiwv"), &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/words.aiwv")));
        QVERIFY(error.contains(QLatin1String("does not exist")));

        QTemporaryDir dir;
        QFile source(m_table->path());
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString cut = dir.filePath(QStringLiteral("cut.aiwv"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(source.read(1 << 20)); // the first megabyte only
        out.close();
        QVERIFY(!WordVectorTable::open(cut, &error));
        QVERIFY(error.contains(QLatin1String("truncated or damaged")));

        QThreadPool pool;
        BuiltinProvider provider(nullptr, error, &pool);
        const CallOutcome failed = waitFor(provider.embed({QStringLiteral("x")}));
        QCOMPARE(failed.error->kind, LlmError::Kind::NotConfigured);
        QVERIFY(failed.error->message.contains(QLatin1String("cut.aiwv")));
    }
};

QTEST_GUILESS_MAIN(TestBuiltinEmbedder)
#include "tst_builtinembedder.moc"
