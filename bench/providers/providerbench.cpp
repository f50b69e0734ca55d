// Figures for the model providers (bench/providers.sh runs this; not part of the test suite).
//
//   providerbench ttft URL [ROUNDS]        time to first token: direct HTTP vs. our openai provider
//   providerbench local URL MODEL THREADS  generation speed: llama-server vs. the local provider
//   providerbench builtin [TEXTS]          builtin embedder: load time, chunks/s on one core, memory
#include "callwaiter.h"
#include "llm/builtin/builtinembedder.h"
#include "llm/local/localmodelpool.h"
#include "llm/local/localprovider.h"
#include "llm/openai/openaiprovider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <algorithm>
#include <cstdio>

using namespace aistack;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double percentile(QVector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[qMin(int(v.size()) - 1, int(p * v.size()))];
}

ChatRequest prompt(int maxTokens)
{
    ChatRequest r;
    r.systemPrompt = QStringLiteral("You are a helpful assistant.");
    r.messages = {{QStringLiteral("user"), QStringLiteral("Write a short story about a lighthouse keeper.")}};
    r.temperature = 0;
    r.maxTokens = maxTokens;
    return r;
}

QByteArray requestBytes(const QUrl &base, int maxTokens, bool stream)
{
    const QByteArray body =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("model"), QStringLiteral("bench")},
                {QStringLiteral("temperature"), 0},
                {QStringLiteral("max_tokens"), maxTokens},
                {QStringLiteral("stream"), stream},
                {QStringLiteral("messages"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                 {QStringLiteral("content"), QStringLiteral("You are a helpful assistant.")}},
                     QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                 {QStringLiteral("content"),
                                  QStringLiteral("Write a short story about a lighthouse keeper.")}}}}})
            .toJson(QJsonDocument::Compact);
    return "POST " + base.path().toUtf8() + "/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
           "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// A direct streamed request on a kept-alive socket: milliseconds to the first chunk carrying text.
double directTtft(QTcpSocket &socket, const QUrl &base)
{
    if (socket.state() != QAbstractSocket::ConnectedState) { // reconnect outside the timing
        socket.abort();
        socket.connectToHost(base.host(), quint16(base.port()));
        socket.waitForConnected(5000);
    }
    QElapsedTimer t;
    t.start();
    socket.write(requestBytes(base, 8, true));
    QByteArray buffer;
    double first = -1;
    while (socket.waitForReadyRead(30000)) {
        buffer += socket.readAll();
        if (first < 0 && buffer.contains("\"content\":\"") ) {
            const qsizetype at = buffer.indexOf("\"content\":\"");
            if (buffer.mid(at + 11, 1) != "\"")
                first = t.nsecsElapsed() / 1e6;
        }
        if (buffer.contains("data: [DONE]") && buffer.endsWith("\r\n\r\n"))
            break;
    }
    if (first < 0)
        std::fprintf(stderr, "direct request: no text in %s\n", buffer.left(300).constData());
    return first;
}

int ttft(const QUrl &base, int rounds)
{
    OpenAiSettings s;
    s.baseUrl = base;
    s.model = QStringLiteral("bench");
    OpenAiProvider provider(s);
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(5000))
        return 1;
    QVector<double> direct, ours;
    for (int i = 0; i < rounds + 3; ++i) {
        const double d = directTtft(socket, base);
        QElapsedTimer t;
        t.start();
        double first = -1;
        LlmCall *call = provider.chat(prompt(8), true);
        test::waitFor(call, 30000, [&](LlmCall *, int n) {
            if (n == 1)
                first = t.nsecsElapsed() / 1e6;
        });
        if (i >= 3 && d > 0 && first > 0) { // three warm-up rounds
            direct << d;
            ours << first;
        }
    }
    QVector<double> diff;
    for (int i = 0; i < direct.size(); ++i)
        diff << ours[i] - direct[i];
    std::printf("ttft rounds=%d direct_median_ms=%.3f provider_median_ms=%.3f overhead_median_ms=%.3f "
                "overhead_p90_ms=%.3f\n",
                int(direct.size()), median(direct), median(ours), median(ours) - median(direct), percentile(diff, 0.9));
    return 0;
}

