// Black box: `aistack --headless --ingest` killed with SIGKILL in the middle of ingesting a folder. After
// the kill, the vector store file (real SQLite, opened by this test) holds only whole documents; a restart
// without --ingest resumes the queue by itself, never parses a file that was stored before the kill again,
// and ends with every document stored once.
#include "headlessprocess.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <csignal>

using namespace aistack::test;

namespace {
constexpr int kFiles = 1500;

const QByteArray kConfig = R"(name: Crash test
database:
  sqlite:
    db_path: app.db
stack:
  tools:
    - name: manuals
      role: Answer questions about the manuals
      kind: rag
      depth: 3
  vector_db:
    provider: embedded
    kind: storage
    path: vectors.db
)";

void writeFolder(const QString &dir)
{
    QDir().mkpath(dir);
    for (int f = 0; f < kFiles; ++f) {
        QFile file(QStringLiteral("%1/manual-%2.txt").arg(dir).arg(f, 4, 10, QLatin1Char('0')));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text;
        for (int p = 0; p < 120; ++p)
            text += "Manual " + QByteArray::number(f) + " section " + QByteArray::number(p) +
                    ": tighten the bolt, check the seal and record marker" + QByteArray::number(f) +
                    "x in the log.\n\n";
        file.write(text);
    }
}

struct StoreState
{
    int documents = -1;
    int inconsistent = -1; // documents whose chunk count does not match their stored chunks
    int orphans = -1;      // chunks without a document
    bool ftsIntact = false;
    int markerHits = -1; // FTS hits for the last file's marker word
    QString error;
};

StoreState inspect(const QString &path)
{
    StoreState s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        if (!db.open()) {
            s.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            auto scalar = [&](const QString &sql) {
                if (!q.exec(sql) || !q.next()) {
                    s.error += q.lastError().text() + QLatin1Char(' ');
                    return -1;
                }
                return q.value(0).toInt();
            };
            s.documents = scalar(QStringLiteral("SELECT COUNT(*) FROM rag_documents"));
            s.inconsistent =
                scalar(QStringLiteral("SELECT COUNT(*) FROM rag_documents d WHERE d.chunk_count != (SELECT "
                                      "COUNT(*) FROM rag_chunks c "
                                      "WHERE c.collection_id = d.collection_id AND c.doc_id = d.doc_id)"));
            s.orphans = scalar(QStringLiteral(
                "SELECT COUNT(*) FROM rag_chunks c WHERE NOT EXISTS (SELECT 1 FROM rag_documents d WHERE "
                "d.collection_id = c.collection_id AND d.doc_id = c.doc_id)"));
            const int collection = scalar(QStringLiteral("SELECT MIN(id) FROM rag_collections"));
            const QString fts = QStringLiteral("rag_fts_%1").arg(collection);
            s.ftsIntact = q.exec(QStringLiteral("INSERT INTO %1(%1) VALUES('integrity-check')").arg(fts));
            if (!s.ftsIntact)
                s.error += q.lastError().text();
            s.markerHits = scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %1 MATCH 'marker%2x'")
                                      .arg(fts)
                                      .arg(kFiles - 1));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return s;
}

bool waitForStderr(HeadlessProcess &p, const QByteArray &needle, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (p.stderrText().contains(needle))
            return true;
        if (p.process().state() != QProcess::Running)
            return p.stderrText().contains(needle);
        p.process().waitForReadyRead(20);
    }
    return false;
}
} // namespace

class TestIngestCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedMidIngestLeavesOnlyWholeDocuments()
    {
        HeadlessProcess p;
        const QString folder = p.dir() + QStringLiteral("/manuals");
        writeFolder(folder);
        QVERIFY2(p.start(kConfig, {QStringLiteral("--ingest"), folder}), p.stderrText().constData());
        QVERIFY2(waitForStderr(p, "ingest: stored", 60000), p.stderrText().right(2000).constData());
        ::kill(pid_t(p.pid()), SIGKILL);
        QVERIFY(p.process().waitForFinished(10000));
        QVERIFY2(!p.stderrText().contains("ingest: done"), "the kill came before the end of the folder");

        const QString storePath = p.dir() + QStringLiteral("/vectors.db");
        const StoreState afterKill = inspect(storePath);
        QVERIFY2(afterKill.error.isEmpty(), qPrintable(afterKill.error));
        QVERIFY(afterKill.documents >= 1);
        QVERIFY2(afterKill.documents < kFiles, qPrintable(QString::number(afterKill.documents)));
        QCOMPARE(afterKill.inconsistent, 0);
        QCOMPARE(afterKill.orphans, 0);
        QVERIFY(afterKill.ftsIntact);
        QCOMPARE(afterKill.markerHits, 0); // the last file never arrived

        // Restart on the same store, with no --ingest: the queue picks up where it was killed.
        const qsizetype firstRunEnd = p.stderrText().size();
        QVERIFY2(p.start(kConfig, {}), p.stderrText().constData());
        QVERIFY2(waitForStderr(p, "ingest: done,", 240000), p.stderrText().right(2000).constData());
        QVERIFY2(p.stderrText().mid(firstRunEnd).contains("ingestion queue: resuming"),
                 p.stderrText().mid(firstRunEnd).left(2000).constData());
        QVERIFY2(p.stderrText().contains(", 0 failed"), p.stderrText().right(2000).constData());
        // Each file was parsed once in all: stored before the kill, or after the restart, never both. Files the
        // kill caught between their commit and their row are recognised by their content, not parsed again.
        const QByteArray both = p.stderrText(); // the output of both runs
        QHash<QByteArray, int> parsed;
        int unchanged = 0;
        for (const QByteArray &line : both.split('\n')) {
            const int at = line.indexOf("ingest: stored ");
            if (at < 0)
                continue;
            const QByteArray rest = line.mid(at + 15);
            if (rest.contains(", unchanged)")) {
                ++unchanged;
                continue;
            }
            ++parsed[rest.left(rest.indexOf(' '))];
        }
        for (auto it = parsed.cbegin(); it != parsed.cend(); ++it)
            QVERIFY2(it.value() == 1, it.key().constData());
        QVERIFY2(parsed.size() > afterKill.documents / 2, "the first run's files are in its log");
        QVERIFY2(unchanged <= afterKill.documents, "only files stored before the kill are found unchanged");
        QCOMPARE(p.terminate(), 0);
        const StoreState final = inspect(storePath);
        QVERIFY2(final.error.isEmpty(), qPrintable(final.error));
        QCOMPARE(final.documents, kFiles);
        QCOMPARE(final.inconsistent, 0);
        QCOMPARE(final.orphans, 0);
        QVERIFY(final.ftsIntact);
        QVERIFY(final.markerHits >= 1);
    }
};

QTEST_GUILESS_MAIN(TestIngestCrash)
#include "tst_ingestcrash.moc"
