// Black box: the Lightspeed authentication modules of the built server. jwk-token against keys generated
// here with OpenSSL (RS256 and ES256) and a JWKS served over loopback by a static file server; k8s against a
// loopback HTTPS stand-in for TokenReview and SubjectAccessReview (no Kubernetes API server can run on the
// test machine), trusted through k8s_ca_cert_path.
#include "lcstesthelpers.h"

#include <QDateTime>
#include <QProcess>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>

using namespace aistack::test;

namespace {
QByteArray b64url(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A key pair made at test time, its public JWK, and JWS signatures.
struct TestKey
{
    EVP_PKEY *pkey = nullptr;
    bool ec = false;
    explicit TestKey(bool elliptic) : ec(elliptic)
    {
        pkey = ec ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")
                  : EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    }
    ~TestKey() { EVP_PKEY_free(pkey); }
    TestKey(const TestKey &) = delete;

    static QByteArray bnParam(EVP_PKEY *k, const char *name)
    {
        BIGNUM *bn = nullptr;
        EVP_PKEY_get_bn_param(k, name, &bn);
        QByteArray out(BN_num_bytes(bn), '\0');
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
        BN_free(bn);
        return out;
    }

    QJsonObject jwk(const QString &kid) const
    {
        if (!ec)
            return {{QStringLiteral("kty"), QStringLiteral("RSA")},
                    {QStringLiteral("kid"), kid},
                    {QStringLiteral("alg"), QStringLiteral("RS256")},
                    {QStringLiteral("use"), QStringLiteral("sig")},
                    {QStringLiteral("n"), QString::fromLatin1(b64url(bnParam(pkey, OSSL_PKEY_PARAM_RSA_N)))},
                    {QStringLiteral("e"), QString::fromLatin1(b64url(bnParam(pkey, OSSL_PKEY_PARAM_RSA_E)))}};
        unsigned char point[65];
        size_t len = 0;
        EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point, &len);
        const QByteArray p(reinterpret_cast<const char *>(point), int(len));
        return {{QStringLiteral("kty"), QStringLiteral("EC")},
                {QStringLiteral("kid"), kid},
                {QStringLiteral("crv"), QStringLiteral("P-256")},
                {QStringLiteral("x"), QString::fromLatin1(b64url(p.mid(1, 32)))},
                {QStringLiteral("y"), QString::fromLatin1(b64url(p.mid(33, 32)))}};
    }

    QByteArray sign(const QByteArray &input) const
    {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        size_t len = 0;
        EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, pkey);
        EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size()));
        QByteArray sig(int(len), '\0');
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                       reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
        EVP_MD_CTX_free(ctx);
        sig.resize(int(len));
        if (!ec)
            return sig;
        // DER (r, s) -> JWS r||s.
        const unsigned char *p = reinterpret_cast<const unsigned char *>(sig.constData());
        ECDSA_SIG *es = d2i_ECDSA_SIG(nullptr, &p, sig.size());
        const BIGNUM *r = nullptr;
        const BIGNUM *s = nullptr;
        ECDSA_SIG_get0(es, &r, &s);
        QByteArray raw(64, '\0');
        BN_bn2binpad(r, reinterpret_cast<unsigned char *>(raw.data()), 32);
        BN_bn2binpad(s, reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
        ECDSA_SIG_free(es);
        return raw;
    }

    QByteArray token(const QJsonObject &header, const QJsonObject &claims) const
    {
        const QByteArray input = b64url(json(header)) + '.' + b64url(json(claims));
        return input + '.' + b64url(sign(input));
    }
};

QJsonObject claims(qint64 expIn = 3600)
{
    return {{QStringLiteral("sub"), QStringLiteral("u-1")},
            {QStringLiteral("name"), QStringLiteral("Ursula")},
            {QStringLiteral("exp"), double(QDateTime::currentSecsSinceEpoch() + expIn)}};
}

QJsonObject header(const QString &alg, const QString &kid)
{
    QJsonObject h{{QStringLiteral("alg"), alg}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!kid.isEmpty())
        h.insert(QStringLiteral("kid"), kid);
    return h;
}

// A static file server (Python's http.server) on a free loopback port.
struct StaticFiles
{
    QProcess process;
    QTemporaryDir dir;
    quint16 port = 0;
    bool start()
    {
        port = freeLoopbackPort();
        process.start(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port),
                       QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"),
                       dir.path()});
        return process.waitForStarted() &&
               QTest::qWaitFor([this]() { return HttpClient::get(port, "/").status == 200; }, 10000);
    }
    void write(const QString &name, const QByteArray &data)
    {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(data);
    }
    ~StaticFiles()
    {
        process.kill();
        process.waitForFinished();
    }
};

QByteArray bearer(const QByteArray &token)
{
    return "Bearer " + token;
}
} // namespace

class TstLcsAuth : public QObject
{
    Q_OBJECT

