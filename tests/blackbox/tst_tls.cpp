// Black box: HTTPS from the built `aistack --headless` with a certificate and an encrypted key generated at
// test time, checked with the real `openssl s_client` and `curl`: TLS 1.2 and 1.3 only, the configured
// certificate served, plain HTTP on the TLS port refused cleanly while the server goes on serving, a client
// that closes at once after its request, and the key's password kept out of the log and of /v1/config.
#include "headlessprocess.h"
#include "httpclient.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QtTest>

using namespace aistack::test;

namespace {

struct Run
{
    int exitCode = -1; // -1: did not finish
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000)
{
    Run r;
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray sha256Of(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

const QByteArray kKeyPassword = "tls-key-password-4b8e1f0d";

} // namespace

class TstTls : public QObject
{
    Q_OBJECT

    HeadlessProcess m_app;
    QByteArray m_fingerprint; // of cert.pem as generated
    QString m_cert;

    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_app.port()); }

    // openssl s_client with one protocol version forced, sending one request and reading until the server
    // closes. The client is allowed every cipher and signature (security level 0), so that a refusal of an
    // old version is the server's, not the client's own policy.
    Run sClient(const QString &version)
    {
        return run(QStringLiteral("openssl"),
                   {QStringLiteral("s_client"), QStringLiteral("-connect"), address(), version,
                    QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0"),
                    QStringLiteral("-showcerts"), QStringLiteral("-ign_eof"), QStringLiteral("-servername"),
                    QStringLiteral("localhost")},
                   "GET /liveness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    Run curl(const QStringList &args, const QString &url)
    {
        return run(QStringLiteral("curl"),
                   QStringList{QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("30")} +
                       args + QStringList{url});
    }

    QString httpsUrl(const QString &path) const
    {
        return QStringLiteral("https://localhost:%1%2").arg(m_app.port()).arg(path);
    }
    QStringList trusted() const
    {
        return {QStringLiteral("--cacert"), m_cert, QStringLiteral("--resolve"),
                QStringLiteral("localhost:%1:127.0.0.1").arg(m_app.port())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HeadlessProcess::binary().isEmpty(), "AISTACK_BINARY is not set");
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("openssl and curl are needed (Debian: openssl, curl)");
        // A self-signed certificate for localhost made now, with a fresh key.
        const Run made =
            run(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-passout"),
                 QStringLiteral("pass:") + QString::fromLatin1(kKeyPassword), QStringLiteral("-keyout"),
                 m_app.dir() + QStringLiteral("/key.pem"), QStringLiteral("-out"),
                 m_app.dir() + QStringLiteral("/cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                 QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        m_cert = m_app.dir() + QStringLiteral("/cert.pem");
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_cert);
        QCOMPARE(certs.size(), 1);
        m_fingerprint = sha256Of(certs.first());
        m_app.setEnv(QStringLiteral("LOG_LEVEL"), QStringLiteral("DEBUG"));
        QVERIFY2(m_app.start("name: Tls\nservice:\n  host: 127.0.0.1\n  tls_config:\n"
                             "    tls_certificate_path: cert.pem\n    tls_key_path: key.pem\n"
                             "    tls_key_password: " +
                             kKeyPassword + "\ndatabase:\n  sqlite:\n    db_path: tls.db\n"),
                 m_app.stderrText().constData());
        QVERIFY(m_app.url().startsWith(QStringLiteral("https://")));
    }

    void cleanupTestCase() { QCOMPARE(m_app.terminate(), 0); }

    void tls12And13AreServedWithTheConfiguredCertificate_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("protocol");
        QTest::newRow("TLS 1.2") << QStringLiteral("-tls1_2") << QByteArray("TLSv1.2");
        QTest::newRow("TLS 1.3") << QStringLiteral("-tls1_3") << QByteArray("TLSv1.3");
    }
    void tls12And13AreServedWithTheConfiguredCertificate()
    {
        QFETCH(QString, version);
        QFETCH(QByteArray, protocol);
        const Run r = sClient(version);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(QByteArray("Protocol  : ").append(protocol)) || r.out.contains(QByteArray("New, ").append(protocol)),
                 r.out.constData());
        QVERIFY2(r.out.contains("HTTP/1.1 200"), r.out.constData());
        QVERIFY2(r.out.contains(R"({"alive":true})"), r.out.constData());
        // The one certificate sent is the configured one.
        const QList<QSslCertificate> served = QSslCertificate::fromData(r.out, QSsl::Pem);
        QCOMPARE(served.size(), 1);
        QCOMPARE(sha256Of(served.first()), m_fingerprint);
    }

    void tls10And11AreRefused_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("TLS 1.1") << QStringLiteral("-tls1_1");
        QTest::newRow("TLS 1.0") << QStringLiteral("-tls1");
    }
    void tls10And11AreRefused()
    {
        QFETCH(QString, version);
        const Run r = sClient(version);
        QVERIFY2(r.exitCode > 0, r.out.constData()); // finished, and failed
        QVERIFY2(!r.out.contains("HTTP/1.1 200"), r.out.constData());
        QVERIFY2(QSslCertificate::fromData(r.out, QSsl::Pem).isEmpty(), r.out.constData());
    }

