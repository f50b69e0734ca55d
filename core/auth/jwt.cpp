#include "jwt.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <limits>

namespace aistack {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

namespace Jwt {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encode(const QByteArray &raw)
{
    return raw.toBase64(kBase64Url);
}

bool decode(const QByteArray &text, QByteArray *out)
{
    for (char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_';
        if (!ok)
            return false; // padding, '+' or '/' are not base64url as JWT uses it
    }
    auto result = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding |
                                                           QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = *result;
    return true;
}

bool decodeObject(const QByteArray &text, QJsonObject *out)
{
    QByteArray raw;
    if (!decode(text, &raw))
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

// A NumericDate claim as whole seconds, as PyJWT reads it (int()); values beyond any date saturate instead
// of overflowing the conversion.
qint64 wholeSeconds(double value)
{
    constexpr double kLimit = 9.0e18; // inside qint64's range
    if (!(value > -kLimit))           // also NaN
        return std::numeric_limits<qint64>::min();
    if (value >= kLimit)
        return std::numeric_limits<qint64>::max();
    return qint64(value);
}

QByteArray signature(const QByteArray &signingInput, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256);
}
} // namespace

QByteArray signHs256(const QJsonObject &claims, const QByteArray &key)
{
    static const QByteArray header = encode(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray input = header + '.' + encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' + encode(signature(input, key));
}

Verified verifyHs256(const QByteArray &token, const QByteArray &key, qint64 nowSecs, qint64 leewaySecs)
{
    Verified v;
    const QList<QByteArray> parts = token.split('.');
    QJsonObject header;
    if (parts.size() != 3 || !decodeObject(parts[0], &header)) {
        v.failure = Failure::Malformed;
        return v;
    }
    if (header.value(QStringLiteral("alg")).toString() != QLatin1String("HS256")) {
        v.failure = Failure::WrongAlgorithm;
        return v;
    }
    QByteArray given;
    if (!decode(parts[2], &given)) {
        v.failure = Failure::Malformed;
        return v;
    }
    if (!constantTimeEquals(given, signature(parts[0] + '.' + parts[1], key))) {
        v.failure = Failure::BadSignature;
        return v;
    }
    QJsonObject claims;
    if (!decodeObject(parts[1], &claims)) {
        v.failure = Failure::Malformed;
        return v;
    }
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isDouble()) {
        v.failure = Failure::MissingExpiry;
        return v;
    }
    if (wholeSeconds(exp.toDouble()) <= nowSecs) {
        v.failure = Failure::Expired;
        return v;
    }
    const QJsonValue iat = claims.value(QStringLiteral("iat"));
    if (iat.isDouble() && wholeSeconds(iat.toDouble()) > nowSecs + leewaySecs) {
        v.failure = Failure::IssuedInFuture;
        return v;
    }
    v.claims = claims;
    return v;
}

QString describe(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return QStringLiteral("valid");
    case Failure::Malformed:
        return QStringLiteral("malformed token");
    case Failure::WrongAlgorithm:
        return QStringLiteral("algorithm other than HS256");
    case Failure::BadSignature:
        return QStringLiteral("bad signature");
    case Failure::Expired:
        return QStringLiteral("expired");
    case Failure::IssuedInFuture:
        return QStringLiteral("issued in the future");
    case Failure::MissingExpiry:
        return QStringLiteral("no exp claim");
    }
    return {};
}

} // namespace Jwt
} // namespace aistack
