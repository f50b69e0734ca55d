#include "kissclient.h"

#include <QAbstractSocket>
#include <QDebug>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace aistack::test {

HttpReply KissClient::postAuthorized(const QByteArray &path, const QByteArray &body,
                                     const QByteArray &authorization, int timeoutMs)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}, {"Accept", "*/*"}};
    if (!authorization.isNull())
        headers.append({"Authorization", authorization});
    HttpReply r = m_http.request("POST", path, body, headers, timeoutMs);
    if (r.status == 0 || r.closed) { // the server closed an idle keep-alive connection: reconnect once
        m_http.socket()->abort();
        if (r.status == 0)
            r = m_http.request("POST", path, body, headers, timeoutMs);
    }
    return r;
}

HttpReply KissClient::post(const QByteArray &path, const QByteArray &body, const QByteArray &token,
                           int timeoutMs)
{
    return postAuthorized(path, body, token.isEmpty() ? QByteArray() : "Bearer " + token, timeoutMs);
}

HttpReply KissClient::auth(Style style, const QString &scope, const QString &clientId, const QString &secret)
{
    QJsonObject body;
    auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            body.insert(QLatin1String(key), value);
        else if (style == Style::Python)
            body.insert(QLatin1String(key), QJsonValue::Null);
    };
    put("scope", scope);
    put("client_id", clientId);
    put("client_secret", secret);
    return post("/auth", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

KissClient::Session KissClient::login(const QString &scope)
{
    const HttpReply r = auth(Style::Js, scope);
    const QJsonObject o = jsonObject(r.body);
    if (r.status != 200)
        return {};
    return {o.value(QStringLiteral("client_id")).toString(),
            o.value(QStringLiteral("client_secret")).toString(),
            o.value(QStringLiteral("access_token")).toString().toUtf8()};
}

KissClient::Session KissClient::initialised(const QString &scope)
{
    const Session s = login(scope);
    const HttpReply r = post("/sessions?action=init", "{}", s.token);
    if (r.status != 200)
        qWarning() << "init failed" << r.status << r.body;
    return s;
}

QByteArray queryBody(const QString &query)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("query"), query}}).toJson(QJsonDocument::Compact);
}

QByteArray filesBody(const QList<QPair<QString, QByteArray>> &base64Files, const QJsonObject &metadata)
{
    QJsonArray list;
    for (const auto &[name, content] : base64Files)
        list.append(QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("content"), QString::fromLatin1(content)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("files"), list}, {QStringLiteral("metadata"), metadata}})
        .toJson(QJsonDocument::Compact);
}

QByteArray fileBody(const QString &name, const QByteArray &bytes)
{
    return filesBody({{name, bytes.toBase64()}});
}

QNetworkRequest KissClient::wsRequest(const QByteArray &token, bool inQuery) const
{
    QUrl url(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_port));
    if (inQuery)
        url.setQuery(QStringLiteral("token=") + QString::fromLatin1(token));
    QNetworkRequest request(url);
    if (!inQuery && !token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    return request;
}

QJsonObject jsonObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray jsonArray(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).array();
}

QString detailOf(const HttpReply &reply)
{
    return jsonObject(reply.body).value(QStringLiteral("detail")).toString();
}

QByteArray handMadeToken(const QByteArray &header, const QJsonObject &claims, const QByteArray &key)
{
    constexpr auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    const QByteArray input =
        header.toBase64(b64) + '.' + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(b64);
    const QByteArray signature =
        key.isEmpty() ? QByteArray()
                      : QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256);
    return input + '.' + signature.toBase64(b64);
}

} // namespace aistack::test
