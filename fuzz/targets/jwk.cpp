// A JSON Web Key Set as the `jwk-token` module fetches it (RFC 7517), and a signature checked with each
// key it selects. The signature and the signed bytes come from the input too.
#include "auth/lcs/jwkset.h"
#include "fuzztarget.h"

namespace aistack::fuzz {

Verdict jwk(const QByteArray &input)
{
    QString error;
    const std::shared_ptr<JwkSet> set = JwkSet::parse(input, &error);
    if (!set) {
        require(!error.isEmpty(), "a refused key set says why");
        return Verdict::refuse(error);
    }
    require(set->size() >= 0, "a key set has a size");
    // The last 64 bytes of the document stand for a signature (ES256's raw r||s is exactly 64 bytes).
    const QByteArray signature = input.right(64);
    const QByteArray signingInput = input.left(input.size() - signature.size());
    for (const QString &alg : {QStringLiteral("RS256"), QStringLiteral("ES256"), QStringLiteral("HS256"),
                               QStringLiteral("none")}) {
        for (const QString &kid : {QString(), QStringLiteral("k1")}) {
            const JwkSet::Key *key = set->select(kid, alg);
            if (!key)
                continue;
            require(alg == QLatin1String("RS256") || alg == QLatin1String("ES256"),
                    "only RS256 and ES256 keys are ever selected");
            JwkSet::verify(*key, alg, signingInput, signature);
            JwkSet::verify(*key, alg, signingInput, input);
        }
    }
    return {};
}

} // namespace aistack::fuzz
