#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

class QAbstractSocket;

namespace aistack::test {

// One parsed HTTP/1.1 response.
struct HttpReply
{
    int status = 0;                       // 0: no reply (connection closed or timed out)
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;                      // de-chunked
    bool closed = false;                  // the server closed the connection

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

// A blocking HTTP client over a real socket, for tests: it writes exactly the bytes it is
// given, so tests can send malformed, partial or pipelined requests.
class HttpClient
{
public:
    HttpClient(QString host, quint16 port, bool tls = false);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    bool connect(int timeoutMs = 5000);
    bool send(const QByteArray &raw);
    // Reads one response; HEAD responses have no body (pass head=true).
    HttpReply read(int timeoutMs = 10000, bool head = false);
    HttpReply request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                      const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000);
    bool waitForClose(int timeoutMs);
    QAbstractSocket *socket() const { return m_socket; }

    // One request on a fresh connection.
    static HttpReply get(quint16 port, const QByteArray &path,
                         const QString &host = QStringLiteral("127.0.0.1"));

private:
    bool fill(int timeoutMs);
    QString m_host;
    quint16 m_port;
    bool m_tls;
    QAbstractSocket *m_socket;
    QByteArray m_buffer;
};

// A port nobody listens on right now (bound, read, released).
quint16 freeLoopbackPort();

} // namespace aistack::test
