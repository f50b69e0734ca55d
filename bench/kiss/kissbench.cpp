// KISS API figures against a running `aistack --headless` (bench/kiss.sh starts it):
//   kissbench connections PORT PID N   N authenticated WebSocket connections held open; the server's RSS
//   kissbench query PORT CLIENTS N [RATE]
//       WS query round trips (extractive answer) over a 1,000-chunk collection. Without RATE every client
//       sends its next query as soon as the reply arrives (saturation); with RATE each client sends RATE
//       queries per second (a steady load), never more than one at a time.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

QJsonObject post(quint16 port, const QString &path, const QJsonObject &body, const QByteArray &token = {})
{
    static QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(600000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray data = reply->readAll();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), data.constData());
    reply->deleteLater();
    return QJsonDocument::fromJson(data).object();
}

QByteArray login(quint16 port, const QString &scope)
{
    return post(port, QStringLiteral("/auth"), {{QStringLiteral("scope"), scope}})
        .value(QStringLiteral("access_token"))
        .toString()
        .toUtf8();
}

qint64 rssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Runs the event loop until done() or the timeout. It sleeps while nothing happens: a busy loop here would
// take a core from the server on a small machine.
void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QTimer tick; // wakes the loop to look at the clock
    tick.start(50);
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

QNetworkRequest wsRequest(quint16 port, const QByteArray &token)
{
    QNetworkRequest r(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
    r.setRawHeader("Authorization", "Bearer " + token);
    return r;
}

int connections(quint16 port, qint64 pid, int n)
{
    const QByteArray token = login(port, QStringLiteral("temporary"));
    post(port, QStringLiteral("/sessions?action=init"), {}, token);
    const qint64 idle = rssKb(pid);
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    int connected = 0;
    int replies = 0;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        auto ws = std::make_unique<QWebSocket>();
        QObject::connect(ws.get(), &QWebSocket::connected, [&connected]() { ++connected; });
        QObject::connect(ws.get(), &QWebSocket::textMessageReceived,
                         [&replies](const QString &) { ++replies; });
        ws->open(wsRequest(port, token));
        sockets.push_back(std::move(ws));
        if (i % 50 == 49)
            waitUntil([&]() { return connected > i - 25; }, 10000);
    }
    waitUntil([&]() { return connected == n; }, 60000);
    const qint64 connectMs = t.elapsed();
    // Every connection is live: one query frame each, one reply each.
    for (auto &ws : sockets)
        ws->sendTextMessage(QStringLiteral(R"({"event":"on_query","data":{"query":"ping"}})"));
    waitUntil([&]() { return replies == n; }, 120000);
    const qint64 held = rssKb(pid);
    std::printf("connections %d/%d open in %lld ms, %d/%d answered\n", connected, n, connectMs, replies, n);
    std::printf("server RSS: %.1f MB idle, %.1f MB with %d connections (+%.1f kB per connection)\n",
                idle / 1024.0, held / 1024.0, connected, connected ? double(held - idle) / connected : 0.0);
    return connected == n && replies == n ? 0 : 1;
}

QJsonArray corpus(int chunks)
{
    // About one chunk per paragraph-sized document section: distinct words per section so that queries hit.
    static const char *words[] = {"harbour", "ferry",   "lighthouse", "glacier", "orchard",
                                  "quarry",  "meadow",  "bridge",     "tunnel",  "market",
                                  "bakery",  "library", "station",    "canal"};
    QJsonArray files;
    const int perFile = 100;
    for (int f = 0; f < chunks / perFile; ++f) {
        QByteArray text;
        for (int p = 0; p < perFile; ++p) {
            const int id = f * perFile + p;
            QByteArray para = "Section " + QByteArray::number(id) + ". ";
            for (int s = 0; s < 30; ++s)
                para += QByteArray("The ") + words[(id + s) % 14] + " near site " + QByteArray::number(id) +
                        " opens at " + QByteArray::number(s % 12 + 1) + " o'clock. ";
            text += para + "\n\n";
        }
        files.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("part-%1.txt").arg(f)},
                                 {QStringLiteral("content"), QString::fromLatin1(text.toBase64())}});
    }
    return files;
}

