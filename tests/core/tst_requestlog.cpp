// The request log hands records over in batches and never grows without bound.
#include "log/loglevel.h"
#include "log/requestlog.h"
#include "log/requestlogfile.h"

#include <QThread>
#include <QtTest>

using namespace aistack;

class TstRequestLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchesAreTakenInOrder()
    {
        RequestLog log(100);
        QVERIFY(!log.wanted()); // nobody takes records yet: the server skips building them
        log.setBuffering(true);
        QVERIFY(log.wanted());
        for (int i = 0; i < 10; ++i)
            log.record(RequestRecord{QDateTime::currentDateTimeUtc(), QStringLiteral("GET"),
                                     QStringLiteral("/p%1").arg(i), 200, 0.5, QStringLiteral("127.0.0.1"),
                                     10});
        log.flush(); // the writer thread hands records over in batches
        const auto batch = log.takeBatch();
        QCOMPARE(batch.size(), 10);
        QCOMPARE(batch.first().path, QStringLiteral("/p0"));
        QCOMPARE(batch.last().path, QStringLiteral("/p9"));
        QVERIFY(log.takeBatch().isEmpty());
    }

    void pendingRecordsAreCapped()
    {
        RequestLog log(50);
        log.setBuffering(true);
        for (int i = 0; i < 120; ++i)
            log.record(RequestRecord{
                QDateTime::currentDateTimeUtc(), QStringLiteral("GET"), QString::number(i), 200, 0, {}, 0});
        log.flush();
        const auto batch = log.takeBatch();
        QCOMPARE(batch.size(), 50);
        QCOMPARE(batch.last().path, QStringLiteral("119")); // the newest are kept
        QCOMPARE(log.droppedCount(), quint64(70));
    }

    void withoutBufferingOnlyTheSinkSeesRecords()
    {
        RequestLog log;
        QList<QByteArray> lines;
        const int sink = log.addSink([&](const QVector<RequestRecord> &batch) {
            for (const RequestRecord &r : batch)
                lines << r.toLogLine();
        });
        QVERIFY(log.wanted());
        log.record(RequestRecord{QDateTime::currentDateTimeUtc(), QStringLiteral("POST"),
                                 QStringLiteral("/v1/query"), 422, 1.25, QStringLiteral("10.0.0.1"), 99});
        log.flush();
        QVERIFY(log.takeBatch().isEmpty());
        QCOMPARE(lines, QList<QByteArray>{"10.0.0.1 \"POST /v1/query\" 422 1.25 ms 99 B"});
        log.removeSink(sink);
        QVERIFY(!log.wanted());
    }

    void fileLinesReadBack()
    {
        const RequestRecord r{QDateTime::fromMSecsSinceEpoch(1767322245678, Qt::UTC), QStringLiteral("GET"),
                              QStringLiteral("/v1/a b\"c"), 404, 0.5, QStringLiteral("::1"), 20};
        QCOMPARE(r.toFileLine(), QByteArray("2026-01-02T02:50:45.678Z ::1 \"GET /v1/a b\"c\" 404 0.50 ms 20 B"));
        RequestRecord back;
        QVERIFY(RequestRecord::fromFileLine(r.toFileLine(), &back));
        QCOMPARE(back.when, r.when);
        QCOMPARE(back.path, r.path);
        QCOMPARE(back.client, r.client);
        QCOMPARE(back.status, 404);
        QCOMPARE(back.bytesSent, qint64(20));
        QVERIFY(!RequestRecord::fromFileLine("garbage", &back));
        QVERIFY(!RequestRecord::fromFileLine("2026-01-02T02:50:45.678Z x \"GET /\" abc 1 ms 2 B", &back));
    }

    void theFileIsBoundedAndKeepsOneOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("requests.log"));
        {
            RequestLogFile file(path, 4096);
            for (int i = 0; i < 200; ++i)
                file.append({RequestRecord{QDateTime::currentDateTimeUtc(), QStringLiteral("GET"),
                                           QStringLiteral("/r%1").arg(i), 200, 0.1, QStringLiteral("127.0.0.1"), 1}});
        }
        QVERIFY(QFileInfo(path).size() < 4096 + 128);
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".1")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".2")));
        const auto recent = RequestLogFile::readRecent(path, 20);
        QCOMPARE(recent.size(), 20);
        QCOMPARE(recent.last().path, QStringLiteral("/r199"));
        QCOMPARE(recent.first().path, QStringLiteral("/r180"));
    }

    void logLevelNames()
    {
        QCOMPARE(parseLogLevel(QStringLiteral("warning")), LogLevel::Warning);
        QCOMPARE(parseLogLevel(QStringLiteral("DEBUG")), LogLevel::Debug);
        QCOMPARE(parseLogLevel(QStringLiteral("nonsense")), LogLevel::Info);
    }
};

QTEST_GUILESS_MAIN(TstRequestLog)
#include "tst_requestlog.moc"
