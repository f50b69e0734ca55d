#include "tlscredentials.h"

#include "common/mayblock.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace aistack {

bool loadTlsCredentials(const QString &certificatePath, const QString &keyPath,
                        const std::optional<QString> &keyPassword, QSslConfiguration *out, QString *error)
{
    AISTACK_BLOCKING();
    QFile certFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("TLS: cannot read certificate %1: %2").arg(certificatePath, certFile.errorString());
        return false;
    }
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("TLS: cannot read key %1: %2").arg(keyPath, keyFile.errorString());
        return false;
    }
    const auto chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    const QByteArray pass = keyPassword.value_or(QString()).toUtf8();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, pass);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, pass);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        *error = QStringLiteral("TLS: %1 holds no PEM certificate").arg(certificatePath);
        return false;
    }
    if (key.isNull()) {
        *error = QStringLiteral("TLS: %1 holds no usable private key (wrong password?)").arg(keyPath);
        return false;
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificateChain(chain);
    conf.setPrivateKey(key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    // TLS 1.2 and 1.3 only, whatever the OpenSSL build or its system configuration would still allow.
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    *out = conf;
    return true;
}

} // namespace aistack