    TestKey m_rsa{false};
    TestKey m_ec{true};
    TestKey m_stranger{false};
    StaticFiles m_jwks;
    HeadlessProcess m_app;

    QByteArray jwks(std::initializer_list<QJsonObject> keys)
    {
        QJsonArray list;
        for (const QJsonObject &k : keys)
            list.append(k);
        return json(QJsonObject{{QStringLiteral("keys"), list}});
    }

    HttpReply authorized(quint16 port, const QByteArray &token)
    {
        return LcsClient{port}.post("/authorized", {}, {{"Authorization", bearer(token)}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HeadlessProcess::binary().isEmpty(), "AISTACK_BINARY is not set");
        QVERIFY(m_rsa.pkey && m_ec.pkey && m_stranger.pkey);
        m_jwks.write(QStringLiteral("jwks.json"),
                     jwks({m_rsa.jwk(QStringLiteral("rsa-1")), m_ec.jwk(QStringLiteral("ec-1"))}));
        QVERIFY(m_jwks.start());
        const QByteArray config =
            lcsConfig("authentication:\n  module: jwk-token\n  jwk_config:\n    url: http://127.0.0.1:" +
                      QByteArray::number(m_jwks.port) +
                      "/jwks.json\n    jwt_configuration:\n      user_id_claim: sub\n"
                      "      username_claim: name\n");
        QVERIFY2(m_app.start(config), m_app.stderrText().constData());
    }

    void validTokensOfBothAlgorithms()
    {
        QCOMPARE(authorized(m_app.port(),
                            m_rsa.token(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), claims()))
                     .body,
                 QByteArray("{\"user_id\":\"u-1\",\"username\":\"Ursula\"}"));
        QCOMPARE(authorized(m_app.port(),
                            m_ec.token(header(QStringLiteral("ES256"), QStringLiteral("ec-1")), claims()))
                     .status,
                 200);
        // Without a kid the key is chosen by the algorithm.
        QCOMPARE(authorized(m_app.port(), m_ec.token(header(QStringLiteral("ES256"), {}), claims())).status,
                 200);
    }

