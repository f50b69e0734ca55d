#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <memory>

namespace aistack {

// The public keys of a JSON Web Key Set (RFC 7517): RSA keys for RS256 and P-256 keys for ES256, checked
// with OpenSSL. Immutable once built; thread-safe.
class JwkSet
{
public:
    struct Key;
    JwkSet();
    ~JwkSet();

    // Parses a JWKS document; keys of other types or curves are skipped. *error when it is not a JWKS.
    static std::shared_ptr<JwkSet> parse(const QByteArray &json, QString *error);

    // The key for a token's header: by kid and alg when the token has a kid, else by alg alone. nullptr when
    // none fits.
    const Key *select(const QString &kid, const QString &alg) const;
    // Checks a JWS signature over signingInput ("header.payload") with a key of this set.
    static bool verify(const Key &key, const QString &alg, const QByteArray &signingInput,
                       const QByteArray &signature);

    int size() const { return int(m_keys.size()); }

private:
    QVector<std::shared_ptr<Key>> m_keys;
};

} // namespace aistack