// llama-server's own decode speed (its `timings`) for one request on a kept-alive socket.
double serverDecodeSpeed(QTcpSocket &socket, const QUrl &base, int tokens)
{
    socket.write(requestBytes(base, tokens, false));
    QByteArray reply;
    while (socket.waitForReadyRead(120000)) {
        reply += socket.readAll();
        const qsizetype header = reply.indexOf("\r\n\r\n");
        const qsizetype cl = reply.toLower().indexOf("content-length:");
        if (header > 0 && cl > 0 && cl < header) {
            const qsizetype length = reply.mid(cl + 15, reply.indexOf("\r\n", cl) - cl - 15).trimmed().toLongLong();
            if (reply.size() >= header + 4 + length)
                return QJsonDocument::fromJson(reply.mid(header + 4))
                    .object()[QStringLiteral("timings")]
                    .toObject()[QStringLiteral("predicted_per_second")]
                    .toDouble();
        }
    }
    return 0;
}

int local(const QUrl &base, const QString &model, int threads)
{
    const int tokens = 128, rounds = 5;
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(5000))
        return 1;
    LocalSettings ls;
    ls.modelPath = model;
    ls.threads = threads;
    LocalModelPool pool;
    LocalProvider provider(ls, &pool);
    test::waitFor(provider.chat(prompt(4), false), 300000); // load the model first
    QVector<double> server, ours;
    for (int round = 0; round < rounds; ++round) { // interleaved, so both see the same machine state
        server << serverDecodeSpeed(socket, base, tokens);
        QElapsedTimer t;
        t.start();
        double first = -1;
        const test::CallOutcome out = test::waitFor(provider.chat(prompt(tokens), true), 300000, [&](LlmCall *, int) {
            if (first < 0)
                first = t.nsecsElapsed() / 1e9;
        });
        if (!out.chat)
            return 1;
        // From the first token to the last: the same span llama-server's predicted_per_second covers.
        ours << (out.chat->usage.completionTokens - 1) / (t.nsecsElapsed() / 1e9 - first);
    }
    const double s = median(server), o = median(ours);
    std::printf("local tokens=%d threads=%d rounds=%d llama_server_tok_s=%.1f local_tok_s=%.1f ratio=%.3f\n", tokens,
                threads, rounds, s, o, s > 0 ? o / s : 0);
    return 0;
}

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return 0;
}

int builtin(int texts)
{
    const long before = rssKb();
    QElapsedTimer t;
    t.start();
    QString error;
    auto table = WordVectorTable::open(WordVectorTable::defaultPath(), &error);
    if (!table) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    BuiltinEmbedder embedder(table);
    embedder.embed(QStringLiteral("warm up"));
    const double loadMs = t.nsecsElapsed() / 1e6;
    // ~200-word chunks of varied English text.
    const QStringList vocabulary = QStringLiteral(
        "the a of to and in is was for on that with as by it at from his her an be has are have but were not this "
        "who they had which will their one after new been also we would two more first about up when year there all "
        "out she other people percent than over into last some government time you years if no world can three do "
        "president only state million could us most against u.s. so them what him united during before may since many "
        "while where states because now city made like between did just national day country under such second then "
        "company group any through china american week found police left back best around life market business")
                                         .split(QLatin1Char(' '));
    QStringList chunks;
    quint32 seed = 12345;
    for (int i = 0; i < 1000; ++i) {
        QStringList words;
        for (int w = 0; w < 200; ++w) {
            seed = seed * 1664525u + 1013904223u;
            words << vocabulary[int((seed >> 8) % quint32(vocabulary.size()))];
        }
        chunks << words.join(QLatin1Char(' ')) + QLatin1Char('.');
    }
    t.restart();
    double sink = 0;
    for (int i = 0; i < texts; ++i)
        sink += embedder.embed(chunks[i % chunks.size()])[0];
    const double seconds = t.nsecsElapsed() / 1e9;
    std::printf("builtin words=%d table_mb=%.1f load_ms=%.1f chunks=%d chunks_per_s=%.0f rss_delta_mb=%.1f (%g)\n",
                table->size(), table->mappedBytes() / 1048576.0, loadMs, texts, texts / seconds,
                (rssKb() - before) / 1024.0, sink > 1e9 ? sink : 0.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("ttft"))
        return ttft(QUrl(args[2]), args.size() > 3 ? args[3].toInt() : 50);
    if (args.size() >= 5 && args[1] == QLatin1String("local"))
        return local(QUrl(args[2]), args[3], args[4].toInt());
    if (args.size() >= 2 && args[1] == QLatin1String("builtin"))
        return builtin(args.size() > 2 ? args[2].toInt() : 20000);
    std::fprintf(stderr, "usage: providerbench ttft URL [ROUNDS] | local URL MODEL THREADS | builtin [TEXTS]\n");
    return 2;
}
