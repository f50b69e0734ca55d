#pragma once

#include "httpclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>

namespace aistack::test {

// What the official KISS AI Stack SDKs send, over a real socket: POST with a JSON body and, after /auth,
// `Authorization: Bearer <token>`. Keeps one connection open (keep-alive) like httpx and axios do.
class KissClient
{
public:
    explicit KissClient(quint16 port) : m_port(port), m_http(QStringLiteral("127.0.0.1"), port) {}

    // POST path with a raw body; token empty: no Authorization header.
    HttpReply post(const QByteArray &path, const QByteArray &body, const QByteArray &token = {},
                   int timeoutMs = 60000);
    HttpReply postAuthorized(const QByteArray &path, const QByteArray &body, const QByteArray &authorization,
                             int timeoutMs = 60000);

    // /auth as the Python SDK sends it (null fields kept) or as the JS SDK does (undefined fields dropped).
    enum class Style { Python, Js };
    HttpReply auth(Style style, const QString &scope, const QString &clientId = {},
                   const QString &secret = {});

    // A new session: its id, secret and token (empty on failure).
    struct Session
    {
        QString clientId;
        QString secret;
        QByteArray token;
    };
    Session login(const QString &scope);
    // A new session whose stack is initialised (init with {}).
    Session initialised(const QString &scope = QStringLiteral("temporary"));

    quint16 port() const { return m_port; }
    QNetworkRequest wsRequest(const QByteArray &token, bool inQuery = false) const;

private:
    quint16 m_port;
    HttpClient m_http;
};

// Request bodies as the SDKs build them.
QByteArray queryBody(const QString &query);
// files: names and contents already as base64 text (tests send broken base64 too).
QByteArray filesBody(const QList<QPair<QString, QByteArray>> &base64Files, const QJsonObject &metadata = {});
// One file whose bytes are encoded here.
QByteArray fileBody(const QString &name, const QByteArray &bytes);

QJsonObject jsonObject(const QByteArray &body);
QJsonArray jsonArray(const QByteArray &body);
// The `{"detail": "..."}` message of an error body.
QString detailOf(const HttpReply &reply);

// HS256 tokens made by hand with Qt's HMAC, independent of the server's JWT code: for expired, forged and
// alg:none tokens. header: the raw JSON header.
QByteArray handMadeToken(const QByteArray &header, const QJsonObject &claims, const QByteArray &key);

} // namespace aistack::test
