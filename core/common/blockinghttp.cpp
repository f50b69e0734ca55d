#include "blockinghttp.h"

#include "threadnetworks.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace aistack {

BlockingHttp::Reply BlockingHttp::call(ThreadNetworks &networks, const QByteArray &verb, const QString &url,
                                       const QByteArray &body, const Options &options)
{
    QNetworkRequest request{QUrl(url)};
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", options.accept);
    if (!options.bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + options.bearer);
    for (const auto &[name, value] : options.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(options.timeoutMs);
    if (request.url().scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!options.caCertificates.isEmpty())
            tls.addCaCertificates(options.caCertificates);
        if (options.skipTlsVerification)
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = networks.forCurrentThread()->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (result.status == 0)
        result.error = reply->errorString();
    // The transfer timeout aborts the reply (also one whose headers came, e.g. a stream); nothing else here
    // does.
    result.timedOut = reply->error() == QNetworkReply::OperationCanceledError;
    reply->deleteLater();
    return result;
}

QByteArray BlockingHttp::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace aistack
