#include "chromaclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace aistack {

ChromaClient::ChromaClient(ChromaSettings settings) : m_settings(std::move(settings)) {}

ChromaClient::~ChromaClient() = default;

QString ChromaClient::baseUrl() const
{
    return QStringLiteral("%1://%2:%3")
        .arg(m_settings.secure ? QStringLiteral("https") : QStringLiteral("http"), m_settings.host)
        .arg(m_settings.port);
}

QString ChromaClient::databasePath() const
{
    return QStringLiteral("/api/v2/tenants/%1/databases/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_settings.tenant)),
             QString::fromLatin1(QUrl::toPercentEncoding(m_settings.database)));
}

ChromaClient::Reply ChromaClient::get(const QString &path)
{
    return call("GET", path, {});
}

ChromaClient::Reply ChromaClient::post(const QString &path, const QJsonValue &body)
{
    const QJsonDocument doc = body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject());
    return call("POST", path, doc.toJson(QJsonDocument::Compact));
}

ChromaClient::Reply ChromaClient::del(const QString &path)
{
    return call("DELETE", path, {});
}

ChromaClient::Reply ChromaClient::call(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(baseUrl() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_settings.token.isEmpty())
        request.setRawHeader("X-Chroma-Token", m_settings.token.toUtf8());
    request.setTransferTimeout(m_settings.timeoutMs);
    QNetworkReply *reply = m_networks.forCurrentThread()->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        result.json = json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
    } else if (!data.trimmed().isEmpty()) { // a bare scalar (e.g. /count answers `5`)
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + data + ']');
        if (wrapped.isArray())
            result.json = wrapped.array().first();
    }
    if (!result.ok()) {
        if (result.status == 0) {
            result.error =
                QStringLiteral("Chroma at %1 cannot be reached: %2").arg(baseUrl(), reply->errorString());
        } else {
            const QJsonObject o = result.json.toObject();
            const QString message =
                o.value(QStringLiteral("message"))
                    .toString(o.value(QStringLiteral("error")).toString(QString::fromUtf8(data.left(300))));
            result.error = QStringLiteral("Chroma answered %1: %2").arg(result.status).arg(message);
        }
    }
    reply->deleteLater();
    return result;
}

} // namespace aistack
