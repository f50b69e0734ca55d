#include "secrethash.h"

#include "jwt.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace aistack::SecretHash {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QString kScheme = QStringLiteral("hs256");

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + n));
    return bytes;
}

QByteArray digest(const QByteArray &salt, const QString &secret)
{
    return QMessageAuthenticationCode::hash(secret.toUtf8(), salt, QCryptographicHash::Sha256);
}
} // namespace

QString hash(const QString &secret)
{
    const QByteArray salt = randomBytes(16);
    return kScheme + QLatin1Char('$') + QString::fromLatin1(salt.toBase64(kBase64Url)) + QLatin1Char('$') +
           QString::fromLatin1(digest(salt, secret).toBase64(kBase64Url));
}

bool matches(const QString &secret, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 3 || parts[0] != kScheme)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding);
    const QByteArray expected = QByteArray::fromBase64(parts[2].toLatin1(), QByteArray::Base64UrlEncoding);
    return constantTimeEquals(digest(salt, secret), expected);
}

QString randomToken(int bytes)
{
    return QString::fromLatin1(randomBytes(bytes).toBase64(kBase64Url));
}

QString newSecret()
{
    return randomToken(32);
}

} // namespace aistack::SecretHash
