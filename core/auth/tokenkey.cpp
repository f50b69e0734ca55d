#include "tokenkey.h"

#include "secrethash.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TokenKey)
};

constexpr int kMinimumFileKeyBytes = 32;

bool acceptable(const QString &value, const QString &where, QString *error)
{
    if (value.isEmpty()) {
        *error = Tr::tr("%1 is empty; set a long random secret or remove it").arg(where);
        return false;
    }
    if (value == QLatin1String("your-secret-key")) {
        *error = Tr::tr("%1 is the publicly known default 'your-secret-key', which would let anyone forge "
                        "tokens; set a long random secret or remove it to have one generated")
                     .arg(where);
        return false;
    }
    return true;
}

std::optional<TokenKey> fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("cannot read the token key file %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        const QByteArray key = file.readAll().trimmed();
        if (key.size() < kMinimumFileKeyBytes) {
            *error = Tr::tr("the token key file %1 holds fewer than %2 bytes; delete it to have a new key "
                            "generated")
                         .arg(path)
                         .arg(kMinimumFileKeyBytes);
            return std::nullopt;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return TokenKey{key, Tr::tr("key file %1").arg(path)};
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray key = SecretHash::randomToken(48).toLatin1();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(key) != key.size() || !out.commit()) {
        *error = Tr::tr("cannot create the token key file %1: %2").arg(path, out.errorString());
        return std::nullopt;
    }
    return TokenKey{key, Tr::tr("key file %1 (new)").arg(path)};
}
} // namespace

std::optional<TokenKey> loadTokenKey(const TokenKeySources &sources, QString *error)
{
    if (!sources.environment.isNull()) {
        if (!acceptable(sources.environment, QStringLiteral("ACCESS_TOKEN_SECRET_KEY"), error))
            return std::nullopt;
        return TokenKey{sources.environment.toUtf8(), QStringLiteral("ACCESS_TOKEN_SECRET_KEY")};
    }
    if (sources.configured) {
        if (!acceptable(*sources.configured, QStringLiteral("sessions.token_secret"), error))
            return std::nullopt;
        return TokenKey{sources.configured->toUtf8(), QStringLiteral("sessions.token_secret")};
    }
    return fromFile(sources.filePath, error);
}

} // namespace aistack
