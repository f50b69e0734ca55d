// The request log hands records over in batches and never grows without bound.
#include "log/loglevel.h"
#include "log/requestlog.h"

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
        const auto batch = log.takeBatch();
        QCOMPARE(batch.size(), 50);
        QCOMPARE(batch.last().path, QStringLiteral("119")); // the newest are kept
        QCOMPARE(log.droppedCount(), quint64(70));
    }

    void withoutBufferingOnlyTheSinkSeesRecords()
    {
        RequestLog log;
        QList<QByteArray> lines;
        log.setSink([&](const RequestRecord &r) { lines << r.toLogLine(); });
        QVERIFY(log.wanted());
        log.record(RequestRecord{QDateTime::currentDateTimeUtc(), QStringLiteral("POST"),
                                 QStringLiteral("/v1/query"), 422, 1.25, QStringLiteral("10.0.0.1"), 99});
        QVERIFY(log.takeBatch().isEmpty());
        QCOMPARE(lines, QList<QByteArray>{"10.0.0.1 \"POST /v1/query\" 422 1.25 ms 99 B"});
        log.setSink({});
        QVERIFY(!log.wanted());
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
