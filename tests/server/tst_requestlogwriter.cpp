// The access log is written off the server thread, in batches, and loses nothing at a clean stop.
#include "embeddedserver.h"
#include "httpclient.h"
#include "log/requestlog.h"
#include "log/requestlogfile.h"
#include "serverfixture.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <mutex>

using namespace aistack;
using namespace aistack::test;

class TstRequestLogWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aBurstIsWrittenInOrderOffTheServerThreadAfterACleanStop()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("requests.log"));
        auto file = std::make_shared<RequestLogFile>(path, 64LL * 1024 * 1024);
        std::mutex threadsMutex;
        QSet<QString> writerThreads; // the names of the threads that wrote (they end with the log)
        const int burst = 500;
        {
            ServerFixture f;
            f.log.addSink([file, &threadsMutex, &writerThreads](const QVector<RequestRecord> &batch) {
                {
                    std::lock_guard<std::mutex> lock(threadsMutex);
                    writerThreads.insert(QThread::currentThread()->objectName());
                }
                file->append(batch);
            });
            QVERIFY(f.start());
            HttpClient client(QStringLiteral("127.0.0.1"), f.port());
            QVERIFY(client.connect());
            for (int i = 0; i < burst; ++i) { // keep-alive, one after the other
                const HttpReply r = client.request("GET", "/no-such-page/" + QByteArray::number(i));
                QCOMPARE(r.status, 404);
            }
            QSignalSpy stopped(f.server.get(), &ServerHost::stopped);
            f.server->stop();
            QVERIFY(stopped.wait(10000));
        } // the fixture's request log ends here: whatever is pending is written first
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = written.readAll().split('\n');
        QCOMPARE(lines.size(), burst + 1); // and the empty rest after the last newline
        for (int i = 0; i < burst; ++i) {
            RequestRecord r;
            QVERIFY2(RequestRecord::fromFileLine(lines.at(i), &r), lines.at(i).constData());
            QCOMPARE(r.path, QStringLiteral("/no-such-page/%1").arg(i));
            QCOMPARE(r.status, 404);
            QCOMPARE(r.client, QStringLiteral("127.0.0.1"));
        }
        // Written by the request log's own writer, neither the server thread nor this one.
        QCOMPARE(writerThreads.size(), 1);
        QCOMPARE(*writerThreads.cbegin(), QStringLiteral("aistack-request-log")); // not "aistack-server"
    }

    void aRecordingThreadOnlyAppends()
    {
        // A sink that takes its time never holds up record(): the batch grows while it writes.
        RequestLog log;
        std::atomic<int> calls{0};
        std::atomic<int> seen{0};
        log.addSink([&](const QVector<RequestRecord> &batch) {
            ++calls;
            seen += int(batch.size());
            QThread::msleep(50);
        });
        for (int i = 0; i < 20000; ++i)
            log.record(RequestRecord{QDateTime::currentDateTimeUtc(), QStringLiteral("GET"), QStringLiteral("/"),
                                     200, 0, {}, 0});
        log.flush();
        QCOMPARE(seen.load(), 20000);
        QVERIFY2(calls.load() < 200, qPrintable(QString::number(calls.load()))); // batches, not one call each
    }
};

QTEST_GUILESS_MAIN(TstRequestLogWriter)
#include "tst_requestlogwriter.moc"
