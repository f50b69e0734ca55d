#include "httpclient.h"

#include <QDeadlineTimer>
#include <QList>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace aistack::test {

HttpClient::HttpClient(QString host, quint16 port, bool tls)
    : m_host(std::move(host)), m_port(port), m_tls(tls),
      m_socket(tls ? static_cast<QAbstractSocket *>(new QSslSocket) : new QTcpSocket)
{
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone); // self-signed test certificate
}

HttpClient::~HttpClient()
{
    delete m_socket;
}

bool HttpClient::connect(int timeoutMs)
{
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        ssl->connectToHostEncrypted(m_host, m_port);
        return ssl->waitForEncrypted(timeoutMs);
    }
    m_socket->connectToHost(m_host, m_port);
    return m_socket->waitForConnected(timeoutMs);
}

bool HttpClient::send(const QByteArray &raw)
{
    if (m_socket->write(raw) != raw.size())
        return false;
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(5000))
            return false;
    }
    return true;
}

bool HttpClient::fill(int timeoutMs)
{
    if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(timeoutMs))
        return false;
    m_buffer += m_socket->readAll();
    return true;
}

HttpReply HttpClient::read(int timeoutMs, bool head)
{
    HttpReply reply;
    QDeadlineTimer deadline(timeoutMs);
    auto more = [&]() {
        if (fill(int(qMax<qint64>(1, deadline.remainingTime()))))
            return true;
        reply.closed = m_socket->state() != QAbstractSocket::ConnectedState;
        return false;
    };
    qsizetype end;
    while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (!more())
            return reply;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    reply.status = statusLine.value(1).toInt();
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines.at(i).indexOf(':');
        if (colon > 0)
            reply.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                 lines.at(i).mid(colon + 1).trimmed());
    }
    if (head || reply.status < 200 || reply.status == 204 || reply.status == 304)
        return reply;
    if (reply.header("transfer-encoding").contains("chunked")) {
        for (;;) {
            qsizetype lineEnd;
            while ((lineEnd = m_buffer.indexOf("\r\n")) < 0) {
                if (!more())
                    return reply;
            }
            const qint64 size = m_buffer.left(lineEnd).trimmed().toLongLong(nullptr, 16);
            while (m_buffer.size() < lineEnd + 2 + size + 2) {
                if (!more())
                    return reply;
            }
            reply.body += m_buffer.mid(lineEnd + 2, size);
            m_buffer.remove(0, lineEnd + 2 + size + 2);
            if (size == 0)
                return reply;
        }
    }
    if (reply.headers.contains("content-length")) {
        const qint64 length = reply.header("content-length").toLongLong();
        while (m_buffer.size() < length) {
            if (!more())
                return reply;
        }
        reply.body = m_buffer.left(length);
        m_buffer.remove(0, length);
        return reply;
    }
    while (more()) { // body delimited by close
    }
    reply.body = m_buffer;
    m_buffer.clear();
    return reply;
}

HttpReply HttpClient::request(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QByteArray raw = method + ' ' + path + " HTTP/1.1\r\nHost: " + m_host.toUtf8() + "\r\n";
    for (const auto &h : headers)
        raw += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST")
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    raw += "\r\n" + body;
    if (m_socket->state() != QAbstractSocket::ConnectedState && !connect())
        return {};
    if (!send(raw))
        return {};
    return read(timeoutMs, method == "HEAD");
}

bool HttpClient::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket->state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            m_buffer += m_socket->readAll();
    }
    return m_socket->state() != QAbstractSocket::ConnectedState;
}

HttpReply HttpClient::get(quint16 port, const QByteArray &path, const QString &host)
{
    HttpClient client(host, port);
    return client.request("GET", path);
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace aistack::test
