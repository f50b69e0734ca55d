#pragma once

#include "httpresponse.h"

#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <memory>

class QHttpServerRequest;
class QTcpSocket;

namespace aistack {

class ConnectionGuard;
class CorsPolicy;
class HttpServerMetrics;
class RequestLog;

// What every exchange reports to and applies.
struct ExchangeContext
{
    HttpServerMetrics *metrics = nullptr;
    RequestLog *requestLog = nullptr;
    const CorsPolicy *cors = nullptr;
};

// One request and its reply. Created in the server thread by the router; may be kept (as a
// shared pointer) by asynchronous work and answered later, always from the server thread.
// Writing after the client has gone is a no-op. An exchange dropped without an answer
// answers 500 (or ends its stream), so no client ever waits forever.
class HttpExchange
{
public:
    HttpExchange(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                 std::shared_ptr<const ExchangeContext> context, QString routePath);
    ~HttpExchange();
    HttpExchange(const HttpExchange &) = delete;
    HttpExchange &operator=(const HttpExchange &) = delete;

    void respond(const HttpResponse &response);
    void json(int status, const QJsonValue &value) { respond(HttpResponse::json(status, value)); }

    // A chunked response whose body is written piece by piece (SSE and other streams).
    bool beginStream(int status, const QByteArray &contentType, const HeaderList &headers = {});
    bool writeChunk(const QByteArray &data);
    // How far a client may fall behind a stream: once this much is still waiting to be sent to it and the
    // stream goes on, the client is taken as one that does not read, and its connection is dropped (so a
    // stream no one reads holds a bounded amount of memory, and its generation stops). A stream's socket
    // also keeps a fixed kernel send buffer of kStreamSendBuffer bytes instead of one that grows to
    // megabytes.
    static constexpr qint64 kMaxUnsentBytes = 256 * 1024;
    static constexpr int kStreamSendBuffer = 128 * 1024;
    void endStream();

    // The response carries its own CORS headers (a preflight answer).
    void omitCorsHeaders() { m_corsHeaders.clear(); }

    bool connected() const;
    bool finished() const { return m_state == State::Done; }
    QThread *thread() const { return m_thread; } // the server thread it was made in
    QTcpSocket *socket() const { return m_socket; }
    const QString &method() const { return m_method; }
    const QString &path() const { return m_path; }

private:
    void submit(const QByteArray &bytes, bool final);
    void record();

    enum class State { Open, Streaming, Done };
    QHttpServerResponder m_responder;
    QThread *const m_thread;
    QPointer<QTcpSocket> m_socket;
    QPointer<ConnectionGuard> m_guard;
    std::shared_ptr<const ExchangeContext> m_context;
    quint64 m_seq = 0;
    State m_state = State::Open;
    bool m_head = false;
    bool m_closeAfter = false;
    int m_status = 0;
    qint64 m_bytes = 0;
    QString m_method;
    QString m_path;
    QString m_routePath;
    QString m_client;
    HeaderList m_corsHeaders;
    QElapsedTimer m_timer;
};

using ExchangePtr = std::shared_ptr<HttpExchange>;

} // namespace aistack
