#include "jwkset.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace aistack {

struct JwkSet::Key
{
    QString kid;
    QString alg; // as the key states it (may be empty)
    QString kty; // RSA | EC
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

namespace {
QByteArray b64url(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1(),
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

EVP_PKEY *fromParams(const char *type, OSSL_PARAM_BLD *bld)
{
    EVP_PKEY *pkey = nullptr;
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
    if (params && ctx && EVP_PKEY_fromdata_init(ctx) > 0)
        EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    return pkey;
}

EVP_PKEY *rsaKey(const QJsonObject &jwk)
{
    const QByteArray n = b64url(jwk.value(QStringLiteral("n")));
    const QByteArray e = b64url(jwk.value(QStringLiteral("e")));
    if (n.isEmpty() || e.isEmpty())
        return nullptr;
    BIGNUM *bn = BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr);
    BIGNUM *be = BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    EVP_PKEY *pkey = nullptr;
    if (bn && be && bld && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn) &&
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, be))
        pkey = fromParams("RSA", bld);
    OSSL_PARAM_BLD_free(bld);
    BN_free(bn);
    BN_free(be);
    return pkey;
}

EVP_PKEY *ecKey(const QJsonObject &jwk)
{
    if (jwk.value(QStringLiteral("crv")).toString() != QLatin1String("P-256"))
        return nullptr;
    const QByteArray x = b64url(jwk.value(QStringLiteral("x")));
    const QByteArray y = b64url(jwk.value(QStringLiteral("y")));
    if (x.size() != 32 || y.size() != 32)
        return nullptr;
    const QByteArray point = QByteArray(1, '\x04') + x + y;
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    EVP_PKEY *pkey = nullptr;
    char group[] = "prime256v1";
    if (bld && OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, group, 0) &&
        OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size())))
        pkey = fromParams("EC", bld);
    OSSL_PARAM_BLD_free(bld);
    return pkey;
}

QString ktyFor(const QString &alg)
{
    if (alg == QLatin1String("RS256"))
        return QStringLiteral("RSA");
    if (alg == QLatin1String("ES256"))
        return QStringLiteral("EC");
    return {};
}

// A JWS ES256 signature is r||s (32 bytes each); OpenSSL wants DER.
QByteArray ecdsaDer(const QByteArray &raw)
{
    if (raw.size() != 64)
        return {};
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()), 32, nullptr);
    BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()) + 32, 32, nullptr);
    QByteArray der;
    if (sig && r && s && ECDSA_SIG_set0(sig, r, s)) {
        r = s = nullptr; // owned by sig
        unsigned char *out = nullptr;
        const int len = i2d_ECDSA_SIG(sig, &out);
        if (len > 0)
            der = QByteArray(reinterpret_cast<const char *>(out), len);
        OPENSSL_free(out);
    }
    BN_free(r);
    BN_free(s);
    ECDSA_SIG_free(sig);
    return der;
}
} // namespace

JwkSet::JwkSet() = default;
JwkSet::~JwkSet() = default;

std::shared_ptr<JwkSet> JwkSet::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("keys")).isArray()) {
        *error = QStringLiteral("not a JSON Web Key Set (no \"keys\" list)");
        return nullptr;
    }
    auto set = std::make_shared<JwkSet>();
    for (const QJsonValue &v : doc.object().value(QStringLiteral("keys")).toArray()) {
        const QJsonObject jwk = v.toObject();
        auto key = std::make_shared<Key>();
        key->kid = jwk.value(QStringLiteral("kid")).toString();
        key->alg = jwk.value(QStringLiteral("alg")).toString();
        key->kty = jwk.value(QStringLiteral("kty")).toString();
        if (jwk.contains(QStringLiteral("use")) &&
            jwk.value(QStringLiteral("use")).toString() != QLatin1String("sig"))
            continue;
        if (key->kty == QLatin1String("RSA"))
            key->pkey = rsaKey(jwk);
        else if (key->kty == QLatin1String("EC"))
            key->pkey = ecKey(jwk);
        if (key->pkey)
            set->m_keys << key;
    }
    return set;
}

const JwkSet::Key *JwkSet::select(const QString &kid, const QString &alg) const
{
    const QString kty = ktyFor(alg);
    if (kty.isEmpty())
        return nullptr;
    for (const auto &key : m_keys) {
        if (key->kty != kty || (!key->alg.isEmpty() && key->alg != alg))
            continue;
        if (!kid.isEmpty() && key->kid != kid)
            continue;
        return key.get();
    }
    return nullptr;
}

bool JwkSet::verify(const Key &key, const QString &alg, const QByteArray &signingInput,
                    const QByteArray &signature)
{
    const QByteArray sig = alg == QLatin1String("ES256") ? ecdsaDer(signature) : signature;
    if (sig.isEmpty())
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok =
        ctx && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key.pkey) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
                         reinterpret_cast<const unsigned char *>(signingInput.constData()),
                         size_t(signingInput.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

} // namespace aistack
