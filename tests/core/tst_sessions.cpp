// KISS sessions and their credentials: JWT, secret hashes, the token key, the failed-login limiter, and the
// sessions table on SQLite and on a real PostgreSQL 15 cluster started by the test.
#include "auth/authfailurelimiter.h"
#include "auth/jwt.h"
#include "auth/secrethash.h"
#include "auth/sessionauthority.h"
#include "auth/sessionstore.h"
#include "auth/tokenkey.h"
#include "postgressettings.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <sys/stat.h>

using namespace aistack;
using namespace aistack::test;

namespace {
const QByteArray kKey = "a-test-key-that-is-long-enough-for-hs256-0123456789";
constexpr qint64 kNow = 1800000000;

QByteArray b64url(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A token assembled by hand, as an attacker would: any header, any claims, any signature.
QByteArray handMade(const QByteArray &header, const QJsonObject &claims, const QByteArray &signature)
{
    return b64url(header) + '.' + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' +
           b64url(signature);
}

QJsonObject claims(qint64 exp)
{
    return {{QStringLiteral("sub"), QStringLiteral("client")},
            {QStringLiteral("scope"), QStringLiteral("temporary")},
            {QStringLiteral("iat"), double(kNow)},
            {QStringLiteral("exp"), double(exp)}};
}
} // namespace

class TstSessions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresCluster m_pg;
    int m_counter = 0;

