#include "jwkauth.h"

#include "common/blockinghttp.h"
#include "jwkset.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <cmath>

namespace aistack {

namespace {
constexpr qint64 kCacheMs = 3600 * 1000;
constexpr qint64 kRefreshAfterMs = 1000; // an unknown kid fetches the set again, at most once a second

std::optional<QJsonObject> decodePart(const QByteArray &part)
{
    const auto raw =
        QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!raw)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.decoded, &error);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString claimText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) { // a whole number as Python prints an int; one beyond qint64 is never converted to it
        const double d = v.toDouble();
        return std::abs(d) < 9.0e18 ? QString::number(qint64(d)) : QString::number(d, 'f', 0);
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}
} // namespace

JwkAuth::JwkAuth(JwkConfig config, bool skipTlsVerification)
    : m_config(std::move(config)), m_skipTls(skipTlsVerification)
{
}

JwkAuth::~JwkAuth() = default;

std::shared_ptr<const JwkSet> JwkAuth::keys(bool refresh, QString *error)
{
    QMutexLocker lock(&m_mutex);
    const bool fresh = m_keys && m_fetched.elapsed() < (refresh ? kRefreshAfterMs : kCacheMs);
    if (fresh)
        return m_keys;
    BlockingHttp::Options options;
    options.skipTlsVerification = m_skipTls;
    const BlockingHttp::Reply reply = BlockingHttp::call(m_networks, "GET", m_config.url, {}, options);
    if (reply.status != 200) {
        *error = reply.status == 0 ? reply.error : QStringLiteral("HTTP %1").arg(reply.status);
        return m_keys; // a stale set is better than none
    }
    const std::shared_ptr<JwkSet> set = JwkSet::parse(reply.body, error);
    if (!set)
        return m_keys;
    m_keys = set;
    m_fetched.start();
    return m_keys;
}

AuthVerdict JwkAuth::authenticate(const AuthRequest &request)
{
    AuthVerdict verdict;
    const std::optional<QString> token = bearer(request.authorization, &verdict);
    if (!token)
        return verdict;
    const QList<QByteArray> parts = token->toLatin1().split('.');
    if (parts.size() != 3)
        return AuthVerdict::refuse(400, QStringLiteral("Invalid token: decode error"));
    const std::optional<QJsonObject> header = decodePart(parts.at(0));
    const std::optional<QJsonObject> claims = decodePart(parts.at(1));
    const auto signature = QByteArray::fromBase64Encoding(
        parts.at(2), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                         QByteArray::AbortOnBase64DecodingErrors);
    if (!header || !claims || !signature)
        return AuthVerdict::refuse(400, QStringLiteral("Invalid token: decode error"));
    const QString alg = header->value(QStringLiteral("alg")).toString();
    const QString kid = header->value(QStringLiteral("kid")).toString();

    QString error;
    std::shared_ptr<const JwkSet> set = keys(false, &error);
    if (!set) {
        qWarning().noquote() << "jwk-token: cannot fetch the keys at" << m_config.url << ":" << error;
        return AuthVerdict::refuse(500, QStringLiteral("Internal server error"));
    }
    const JwkSet::Key *key = set->select(kid, alg);
    if (!key && !kid.isEmpty()) { // perhaps the keys were rotated
        set = keys(true, &error);
        key = set ? set->select(kid, alg) : nullptr;
    }
    if (!key)
        return AuthVerdict::refuse(
            401, QStringLiteral("Invalid token: signed by unknown key or algorithm mismatch"));
    if (!JwkSet::verify(*key, alg, parts.at(0) + '.' + parts.at(1), signature.decoded))
        return AuthVerdict::refuse(401, QStringLiteral("Invalid token: bad signature"));

    const double now = double(QDateTime::currentSecsSinceEpoch());
    const QJsonValue exp = claims->value(QStringLiteral("exp"));
    const QJsonValue nbf = claims->value(QStringLiteral("nbf"));
    if ((!exp.isUndefined() && !exp.isDouble()) || (!nbf.isUndefined() && !nbf.isDouble()))
        return AuthVerdict::refuse(401, QStringLiteral("Error validating token"));
    if (exp.isDouble() && exp.toDouble() < now)
        return AuthVerdict::refuse(401, QStringLiteral("Token has expired"));
    if (nbf.isDouble() && nbf.toDouble() > now)
        return AuthVerdict::refuse(401, QStringLiteral("Error validating token"));
    for (const QString &claim : {m_config.userIdClaim, m_config.usernameClaim}) {
        if (!claims->contains(claim))
            return AuthVerdict::refuse(401, QStringLiteral("Token missing claim: %1").arg(claim));
    }
    verdict.identity.userId = claimText(claims->value(m_config.userIdClaim));
    verdict.identity.username = claimText(claims->value(m_config.usernameClaim));
    verdict.identity.token = *token;
    verdict.identity.skipUserIdCheck = false;
    return verdict;
}

} // namespace aistack
