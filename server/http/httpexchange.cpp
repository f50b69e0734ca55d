#include "httpexchange.h"

#include "connectionguard.h"
#include "corspolicy.h"
#include "errorreplies.h"
#include "httpmethod.h"
#include "httpservermetrics.h"
#include "log/requestlog.h"

#include <QDebug>
#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QThread>

namespace aistack {

HttpExchange::HttpExchange(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                           std::shared_ptr<const ExchangeContext> context, QString routePath)
    : m_responder(std::move(responder)), m_thread(QThread::currentThread()), m_context(std::move(context)),
      m_routePath(std::move(routePath))
{
    m_timer.start();
    m_socket = m_responder.socket();
    m_guard = ConnectionGuard::of(m_socket);
    if (m_guard)
        m_seq = m_guard->beginExchange();
    m_head = request.method() == QHttpServerRequest::Method::Head;
    m_method = httpMethodName(request.method());
    m_path = request.url().path();
    m_client = request.remoteAddress().toString();
    m_closeAfter = request.value("connection").toLower().contains("close");
    if (m_context->cors)
        m_corsHeaders = m_context->cors->responseHeaders(request);
}

HttpExchange::~HttpExchange()
{
    if (QThread::currentThread() != m_thread || m_state == State::Done || !m_socket)
        return;
    if (m_state == State::Streaming)
        endStream();
    else
        respond(ErrorReplies::internalError());
}

bool HttpExchange::connected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpExchange::submit(const QByteArray &bytes, bool final)
{
    m_bytes += bytes.size();
    if (m_guard)
        m_guard->submit(m_seq, bytes, final, final && m_closeAfter);
    else if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
}

void HttpExchange::respond(const HttpResponse &response)
{
    if (m_state != State::Open)
        return;
    m_state = State::Done;
    m_status = response.status;
    submit(response.serialize(m_corsHeaders, m_head, m_closeAfter), true);
    record();
}

bool HttpExchange::beginStream(int status, const QByteArray &contentType, const HeaderList &headers)
{
    if (m_state != State::Open)
        return false;
    m_state = State::Streaming;
    m_status = status;
    if (m_socket)
        m_socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, kStreamSendBuffer);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\nCache-Control: no-cache\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    for (const auto &h : std::as_const(m_corsHeaders))
        head += h.first + ": " + h.second + "\r\n";
    if (m_closeAfter)
        head += "Connection: close\r\n";
    head += "\r\n";
    submit(head, false);
    if (m_head) { // HEAD: headers only, the stream ends at once
        submit("0\r\n\r\n", true);
        m_state = State::Done;
        record();
        return false;
    }
    return connected();
}

bool HttpExchange::writeChunk(const QByteArray &data)
{
    if (m_state != State::Streaming || data.isEmpty())
        return m_state == State::Streaming && connected();
    if (m_socket && m_socket->bytesToWrite() > kMaxUnsentBytes) {
        qWarning().noquote() << "dropping a client that does not read its stream:" << m_socket->bytesToWrite()
                             << "bytes unsent";
        m_socket->abort();
        return false;
    }
    submit(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n", false);
    return connected();
}

void HttpExchange::endStream()
{
    if (m_state != State::Streaming)
        return;
    m_state = State::Done;
    submit("0\r\n\r\n", true);
    record();
}

void HttpExchange::record()
{
    const double seconds = double(m_timer.nsecsElapsed()) / 1e9;
    const QString status = QString::number(m_status);
    HttpServerMetrics *metrics = m_context->metrics;
    if (metrics) {
        metrics->requests->inc({m_method, status});
        if (!m_routePath.isEmpty()) {
            metrics->responseDuration->observe(seconds, {m_routePath});
            if (m_routePath != QLatin1String("/metrics"))
                metrics->restApiCalls->inc({m_routePath, status});
        }
    }
    if (m_context->requestLog && m_context->requestLog->wanted()) {
        RequestRecord r;
        r.when = QDateTime::currentDateTimeUtc();
        r.method = m_method;
        r.path = m_path;
        r.status = m_status;
        r.durationMs = seconds * 1000.0;
        r.client = m_client;
        r.bytesSent = m_bytes;
        m_context->requestLog->record(r);
    }
}

} // namespace aistack
