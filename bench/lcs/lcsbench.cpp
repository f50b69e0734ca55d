// Lightspeed streaming figures (bench/lcs.sh): N concurrent /v1/streaming_query streams on a slow-token
// stand-in model, each checked for every token in order, while one more client measures /liveness round
// trips. Prints completion, time, the server's RSS (now and peak) and the /liveness percentiles.
// Usage: aistack_lcsbench streams <port> <server-pid> <streams> <tokens-per-answer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace {
qint64 statusKb(qint64 pid, const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    return -1;
}

struct Stream
{
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    int nextWord = 0;
    bool started = false;
    bool ended = false;
    bool broken = false;
};

// Checks the events received so far: tokens w0, w1, ... in order, then turn_complete and end.
void consume(Stream &s, int words)
{
    for (;;) {
        const qsizetype at = s.buffer.indexOf("data: ");
        if (at < 0)
            return;
        const qsizetype eol = s.buffer.indexOf('\n', at);
        if (eol < 0)
            return;
        const QJsonObject e = QJsonDocument::fromJson(s.buffer.mid(at + 6, eol - at - 6)).object();
        s.buffer.remove(0, eol + 1);
        const QString name = e.value(QStringLiteral("event")).toString();
        const QString token = e.value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString();
        if (name == QLatin1String("start")) {
            s.started = true;
        } else if (name == QLatin1String("token") && !token.isEmpty()) {
            if (token != QStringLiteral("w%1 ").arg(s.nextWord))
                s.broken = true;
            ++s.nextWord;
        } else if (name == QLatin1String("end")) {
            s.ended = true;
            if (s.nextWord != words)
                s.broken = true;
        } else if (name == QLatin1String("error")) {
            s.broken = true;
        }
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 6 || QByteArray(argv[1]) != "streams") {
        std::fprintf(stderr, "usage: %s streams <port> <server-pid> <streams> <tokens-per-answer>\n", argv[0]);
        return 2;
    }
    const quint16 port = quint16(QByteArray(argv[2]).toUInt());
    const qint64 pid = QByteArray(argv[3]).toLongLong();
    const int count = QByteArray(argv[4]).toInt();
    const int words = QByteArray(argv[5]).toInt();
    const QByteArray body = R"({"query":"stream please"})";
    const QByteArray request = "POST /v1/streaming_query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                               "Content-Length: " +
                               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    const qint64 rssBefore = statusKb(pid, "VmRSS");

    QVector<Stream> streams(count);
    QElapsedTimer clock;
    clock.start();
    int finished = 0;
    int started = 0;
    for (Stream &s : streams) {
        s.socket = new QTcpSocket(&app);
        QObject::connect(s.socket, &QTcpSocket::connected, s.socket, [&s, request]() { s.socket->write(request); });
        QObject::connect(s.socket, &QTcpSocket::readyRead, s.socket, [&s, &finished, &started, words]() {
            s.buffer += s.socket->readAll();
            const bool wasEnded = s.ended;
            const bool wasStarted = s.started;
            consume(s, words);
            finished += (s.ended && !wasEnded) ? 1 : 0;
            started += (s.started && !wasStarted) ? 1 : 0;
        });
        s.socket->connectToHost(QStringLiteral("127.0.0.1"), port);
    }

    // /liveness round trips on their own connection, one every 10 ms, while the streams run.
    QTcpSocket probe;
    QVector<double> latencies;
    QVector<double> steady; // while every stream is open and streaming
    QElapsedTimer probeClock;
    bool waiting = false;
    bool probeSteady = false;
    probe.connectToHost(QStringLiteral("127.0.0.1"), port);
    QByteArray probeBuffer;
    QObject::connect(&probe, &QTcpSocket::readyRead, &probe, [&]() {
        probeBuffer += probe.readAll();
        const qsizetype end = probeBuffer.indexOf("{\"alive\":true}");
        if (end >= 0) {
            latencies << double(probeClock.nsecsElapsed()) / 1e6;
            if (probeSteady && started == count && finished == 0)
                steady << latencies.last();
            probeBuffer.remove(0, end + 14);
            waiting = false;
        }
    });
    QTimer tick;
    qint64 peakDuring = 0;
    QObject::connect(&tick, &QTimer::timeout, &app, [&]() {
        peakDuring = std::max(peakDuring, statusKb(pid, "VmRSS"));
        if (!waiting && probe.state() == QAbstractSocket::ConnectedState && finished < count) {
            waiting = true;
            probeSteady = started == count && finished == 0;
            probeClock.start();
            probe.write("GET /liveness HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        }
        if (finished >= count || clock.elapsed() > 300000)
            app.quit();
    });
    tick.start(10);
    app.exec();

    int broken = 0;
    for (const Stream &s : streams)
        broken += (s.broken || !s.ended) ? 1 : 0;
    std::sort(latencies.begin(), latencies.end());
    std::sort(steady.begin(), steady.end());
    auto pctOf = [](const QVector<double> &v, double p) {
        return v.isEmpty() ? 0.0 : v[qMin(int(v.size()) - 1, int(p * v.size()))];
    };
    auto pct = [&](double p) { return pctOf(latencies, p); };
    std::printf("streams: %d opened, %d ended with all %d tokens in order, %d incomplete, in %.2f s\n", count,
                count - broken, words, broken, clock.elapsed() / 1000.0);
    std::printf("server RSS: %.1f MB before, %.1f MB peak during the streams (VmHWM %.1f MB)\n", rssBefore / 1024.0,
                peakDuring / 1024.0, statusKb(pid, "VmHWM") / 1024.0);
    std::printf("/liveness from the first connection to the last end: %d probes, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                int(latencies.size()), pct(0.5), pct(0.9), pct(0.99), latencies.isEmpty() ? 0.0 : latencies.last());
    std::printf("/liveness while all %d streams were open: %d probes, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                count, int(steady.size()), pctOf(steady, 0.5), pctOf(steady, 0.9), pctOf(steady, 0.99),
                steady.isEmpty() ? 0.0 : steady.last());
    return broken == 0 ? 0 : 1;
}
