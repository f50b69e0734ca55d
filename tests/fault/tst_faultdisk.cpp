// Fault injection, black box: the disk that holds the feedback and transcript folders and the SQLite database
// fills up (a small tmpfs the test mounts; it needs root, and the test is skipped with the reason when the
// mount is refused). Writes answer a clear 500 with the operating system's error on the wire, reads keep
// working, nothing committed before is damaged, and writes succeed again once there is room, with no restart.
#include "lcstesthelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace aistack::test;

namespace {
constexpr int kRequestTimeoutMs = 30000;

// Fills the file system that holds `path` with one file, until the write fails.
bool fill(const QString &path)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly))
        return false;
    const QByteArray block(64 * 1024, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    filler.close();
    return true;
}

QStringList feedbackFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    return files;
}
} // namespace

class TstFaultDisk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_disk; // the mount point
    bool m_mounted = false;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HeadlessProcess::binary().isEmpty(), "AISTACK_BINARY is not set");
        m_disk = m_root.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(m_disk));
        QProcess mount;
        mount.setProcessChannelMode(QProcess::MergedChannels);
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=16m"), QStringLiteral("aistack-fault"), m_disk});
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit ||
            mount.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs for the full disk (needs root): ") +
                             QString::fromLocal8Bit(mount.readAll()).trimmed() + mount.errorString()));
        m_mounted = true;
    }

    void aFullDiskIsA500WithTheOsErrorAndReadsGoOn()
    {
        const QString feedbackDir = m_disk + QStringLiteral("/feedback");
        const QString database = m_disk + QStringLiteral("/app.db");
        HeadlessProcess app;
        QVERIFY2(
            app.start(lcsConfig("", "user_data_collection:\n  feedback_enabled: true\n  feedback_storage: " +
                                        feedbackDir.toUtf8() +
                                        "\n  transcripts_enabled: true\n  transcripts_storage: " +
                                        m_disk.toUtf8() + "/transcripts\n")
                          .replace("db_path: app.db", QByteArray("db_path: ").append(database.toUtf8()))),
            app.stderrText().constData());
        const LcsClient c{app.port()};
        auto call = [&c](const QByteArray &method, const QByteArray &path, const QByteArray &body = {}) {
            return c.call(method, path, body, {}, kRequestTimeoutMs);
        };

        // Committed while there is room: a conversation of two turns and feedback on it.
        HttpReply r = call("POST", "/v1/query?user_id=alice", lcsQueryBody("What cools the reactor?"));
        QCOMPARE(r.status, 200);
        const QByteArray conversation = jsonOf(r)[QStringLiteral("conversation_id")].toString().toUtf8();
        r = call("POST", "/v1/query?user_id=alice",
                 lcsQueryBody("And how hot is it?", "\"conversation_id\":\"" + conversation + "\""));
        QCOMPARE(r.status, 200);
        const QByteArray feedback = "{\"conversation_id\":\"" + conversation +
                                    "\",\"user_question\":\"q\",\"llm_response\":\"a\",\"sentiment\":1}";
        QCOMPARE(call("POST", "/v1/feedback?user_id=alice", feedback).status, 200);
        const QStringList filesBefore = feedbackFiles(feedbackDir);
        QCOMPARE(filesBefore.size(), 1);
        QFile first(filesBefore.first());
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QByteArray firstContent = first.readAll();
        first.close();
        const QByteArray historyBefore =
            call("GET", "/v1/conversations/" + conversation + "?user_id=alice").body;

        const QString filler = m_disk + QStringLiteral("/filler");
        QVERIFY(fill(filler));

        // Writes: a 500 that carries the OS error text.
        r = call("POST", "/v1/feedback?user_id=alice", feedback);
        QCOMPARE(r.status, 500);
        QVERIFY2(r.body.contains("Error storing user feedback"), r.body.constData());
        QVERIFY2(r.body.contains("No space left on device"), r.body.constData());
        // A new turn: its transcript or its row cannot be written; it fails with the reason, or, where SQLite
        // still had room in its log, is stored.
        r = call("POST", "/v1/query?user_id=bob", lcsQueryBody("What cools the reactor?"));
        QVERIFY2(r.status == 200 || (r.status == 500 && (r.body.contains("No space left on device") ||
                                                         r.body.contains("database or disk is full"))),
                 qPrintable(QString::number(r.status) + QLatin1Char(' ') + QString::fromUtf8(r.body)));

        // Reads go on, and show what was committed.
        r = call("GET", "/v1/conversations/" + conversation + "?user_id=alice");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, historyBefore);
        QCOMPARE(call("GET", "/v1/conversations?user_id=alice").status, 200);
        QCOMPARE(call("GET", "/liveness").status, 200);
        QCOMPARE(feedbackFiles(feedbackDir), filesBefore); // no half-written feedback left behind

        // Room again: writes succeed in the same process.
        QVERIFY(QFile::remove(filler));
        QCOMPARE(call("POST", "/v1/feedback?user_id=alice", feedback).status, 200);
        QCOMPARE(feedbackFiles(feedbackDir).size(), 2);
        r = call("POST", "/v1/query?user_id=alice",
                 lcsQueryBody("Is it safe?", "\"conversation_id\":\"" + conversation + "\""));
        QCOMPARE(r.status, 200);
        r = call("GET", "/v1/conversations/" + conversation + "?user_id=alice");
        QCOMPARE(jsonOf(r)[QStringLiteral("chat_history")].toArray().size(), 3);
        QCOMPARE(app.terminate(), 0);

        // Nothing committed is damaged: the first feedback file as written, the database whole.
        QFile again(filesBefore.first());
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), firstContent);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(database);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM feedback")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_disk});
    }
};

QTEST_GUILESS_MAIN(TstFaultDisk)
#include "tst_faultdisk.moc"
