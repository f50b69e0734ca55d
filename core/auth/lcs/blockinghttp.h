#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace aistack {

class ThreadNetworks;

// One HTTP(S) round trip that waits in a local event loop: for worker threads (the authentication modules'
// calls to a JWKS URL or a Kubernetes API server).
struct BlockingHttp
{
    struct Options
    {
        QList<QSslCertificate> caCertificates; // trusted in addition to the system's
        bool skipTlsVerification = false;
        QByteArray bearer; // sent as Authorization: Bearer when set
        int timeoutMs = 10000;
    };
    struct Reply
    {
        int status = 0; // 0: no HTTP answer
        QByteArray body;
        QString error; // why there was no answer
    };
    static Reply call(ThreadNetworks &networks, const QByteArray &verb, const QString &url,
                      const QByteArray &body, const Options &options);
};

} // namespace aistack
