// What the access log costs per request: CPU time on the recording thread (the server's) and on the
// request log's writer thread (formatting, standard error, the request-log file), with records arriving at
// a server's pace. Usage: aistack_httplogbench [requests-per-second=30000] [seconds=3]; standard error is
// the access log (send it to /dev/null).
#include "log/requestlog.h"
#include "log/requestlogfile.h"
#include "log/stderrlog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <ctime>
#include <atomic>

using namespace aistack;

namespace {
double threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rate = argc > 1 ? std::atoi(argv[1]) : 30000;
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 3;
    QTemporaryDir dir;
    StderrLog err(LogLevel::Info);
    auto file = std::make_shared<RequestLogFile>(dir.filePath(QStringLiteral("requests.log")), 10LL << 20);
    double recordingNs = 0;
    std::atomic<double> writerNs{0}; // the writer thread's CPU time, read after each batch
    qint64 total = 0;
    {
        RequestLog log;
        log.addSink([&err](const QVector<RequestRecord> &batch) { err.writeRequests(batch); });
        log.addSink([file](const QVector<RequestRecord> &batch) { file->append(batch); });
        log.addSink([&writerNs](const QVector<RequestRecord> &) { writerNs = threadCpuNs(); });
        const QString method = QStringLiteral("GET");
        const QString client = QStringLiteral("127.0.0.1");
        QElapsedTimer clock;
        clock.start();
        const int perMs = qMax(1, rate / 1000);
        for (int ms = 0; ms < seconds * 1000; ++ms) {
            const double before = threadCpuNs();
            for (int i = 0; i < perMs; ++i) { // what HttpExchange::record does per answered request
                RequestRecord r;
                r.when = QDateTime::currentDateTimeUtc();
                r.method = method;
                r.path = QString(QStringLiteral("/liveness")); // a path of its own, as parsed from a request
                r.path.detach();
                r.status = 200;
                r.durationMs = 0.05;
                r.client = client;
                r.bytesSent = 85;
                log.record(r);
            }
            recordingNs += threadCpuNs() - before;
            total += perMs;
            while (clock.elapsed() < ms + 1)
                QThread::usleep(200);
        }
        log.flush();
    } // the writer has ended
    std::printf("%lld requests at %d/s: recording thread %.0f ns CPU a request, writer %.0f ns CPU a request "
                "(%.1f %% of a core at that rate)\n",
                total, rate, recordingNs / double(total), writerNs.load() / double(total),
                writerNs.load() / double(total) * rate / 1e7);
    return 0;
}
