#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>

namespace aistack {

class ThreadNetworks;

// One HTTP(S) round trip that waits in a local event loop: for worker threads (the authentication modules'
// calls to a JWKS URL or a Kubernetes API server, the MCP client's calls to its servers).
struct BlockingHttp
{
    struct Options
    {
        QList<QSslCertificate> caCertificates; // trusted in addition to the system's
        bool skipTlsVerification = false;
        QByteArray bearer; // sent as Authorization: Bearer when set
        QByteArray accept = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers; // more request headers
        int timeoutMs = 10000;
    };
    struct Reply
    {
        int status = 0; // 0: no HTTP answer
        QByteArray body;
        QString error;         // why there was no answer
        bool timedOut = false; // no data for Options::timeoutMs (status and body may be partial)
        QList<QPair<QByteArray, QByteArray>> headers;
        // A response header's value (names compare without case); empty when absent.
        QByteArray header(const QByteArray &name) const;
    };
    static Reply call(ThreadNetworks &networks, const QByteArray &verb, const QString &url,
                      const QByteArray &body, const Options &options);
};

} // namespace aistack
