#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace aistack::test {

// A loopback HTTP stand-in, for what no real provider can be made to do here: answer 429 with Retry-After
// (llama-server never rate-limits), or accept a connection and never answer. It replies with the queued
// raw responses in order, one per request, and with nothing at all once they run out (if `silent`).
class StubHttpServer : public QTcpServer
{
public:
    explicit StubHttpServer(QList<QByteArray> responses, bool silent = false)
        : m_responses(std::move(responses)), m_silent(silent)
    {
        listen(QHostAddress::LocalHost, 0);
    }

    int requests() const { return m_requests; }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(serverPort()); }

    static QByteArray response(int status, const QByteArray &reason, const QByteArray &body,
                               const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
               "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\n" + extraHeaders + "\r\n" + body;
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer]() {
            buffer->append(socket->readAll());
            // One request = headers + Content-Length bytes.
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                qsizetype length = 0;
                for (const QByteArray &line : buffer->left(end).split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                buffer->remove(0, end + 4 + length);
                ++m_requests;
                if (!m_responses.isEmpty())
                    socket->write(m_responses.takeFirst());
                else if (!m_silent)
                    socket->write(response(500, "Internal Server Error", "{}"));
            }
        });
    }

private:
    QList<QByteArray> m_responses;
    bool m_silent;
    int m_requests = 0;
};

} // namespace aistack::test