int query(quint16 port, int clients, int total, double rate)
{
    const QByteArray token = login(port, QStringLiteral("persistent"));
    post(port, QStringLiteral("/sessions?action=init"), {}, token);
    QElapsedTimer t;
    t.start();
    const QJsonObject stored =
        post(port, QStringLiteral("/documents"), {{QStringLiteral("files"), corpus(1000)}}, token);
    int ids = 0;
    for (const QJsonValue &v : stored.value(QStringLiteral("extras")).toObject())
        ids += int(v.toArray().size());
    std::printf("stored %d chunks in %lld ms\n", ids, t.elapsed());

    std::vector<std::unique_ptr<QWebSocket>> sockets;
    std::vector<qint64> latenciesUs;
    latenciesUs.reserve(size_t(total));
    int sent = 0;
    int done = 0;
    int connected = 0;
    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> sentAt(size_t(clients), 0);
    auto sendNext = [&](int i) {
        if (sent >= total)
            return;
        ++sent;
        sentAt[size_t(i)] = clock.nsecsElapsed();
        sockets[size_t(i)]->sendTextMessage(
            QStringLiteral(
                R"({"event":"on_query","data":{"query":"When does the ferry near site %1 open?"}})")
                .arg((sent * 37) % 1000));
    };
    for (int i = 0; i < clients; ++i) {
        auto ws = std::make_unique<QWebSocket>();
        QObject::connect(ws.get(), &QWebSocket::connected, [&connected]() { ++connected; });
        QObject::connect(ws.get(), &QWebSocket::textMessageReceived, [&, i](const QString &frame) {
            const qint64 now = clock.nsecsElapsed();
            latenciesUs.push_back((now - sentAt[size_t(i)]) / 1000);
            if (!frame.startsWith(QLatin1String("{\"event\"")))
                std::fprintf(stderr, "error frame: %s\n", qPrintable(frame.left(200)));
            ++done;
            if (rate <= 0)
                return sendNext(i);
            const qint64 due = sentAt[size_t(i)] + qint64(1e9 / rate);
            QTimer::singleShot(int(std::max<qint64>(0, (due - now) / 1000000)), Qt::PreciseTimer,
                               [&sendNext, i]() { sendNext(i); });
        });
        ws->open(wsRequest(port, token));
        sockets.push_back(std::move(ws));
    }
    waitUntil([&]() { return connected == clients; }, 30000);
    // Warm-up round, not counted.
    const int warm = clients;
    for (int i = 0; i < clients; ++i)
        sendNext(i);
    waitUntil([&]() { return done >= warm; }, 60000);
    latenciesUs.clear();
    const qint64 start = clock.elapsed();
    waitUntil([&]() { return done >= total; }, 600000);
    const qint64 wallMs = clock.elapsed() - start;
    std::sort(latenciesUs.begin(), latenciesUs.end());
    auto pct = [&](double p) {
        return latenciesUs.empty() ? 0.0 : latenciesUs[size_t(p * (latenciesUs.size() - 1))] / 1000.0;
    };
    const QByteArray load =
        rate > 0 ? QByteArray::number(rate) + " queries/s each" : QByteArray("back to back");
    std::printf("%d WS queries by %d clients (%s) over a 1000-chunk collection: p50 %.2f ms, p90 %.2f ms, "
                "p99 %.2f ms, %.0f queries/s\n",
                int(latenciesUs.size()), clients, load.constData(), pct(0.5), pct(0.9), pct(0.99),
                wallMs ? latenciesUs.size() * 1000.0 / wallMs : 0.0);
    return done >= total ? 0 : 1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() >= 5 && a[1] == QLatin1String("connections"))
        return connections(quint16(a[2].toUInt()), a[3].toLongLong(), a[4].toInt());
    if (a.size() >= 5 && a[1] == QLatin1String("query"))
        return query(quint16(a[2].toUInt()), a[3].toInt(), a[4].toInt(),
                     a.size() > 5 ? a[5].toDouble() : 0.0);
    std::fprintf(stderr, "usage: kissbench connections PORT PID N | query PORT CLIENTS N [RATE]\n");
    return 2;
}
