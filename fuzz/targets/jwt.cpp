// The HS256 JSON Web Tokens of the KISS sessions: the input as a token, and its header and claims signed
// with the key (so that the claim checks behind the signature are reached too).
#include "auth/jwt.h"
#include "fuzztarget.h"

#include <QMessageAuthenticationCode>

namespace aistack::fuzz {

namespace {
const QByteArray kKey = QByteArrayLiteral("fuzz-signing-key-0123456789abcdef");
constexpr qint64 kNow = 1767225600; // 2026-01-01

void requireConsistent(const Jwt::Verified &v)
{
    require(!Jwt::describe(v.failure).isEmpty(), "every verdict has a description");
    if (v.ok())
        require(v.claims.value(QStringLiteral("exp")).isDouble(), "an accepted token has an expiry");
    else
        require(v.claims.isEmpty(), "a refused token yields no claims");
}
} // namespace

Verdict jwt(const QByteArray &input)
{
    const Jwt::Verified asIs = Jwt::verifyHs256(input, kKey, kNow);
    requireConsistent(asIs);

    // header.payload[.anything] -> header.payload.<its signature with the key>
    const qsizetype dot = input.indexOf('.');
    const qsizetype end = dot < 0 ? -1 : input.indexOf('.', dot + 1);
    const QByteArray signingInput = end < 0 ? input : input.left(end);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(signingInput, kKey, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const Jwt::Verified signed_ = Jwt::verifyHs256(signingInput + '.' + signature, kKey, kNow);
    requireConsistent(signed_);
    if (signingInput.count('.') == 1)
        require(signed_.failure != Jwt::Failure::BadSignature,
                "a token signed with the key is not refused for its signature");
    if (!asIs.ok())
        return Verdict::refuse(Jwt::describe(asIs.failure));
    return {};
}

} // namespace aistack::fuzz
