#include "requestauth.h"

namespace aistack {

std::optional<QString> RequestAuth::bearer(const QByteArray &header, AuthVerdict *refusal)
{
    if (header.isEmpty()) {
        *refusal = AuthVerdict::refuse(400, QStringLiteral("No Authorization header found"));
        return std::nullopt;
    }
    const QList<QByteArray> parts = header.simplified().split(' ');
    if (parts.size() != 2 || parts.at(0).toLower() != "bearer" || parts.at(1).isEmpty()) {
        *refusal = AuthVerdict::refuse(400, QStringLiteral("No token found in Authorization header"));
        return std::nullopt;
    }
    return QString::fromLatin1(parts.at(1));
}

} // namespace aistack
