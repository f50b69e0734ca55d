#pragma once

// What the Lightspeed black-box suites share: configurations, requests over real sockets, and the SSE
// events of /v1/streaming_query.
#include "headlessprocess.h"
#include "httpclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QtTest>
#include <functional>

namespace aistack::test {

// A Lightspeed instance answering from its documents without a model (extractive answers), feedback and
// transcripts on. extra is appended as more top-level YAML.
inline QByteArray lcsConfig(const QByteArray &extra = {}, const QByteArray &userData = {})
{
    return QByteArray(R"(name: LCS test
service:
  host: 127.0.0.1
  port: 8080
  limits:
    request_timeout_seconds: 120
)") +
           (userData.isEmpty() ? QByteArray(R"(user_data_collection:
  feedback_enabled: true
  feedback_storage: feedback
  transcripts_enabled: true
  transcripts_storage: transcripts
)")
                               : userData) +
           R"(database:
  sqlite:
    db_path: app.db
stack:
  tools:
    - name: documents
      role: Answer questions about the stored documents
      kind: rag
      depth: 2
  vector_db:
    provider: embedded
    kind: storage
    path: vectors.db
)" + extra;
}

// A Lightspeed instance whose one tool asks an OpenAI-compatible server (no retries).
inline QByteArray lcsModelConfig(const QString &baseUrl)
{
    return QByteArray(R"(name: LCS stream
service:
  host: 127.0.0.1
  port: 8080
  limits:
    request_timeout_seconds: 300
database:
  sqlite:
    db_path: app.db
stack:
  tools:
    - name: chat
      role: Chat
      kind: prompt
      ai_client:
        provider: openai
        model: tiny-chat
        base_url: )") +
           baseUrl.toUtf8() + "\n        max_retries: 0\n";
}

struct LcsClient
{
    quint16 port;
    HttpReply call(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 60000) const
    {
        HttpClient client(QStringLiteral("127.0.0.1"), port);
        if (!client.connect())
            return {};
        QList<QPair<QByteArray, QByteArray>> h = headers;
        if (!body.isEmpty())
            h.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return client.request(method, path, body, h, timeoutMs);
    }
    HttpReply post(const QByteArray &path, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {}) const
    {
        return call("POST", path, body, headers);
    }
    HttpReply get(const QByteArray &path, const QList<QPair<QByteArray, QByteArray>> &headers = {}) const
    {
        return call("GET", path, {}, headers);
    }
};

// A QueryRequest body: the query, and `more` as further "key":value pairs.
inline QByteArray lcsQueryBody(const QByteArray &query, const QByteArray &more = {})
{
    return "{\"query\":\"" + query + "\"" + (more.isEmpty() ? QByteArray() : "," + more) + "}";
}

inline QJsonObject jsonOf(const HttpReply &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The events of an SSE body: one JSON object per `data:` line.
inline QList<QJsonObject> sseEvents(const QByteArray &body)
{
    QList<QJsonObject> events;
    for (const QByteArray &line : body.split('\n')) {
        if (line.startsWith("data: "))
            events << QJsonDocument::fromJson(line.mid(6)).object();
    }
    return events;
}

// The text the `token` events carry, joined, as a client builds it.
inline QString joinedTokens(const QList<QJsonObject> &events)
{
    QString text;
    for (const QJsonObject &e : events)
        if (e.value(QStringLiteral("event")).toString() == QLatin1String("token"))
            text += e.value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString();
    return text;
}

inline QString turnComplete(const QList<QJsonObject> &events)
{
    for (const QJsonObject &e : events)
        if (e.value(QStringLiteral("event")).toString() == QLatin1String("turn_complete"))
            return e.value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString();
    return {};
}

// A streaming request on a raw socket, read as it arrives.
struct StreamReader
{
    QTcpSocket socket;
    QByteArray received;

    bool open(quint16 port, const QByteArray &body, const QByteArray &path = "/v1/streaming_query")
    {
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForConnected(5000))
            return false;
        socket.write("POST " + path +
                     " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        return socket.waitForBytesWritten(5000);
    }
    int count(const QByteArray &what) const { return int(received.count(what)); }
    // Reads until done() or the timeout (false), or until the peer closes (done()'s answer then).
    bool readUntil(const std::function<bool()> &done, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (!done()) {
            if (t.elapsed() > timeoutMs)
                return false;
            if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(500) &&
                socket.state() != QAbstractSocket::ConnectedState)
                return done();
            received += socket.readAll();
        }
        return true;
    }
};

// Waits until the server logged that its --ingest finished.
inline bool waitForIngest(HeadlessProcess &app)
{
    return QTest::qWaitFor([&app]() { return app.stderrText().contains("ingest: done"); }, 60000);
}

} // namespace aistack::test