    void refusedTokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("detail");
        QTest::newRow("expired") << m_rsa.token(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")),
                                                claims(-60))
                                 << 401 << QByteArray("Token has expired");
        QTest::newRow("signed by another key")
            << m_stranger.token(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), claims()) << 401
            << QByteArray("Invalid token: bad signature");
        QTest::newRow("alg of another key type")
            << m_rsa.token(header(QStringLiteral("ES256"), QStringLiteral("rsa-1")), claims()) << 401
            << QByteArray("Invalid token: signed by unknown key or algorithm mismatch");
        QTest::newRow("HS256") << m_rsa.token(header(QStringLiteral("HS256"), QStringLiteral("rsa-1")),
                                              claims())
                               << 401
                               << QByteArray("Invalid token: signed by unknown key or algorithm mismatch");
        QTest::newRow("unknown kid")
            << m_rsa.token(header(QStringLiteral("RS256"), QStringLiteral("rsa-9")), claims()) << 401
            << QByteArray("Invalid token: signed by unknown key or algorithm mismatch");
        QJsonObject noName = claims();
        noName.remove(QStringLiteral("name"));
        QTest::newRow("missing claim")
            << m_rsa.token(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), noName) << 401
            << QByteArray("Token missing claim: name");
        QTest::newRow("not a JWT") << QByteArray("abc.def") << 400
                                   << QByteArray("Invalid token: decode error");
        const QByteArray good =
            m_rsa.token(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), claims());
        QJsonObject admin = claims();
        admin[QStringLiteral("sub")] = QStringLiteral("admin");
        const QList<QByteArray> parts = good.split('.');
        const QByteArray tampered = parts[0] + '.' + b64url(json(admin)) + '.' + parts[2];
        QTest::newRow("tampered payload") << tampered << 401 << QByteArray("Invalid token: bad signature");
    }
    void refusedTokens()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, status);
        QFETCH(QByteArray, detail);
        for (const QByteArray &path :
             {QByteArray("/authorized"), QByteArray("/v1/query"), QByteArray("/v1/conversations")}) {
            const HttpReply r = LcsClient{m_app.port()}.call(
                path == "/v1/conversations" ? "GET" : "POST", path,
                path == "/v1/query" ? QByteArray("{\"query\":\"q\"}") : QByteArray(),
                {{"Authorization", bearer(token)}});
            QCOMPARE(r.status, status);
            QCOMPARE(r.body, "{\"detail\":\"" + detail + "\"}");
        }
        QCOMPARE(LcsClient{m_app.port()}.post("/authorized", {}).body,
                 QByteArray("{\"detail\":\"No Authorization header found\"}"));
    }

    void theTokensUserOwnsItsConversations()
    {
        const QByteArray ursula =
            m_rsa.token(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), claims());
        QJsonObject otherClaims = claims();
        otherClaims[QStringLiteral("sub")] = QStringLiteral("u-2");
        const QByteArray other =
            m_ec.token(header(QStringLiteral("ES256"), QStringLiteral("ec-1")), otherClaims);
        const HttpReply r = LcsClient{m_app.port()}.post("/v1/query", "{\"query\":\"hello\"}",
                                                         {{"Authorization", bearer(ursula)}});
        QCOMPARE(r.status, 200);
        const QByteArray id = jsonOf(r)[QStringLiteral("conversation_id")].toString().toUtf8();
        // ?user_id= means nothing to this module: the token decides.
        QCOMPARE(LcsClient{m_app.port()}
                     .get("/v1/conversations/" + id + "?user_id=u-1", {{"Authorization", bearer(other)}})
                     .status,
                 403);
        QCOMPARE(LcsClient{m_app.port()}
                     .get("/v1/conversations/" + id, {{"Authorization", bearer(ursula)}})
                     .status,
                 200);
    }

    void rotatedKeysAreFetchedAgain()
    {
        TestKey fresh(true);
        QTest::qWait(1100); // the set is fetched again at most once a second
        m_jwks.write(QStringLiteral("jwks.json"),
                     jwks({m_rsa.jwk(QStringLiteral("rsa-1")), fresh.jwk(QStringLiteral("ec-2"))}));
        QCOMPARE(authorized(m_app.port(),
                            fresh.token(header(QStringLiteral("ES256"), QStringLiteral("ec-2")), claims()))
                     .status,
                 200);
    }

    void unreachableKeySet()
    {
        HeadlessProcess app;
        QVERIFY(app.start(
            lcsConfig("authentication:\n  module: jwk-token\n  jwk_config:\n    url: http://127.0.0.1:" +
                      QByteArray::number(freeLoopbackPort()) + "/jwks.json\n")));
        const HttpReply r = authorized(
            app.port(), m_rsa.token(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), claims()));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body, QByteArray("{\"detail\":\"Internal server error\"}"));
        QTRY_VERIFY(app.stderrText().contains("cannot fetch the keys"));
    }

    void k8sReviewsTheToken()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                    QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                    QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                                    QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                    QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                                    key, QStringLiteral("-out"), cert}),
                 0);
        const quint16 port = freeLoopbackPort();
        QProcess standin;
        standin.start(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral(AISTACK_K8S_STANDIN), QString::number(port), cert, key});
        QVERIFY2(standin.waitForReadyRead(10000), standin.readAllStandardError().constData());
        QVERIFY(standin.readAllStandardOutput().contains("ready"));

        HeadlessProcess app;
        QVERIFY2(
            app.start(lcsConfig("authentication:\n  module: k8s\n  k8s_cluster_api: https://127.0.0.1:" +
                                QByteArray::number(port) + "\n  k8s_ca_cert_path: " + cert.toUtf8() + "\n")),
            app.stderrText().constData());
        QCOMPARE(authorized(app.port(), "alice-token").body,
                 QByteArray("{\"user_id\":\"uid-alice\",\"username\":\"alice\"}"));
        QCOMPARE(authorized(app.port(), "admin-token").body,
                 QByteArray("{\"user_id\":\"cluster-0451\",\"username\":\"kube:admin\"}"));
        const HttpReply denied = authorized(app.port(), "bob-token");
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.body, QByteArray("{\"detail\":\"Forbidden: User does not have access\"}"));
        const HttpReply invalid = authorized(app.port(), "forged-token");
        QCOMPARE(invalid.status, 403);
        QCOMPARE(invalid.body, QByteArray("{\"detail\":\"Forbidden: Invalid or expired token\"}"));
        const HttpReply crashed = authorized(app.port(), "crash-token");
        QCOMPARE(crashed.status, 500);
        QCOMPARE(jsonOf(crashed)[QStringLiteral("detail")][QStringLiteral("response")].toString(),
                 QStringLiteral("Forbidden: Unable to Review Token"));
        QCOMPARE(LcsClient{app.port()}.post("/authorized", {}).status, 400);
        QCOMPARE(LcsClient{app.port()}
                     .post("/v1/query", "{\"query\":\"q\"}", {{"Authorization", "Bearer alice-token"}})
                     .status,
                 200);

        // Without the CA the stand-in's certificate is not trusted: the review cannot happen.
        HeadlessProcess untrusting;
        QVERIFY(untrusting.start(
            lcsConfig("authentication:\n  module: k8s\n  k8s_cluster_api: https://127.0.0.1:" +
                      QByteArray::number(port) + "\n")));
        QCOMPARE(authorized(untrusting.port(), "alice-token").status, 500);
        standin.kill();
        standin.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TstLcsAuth)
#include "tst_lcsauth.moc"