    std::unique_ptr<Database> databaseFor(const QString &backend)
    {
        DatabaseSettings s;
        if (backend == QLatin1String("sqlite"))
            s.sqlitePath = m_dir.filePath(QStringLiteral("sessions-%1.sqlite").arg(++m_counter));
        else
            s = postgresSettings(m_pg, QStringLiteral("s%1").arg(++m_counter));
        auto db = std::make_unique<Database>(s);
        QString error;
        if (!Migrator(*db).migrate(productMigrations(), &error))
            qWarning() << error;
        return db;
    }

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
    }

    // --- JWT ---

    void aSignedTokenVerifiesWithItsClaims()
    {
        const QByteArray token = Jwt::signHs256(claims(kNow + 60), kKey);
        QCOMPARE(token.count('.'), 2);
        QCOMPARE(QByteArray::fromBase64(token.split('.').first(), QByteArray::Base64UrlEncoding),
                 QByteArray(R"({"alg":"HS256","typ":"JWT"})"));
        const Jwt::Verified v = Jwt::verifyHs256(token, kKey, kNow);
        QVERIFY(v.ok());
        QCOMPARE(v.claims.value(QStringLiteral("sub")).toString(), QStringLiteral("client"));
        QCOMPARE(v.claims.value(QStringLiteral("exp")).toDouble(), double(kNow + 60));
    }

    void aTokenFromThePythonJwtLibraryVerifies()
    {
        // PyJWT 2.x: jwt.encode({"sub":"abc","scope":"persistent","exp":1800000600}, "k"*40, "HS256")
        const QByteArray key(40, 'k');
        const QByteArray header = R"({"alg":"HS256","typ":"JWT"})";
        const QByteArray payload = R"({"sub":"abc","scope":"persistent","exp":1800000600})";
        const QByteArray input = b64url(header) + '.' + b64url(payload);
        const QByteArray sig = QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256);
        const Jwt::Verified v = Jwt::verifyHs256(input + '.' + b64url(sig), key, kNow);
        QVERIFY(v.ok());
        QCOMPARE(v.claims.value(QStringLiteral("scope")).toString(), QStringLiteral("persistent"));
    }

    void forgedAndBrokenTokensAreRefused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("failure");
        const QByteArray good = Jwt::signHs256(claims(kNow + 60), kKey);
        const QList<QByteArray> parts = good.split('.');
        QTest::newRow("alg none, no signature")
            << handMade(R"({"alg":"none","typ":"JWT"})", claims(kNow + 60), {})
            << int(Jwt::Failure::WrongAlgorithm);
        QTest::newRow("alg None") << handMade(R"({"alg":"None"})", claims(kNow + 60), {})
                                  << int(Jwt::Failure::WrongAlgorithm);
        QTest::newRow("HS512") << handMade(R"({"alg":"HS512","typ":"JWT"})", claims(kNow + 60), "x")
                               << int(Jwt::Failure::WrongAlgorithm);
        QTest::newRow("RS256 with the key as text")
            << handMade(R"({"alg":"RS256","typ":"JWT"})", claims(kNow + 60), kKey)
            << int(Jwt::Failure::WrongAlgorithm);
        QTest::newRow("signed with another key")
            << Jwt::signHs256(claims(kNow + 60), "another-key-another-key-another-key")
            << int(Jwt::Failure::BadSignature);
        QTest::newRow("payload swapped")
            << parts[0] + '.' + b64url(R"({"sub":"admin","scope":"persistent","exp":9999999999})") + '.' +
                   parts[2]
            << int(Jwt::Failure::BadSignature);
        QTest::newRow("signature cut")
            << parts[0] + '.' + parts[1] + '.' + parts[2].left(20) << int(Jwt::Failure::BadSignature);
        QTest::newRow("empty signature")
            << parts[0] + '.' + parts[1] + '.' << int(Jwt::Failure::BadSignature);
        QTest::newRow("expired") << Jwt::signHs256(claims(kNow - 1), kKey) << int(Jwt::Failure::Expired);
        QTest::newRow("expires right now")
            << Jwt::signHs256(claims(kNow), kKey) << int(Jwt::Failure::Expired);
        QJsonObject noExp = claims(0);
        noExp.remove(QStringLiteral("exp"));
        QTest::newRow("no exp") << Jwt::signHs256(noExp, kKey) << int(Jwt::Failure::MissingExpiry);
        QJsonObject textExp = claims(0);
        textExp.insert(QStringLiteral("exp"), QStringLiteral("tomorrow"));
        QTest::newRow("exp as text") << Jwt::signHs256(textExp, kKey) << int(Jwt::Failure::MissingExpiry);
        QJsonObject future = claims(kNow + 3600);
        future.insert(QStringLiteral("iat"), double(kNow + 600));
        QTest::newRow("issued in ten minutes")
            << Jwt::signHs256(future, kKey) << int(Jwt::Failure::IssuedInFuture);
        // Times beyond any date are compared as such, not converted to a 64-bit integer (which is undefined).
        QJsonObject farFuture = claims(kNow + 3600);
        farFuture.insert(QStringLiteral("iat"), 1e300);
        QTest::newRow("issued in 1e300 s")
            << Jwt::signHs256(farFuture, kKey) << int(Jwt::Failure::IssuedInFuture);
        QJsonObject longAgo = claims(0);
        longAgo.insert(QStringLiteral("exp"), -1e300);
        QTest::newRow("expired 1e300 s ago") << Jwt::signHs256(longAgo, kKey) << int(Jwt::Failure::Expired);
        QTest::newRow("two parts") << parts[0] + '.' + parts[1] << int(Jwt::Failure::Malformed);
        QTest::newRow("four parts") << good + ".x" << int(Jwt::Failure::Malformed);
        QTest::newRow("padding in the header")
            << parts[0] + "==." + parts[1] + '.' + parts[2] << int(Jwt::Failure::Malformed);
        QTest::newRow("header not JSON")
            << b64url("nope") + '.' + parts[1] + '.' + parts[2] << int(Jwt::Failure::Malformed);
        QTest::newRow("empty") << QByteArray() << int(Jwt::Failure::Malformed);
        QTest::newRow("garbage") << QByteArray("Bearer") << int(Jwt::Failure::Malformed);
    }
    void forgedAndBrokenTokensAreRefused()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, failure);
        const Jwt::Verified v = Jwt::verifyHs256(token, kKey, kNow);
        QCOMPARE(int(v.failure), failure);
        QVERIFY(v.claims.isEmpty());
        QVERIFY(!Jwt::describe(v.failure).isEmpty());
    }

    void constantTimeEqualsComparesBytes()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "ab"));
        QVERIFY(constantTimeEquals({}, {}));
    }

    // --- secrets at rest ---

    void secretsAreStoredSaltedAndMatchOnlyThemselves()
    {
        const QString secret = SecretHash::newSecret();
        QCOMPARE(secret.size(), 43);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(secret).hasMatch());
        QVERIFY(SecretHash::newSecret() != secret);
        const QString a = SecretHash::hash(secret);
        const QString b = SecretHash::hash(secret);
        QVERIFY(a.startsWith(QLatin1String("hs256$")));
        QVERIFY(!a.contains(secret));
        QVERIFY(a != b); // salted
        QVERIFY(SecretHash::matches(secret, a));
        QVERIFY(SecretHash::matches(secret, b));
        QVERIFY(!SecretHash::matches(secret + QLatin1Char('x'), a));
        QVERIFY(!SecretHash::matches(QString(), a));
        QVERIFY(!SecretHash::matches(secret, secret)); // a plaintext row never matches
        QVERIFY(!SecretHash::matches(secret, QStringLiteral("hs256$$")));
    }

    // --- the token key ---

    void theKeyFileIsGeneratedOnceWithMode0600()
    {
        const QString path = m_dir.filePath(QStringLiteral("keys/access-token.key"));
        TokenKeySources sources;
        sources.filePath = path;
        QString error;
        const auto first = loadTokenKey(sources, &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(first->bytes.size() >= 48);
        QVERIFY(first->origin.contains(path));
        QVERIFY(!first->origin.contains(QString::fromLatin1(first->bytes)));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        const auto second = loadTokenKey(sources, &error);
        QVERIFY(second);
        QCOMPARE(second->bytes, first->bytes); // kept: tokens survive a restart
        // A key file made readable by others is tightened again.
        QFile::setPermissions(path,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        QVERIFY(loadTokenKey(sources, &error));
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }

    void theEnvironmentWinsOverTheConfigurationAndTheFile()
    {
        TokenKeySources sources;
        sources.filePath = m_dir.filePath(QStringLiteral("unused.key"));
        sources.configured = QStringLiteral("configured-secret");
        sources.environment = QStringLiteral("from-the-environment");
        QString error;
        auto key = loadTokenKey(sources, &error);
        QVERIFY(key);
        QCOMPARE(key->bytes, QByteArray("from-the-environment"));
        QCOMPARE(key->origin, QStringLiteral("ACCESS_TOKEN_SECRET_KEY"));
        sources.environment = QString();
        key = loadTokenKey(sources, &error);
        QCOMPARE(key->bytes, QByteArray("configured-secret"));
        QVERIFY(!QFileInfo::exists(sources.filePath));
    }

    void theWellKnownDefaultAndEmptyKeysAreRefused()
    {
        TokenKeySources sources;
        sources.filePath = m_dir.filePath(QStringLiteral("unused2.key"));
        sources.environment = QStringLiteral("your-secret-key");
        QString error;
        QVERIFY(!loadTokenKey(sources, &error));
        QVERIFY2(error.contains(QLatin1String("your-secret-key")), qPrintable(error));
        sources.environment = QLatin1String(""); // set but empty
        QVERIFY(!loadTokenKey(sources, &error));
        QVERIFY2(error.contains(QLatin1String("empty")), qPrintable(error));
        sources.environment = QString();
        sources.configured = QStringLiteral("your-secret-key");
        QVERIFY(!loadTokenKey(sources, &error));
        QVERIFY2(error.contains(QLatin1String("sessions.token_secret")), qPrintable(error));
    }

    void aTruncatedKeyFileIsAnError()
    {
        const QString path = m_dir.filePath(QStringLiteral("short.key"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("short");
        f.close();
        TokenKeySources sources;
        sources.filePath = path;
        QString error;
        QVERIFY(!loadTokenKey(sources, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    // --- failed logins ---

    void failedLoginsAreLimitedPerAddressInASlidingWindow()
    {
        AuthFailureLimiter limiter(3, 1000);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(limiter.retryAfterMs(QStringLiteral("10.0.0.1"), 100 + i), 0);
            limiter.recordFailure(QStringLiteral("10.0.0.1"), 100 + i);
        }
        QCOMPARE(limiter.retryAfterMs(QStringLiteral("10.0.0.1"), 500),
                 600); // the first failure leaves at 1100
        QCOMPARE(limiter.retryAfterMs(QStringLiteral("10.0.0.2"), 500),
                 0); // other addresses are not affected
        QCOMPARE(limiter.retryAfterMs(QStringLiteral("10.0.0.1"), 1100), 0);
        limiter.recordFailure(QStringLiteral("10.0.0.1"), 1100);
        QVERIFY(limiter.retryAfterMs(QStringLiteral("10.0.0.1"), 1100) > 0);
    }

    // --- the sessions table ---

    void sessionsAreCreatedVerifiedAndDeactivated_data() { backends(); }
    void sessionsAreCreatedVerifiedAndDeactivated()
    {
        QFETCH(QString, backend);
        auto db = databaseFor(backend);
        SessionStore store(*db);
        QString error;
        const auto created = store.create(SessionScope::Persistent, &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->session.clientId.size(), 36); // a UUID, as the original
        QCOMPARE(created->clientSecret.size(), 43);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT client_secret, scope, status FROM sessions")) && q.next());
        QVERIFY(q.value(0).toString() != created->clientSecret); // hashed at rest
        QCOMPARE(q.value(1).toString(), QStringLiteral("persistent"));

        Session row;
        QCOMPARE(store.verify(created->session.clientId, created->clientSecret, &row, &error),
                 SessionStore::Check::Ok);
        QCOMPARE(row.scope, SessionScope::Persistent);
        QVERIFY(row.active);
        QCOMPARE(store.verify(created->session.clientId, QStringLiteral("wrong"), &row, &error),
                 SessionStore::Check::WrongSecret);
        QCOMPARE(store.verify(QStringLiteral("no-such-client"), created->clientSecret, &row, &error),
                 SessionStore::Check::NotActive);

        QVERIFY(store.setStackInitialized(created->session.clientId, true, &error));
        QVERIFY(store.findActive(created->session.clientId, &error)->stackInitialized);
        QVERIFY(store.deactivate(created->session.clientId, &error));
        QVERIFY(!store.findActive(created->session.clientId, &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(store.verify(created->session.clientId, created->clientSecret, &row, &error),
                 SessionStore::Check::NotActive);
        QVERIFY(store.find(created->session.clientId, &error)); // the row stays
    }

    // The WebSocket handshake asks hasEnded() from memory; the set must not grow for ever on a long-running
    // host: an entry goes once no token issued before the session ended can still be valid.
    void endedSessionsAreRememberedUntilTheirTokensExpire_data() { backends(); }
    void endedSessionsAreRememberedUntilTheirTokensExpire()
    {
        QFETCH(QString, backend);
        auto db = databaseFor(backend);
        SessionStore store(*db);
        QString error;
        const auto closed = store.create(SessionScope::Temporary, &error);
        const auto open = store.create(SessionScope::Temporary, &error);
        QVERIFY2(closed && open, qPrintable(error));
        const QString id = closed->session.clientId;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(store.deactivate(id, &error));
        QVERIFY(store.hasEnded(id));
        QVERIFY(!store.hasEnded(open->session.clientId));

        QCOMPARE(store.forgetEndedBefore(before), 1); // ended after the cut-off: kept
        QVERIFY(store.hasEnded(id));
        QCOMPARE(store.forgetEndedBefore(QDateTime::currentDateTimeUtc().addSecs(1)), 0);
        QVERIFY(!store.hasEnded(id));

        // Another process (a restart) loads it from the database with the time it ended, and forgets it
        // alike.
        SessionStore restarted(*db);
        QVERIFY2(restarted.rememberEnded(before, &error), qPrintable(error));
        QVERIFY(restarted.hasEnded(id));
        QVERIFY(!restarted.hasEnded(open->session.clientId));
        QCOMPARE(restarted.forgetEndedBefore(before), 1);
        QCOMPARE(restarted.forgetEndedBefore(QDateTime::currentDateTimeUtc().addSecs(1)), 0);
        QVERIFY(!restarted.hasEnded(id));
    }

    void idleSessionsExpireByScope_data() { backends(); }
    void idleSessionsExpireByScope()
    {
        QFETCH(QString, backend);
        auto db = databaseFor(backend);
        SessionStore store(*db);
        QString error;
        const auto temporary = store.create(SessionScope::Temporary, &error);
        const auto persistent = store.create(SessionScope::Persistent, &error);
        QVERIFY(temporary && persistent);
        QCOMPARE(store.activeCounts(&error)->value(QStringLiteral("temporary")), 1);
        const QDateTime now = QDateTime::currentDateTimeUtc();

        // Nothing is idle yet.
        auto expired = store.expireIdle(now.addSecs(-60), now.addSecs(-60), &error);
        QVERIFY2(expired, qPrintable(error));
        QVERIFY(expired->isEmpty());
        // Without a persistent cut-off only the temporary session expires.
        expired = store.expireIdle(now.addSecs(60), std::nullopt, &error);
        QCOMPARE(*expired, QStringList{temporary->session.clientId});
        QVERIFY(!store.findActive(temporary->session.clientId, &error));
        QVERIFY(store.findActive(persistent->session.clientId, &error));
        const auto pending = store.pendingCleanup(&error);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().clientId, temporary->session.clientId);
        QVERIFY(store.markDocumentsDeleted(temporary->session.clientId, &error));
        QVERIFY(store.pendingCleanup(&error)->isEmpty());
        expired = store.expireIdle(now.addSecs(60), now.addSecs(60), &error);
        QCOMPARE(*expired, QStringList{persistent->session.clientId});
        QCOMPARE(store.activeCounts(&error)->value(QStringLiteral("persistent")), 0);
    }

    void theAuthorityIssuesTokensThatNameTheSession_data() { backends(); }
    void theAuthorityIssuesTokensThatNameTheSession()
    {
        QFETCH(QString, backend);
        auto db = databaseFor(backend);
        SessionStore store(*db);
        AuthFailureLimiter limiter(2, 60000);
        SessionAuthority authority(store, AccessTokens(kKey, 30), limiter);

        const LoginResult created =
            authority.login({QStringLiteral("temporary"), {}, {}}, QStringLiteral("a"));
        QCOMPARE(created.status, LoginResult::Status::Created);
        const AuthResult ok = authority.authenticate(created.accessToken);
        QCOMPARE(ok.status, AuthResult::Status::Ok);
        QCOMPARE(ok.session.clientId, created.clientId);
        const QJsonObject tokenClaims =
            Jwt::verifyHs256(created.accessToken, kKey, QDateTime::currentSecsSinceEpoch()).claims;
        QCOMPARE(tokenClaims.value(QStringLiteral("sub")).toString(), created.clientId);
        QCOMPARE(tokenClaims.value(QStringLiteral("scope")).toString(), QStringLiteral("temporary"));
        const double iat = tokenClaims.value(QStringLiteral("iat")).toDouble();
        QCOMPARE(tokenClaims.value(QStringLiteral("exp")).toDouble() - iat, 30 * 60.0);

        // Re-login echoes the secret and issues a working token.
        const LoginResult renewed =
            authority.login({{}, created.clientId, created.clientSecret}, QStringLiteral("a"));
        QCOMPARE(renewed.status, LoginResult::Status::Renewed);
        QCOMPARE(renewed.clientSecret, created.clientSecret);
        QCOMPARE(authority.authenticate(renewed.accessToken).status, AuthResult::Status::Ok);

        // A token whose scope claim disagrees with the row is refused.
        QJsonObject lying{{QStringLiteral("sub"), created.clientId},
                          {QStringLiteral("scope"), QStringLiteral("persistent")},
                          {QStringLiteral("exp"), double(QDateTime::currentSecsSinceEpoch() + 60)}};
        QCOMPARE(authority.authenticate(Jwt::signHs256(lying, kKey)).status,
                 AuthResult::Status::ScopeMismatch);
        lying.remove(QStringLiteral("sub"));
        QCOMPARE(authority.authenticate(Jwt::signHs256(lying, kKey)).status, AuthResult::Status::NoSubject);

        // Wrong secrets count against the address; the third try is refused without a lookup.
        QCOMPARE(authority.login({{}, created.clientId, QStringLiteral("x")}, QStringLiteral("b")).status,
                 LoginResult::Status::WrongSecret);
        QCOMPARE(
            authority.login({{}, QStringLiteral("nobody"), QStringLiteral("x")}, QStringLiteral("b")).status,
            LoginResult::Status::NotActive);
        const LoginResult limited =
            authority.login({{}, created.clientId, created.clientSecret}, QStringLiteral("b"));
        QCOMPARE(limited.status, LoginResult::Status::RateLimited);
        QVERIFY(limited.retryAfterMs > 0);
        QCOMPARE(authority.login({{}, created.clientId, created.clientSecret}, QStringLiteral("a")).status,
                 LoginResult::Status::Renewed);

        QString error;
        QVERIFY(store.deactivate(created.clientId, &error));
        QCOMPARE(authority.authenticate(renewed.accessToken).status, AuthResult::Status::NotActive);
    }

    void aDeadDatabaseIsAStoreErrorNotARefusal()
    {
        DatabaseSettings s;
        s.driver = DatabaseSettings::Driver::Postgres;
        s.postgres.host = QStringLiteral("127.0.0.1");
        s.postgres.port = freeLoopbackPort();
        s.postgres.db = QStringLiteral("none");
        s.postgres.user = QStringLiteral("none");
        s.postgres.sslMode = QStringLiteral("disable");
        Database db(s);
        SessionStore store(db);
        AuthFailureLimiter limiter(10, 60000);
        SessionAuthority authority(store, AccessTokens(kKey, 30), limiter);
        const LoginResult r = authority.login({QStringLiteral("temporary"), {}, {}}, QStringLiteral("a"));
        QCOMPARE(r.status, LoginResult::Status::StoreError);
        QVERIFY(!r.error.isEmpty());
        QJsonObject good{{QStringLiteral("sub"), QStringLiteral("x")},
                         {QStringLiteral("scope"), QStringLiteral("temporary")},
                         {QStringLiteral("exp"), double(QDateTime::currentSecsSinceEpoch() + 60)}};
        QCOMPARE(authority.authenticate(Jwt::signHs256(good, kKey)).status, AuthResult::Status::StoreError);
    }
};

QTEST_GUILESS_MAIN(TstSessions)
#include "tst_sessions.moc"