    void curlTrustsTheCertificateAndNegotiatesOnly12OrLater()
    {
        // Verified against the generated certificate as the only trusted root, by host name.
        Run r = curl(trusted(), httpsUrl(QStringLiteral("/liveness")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray(R"({"alive":true})"));
        r = curl(trusted() + QStringList{QStringLiteral("--tlsv1.2"), QStringLiteral("--tls-max"),
                                         QStringLiteral("1.2")},
                 httpsUrl(QStringLiteral("/v1/info")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = curl(trusted() + QStringList{QStringLiteral("--tlsv1.3")}, httpsUrl(QStringLiteral("/liveness")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // TLS 1.1 at most: no handshake (35: SSL connect error).
        r = curl(trusted() + QStringList{QStringLiteral("--tlsv1.0"), QStringLiteral("--tls-max"),
                                         QStringLiteral("1.1"), QStringLiteral("--ciphers"),
                                         QStringLiteral("DEFAULT@SECLEVEL=0")},
                 httpsUrl(QStringLiteral("/liveness")));
        QCOMPARE(r.exitCode, 35);
        // Without the certificate as a root, curl refuses the server (60: peer certificate not verified).
        r = curl({QStringLiteral("--resolve"), QStringLiteral("localhost:%1:127.0.0.1").arg(m_app.port())},
                 httpsUrl(QStringLiteral("/liveness")));
        QCOMPARE(r.exitCode, 60);
    }

    // A client that sends its request and at once its close_notify (s_client at the end of its input): the
    // reply meets a connection the peer has closed. The server goes on serving (it used to crash here).
    void aClientClosingRightAfterItsRequestLeavesTheServerUp()
    {
        for (int i = 0; i < 10; ++i) {
            const Run r = run(QStringLiteral("openssl"),
                              {QStringLiteral("s_client"), QStringLiteral("-connect"), address(),
                               QStringLiteral("-tls1_2")},
                              "GET /liveness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            QVERIFY(r.exitCode >= 0);
        }
        QVERIFY2(m_app.process().state() == QProcess::Running, m_app.stderrText().right(2000).constData());
        const Run after = curl(trusted(), httpsUrl(QStringLiteral("/liveness")));
        QVERIFY2(after.exitCode == 0, after.err.constData());
        QCOMPARE(after.out, QByteArray(R"({"alive":true})"));
    }

    // The private key is encrypted: its password opens it, and is neither logged nor shown by /v1/config.
    void theKeyPasswordIsNeitherLoggedNorShown()
    {
        const Run r = curl(trusted(), httpsUrl(QStringLiteral("/v1/config")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("\"tls_key_password\":\"**********\""), r.out.constData());
        QVERIFY(!r.out.contains(kKeyPassword));
        QVERIFY(!m_app.stderrText().contains(kKeyPassword));
    }

    // Plain HTTP on the TLS port: the connection is closed (no reply the client could take for an answer,
    // no hang), and HTTPS keeps working.
    void plainHttpOnTheTlsPortIsClosedCleanly()
    {
        for (int i = 0; i < 3; ++i) {
            QTcpSocket plain;
            plain.connectToHost(QStringLiteral("127.0.0.1"), m_app.port());
            QVERIFY(plain.waitForConnected(5000));
            plain.write("GET /liveness HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QVERIFY(plain.waitForBytesWritten(5000));
            QDeadlineTimer deadline(20000);
            QByteArray received;
            while (plain.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
                plain.waitForReadyRead(100);
                received += plain.readAll();
            }
            received += plain.readAll();
            QVERIFY2(plain.state() != QAbstractSocket::ConnectedState,
                     "the server kept a plain connection open");
            QVERIFY2(!received.contains("200 OK") && !received.contains("alive"), received.constData());
        }
        // curl speaking plain HTTP to it fails at once rather than timing out (28).
        const Run r = curl({}, QStringLiteral("http://127.0.0.1:%1/liveness").arg(m_app.port()));
        QVERIFY2(r.exitCode != 0 && r.exitCode != 28, r.err.constData());
        const Run after = curl(trusted(), httpsUrl(QStringLiteral("/liveness")));
        QVERIFY2(after.exitCode == 0, after.err.constData());
        QCOMPARE(after.out, QByteArray(R"({"alive":true})"));
    }
};

QTEST_MAIN(TstTls)
#include "tst_tls.moc"
