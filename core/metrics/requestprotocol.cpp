#include "requestprotocol.h"

#include <QStringList>

namespace aistack {

RequestProtocol requestProtocolOf(const QString &routePath)
{
    static const QStringList kiss{QStringLiteral("/auth"), QStringLiteral("/sessions"), QStringLiteral("/documents"),
                                  QStringLiteral("/queries"), QStringLiteral("/ws")};
    if (routePath.startsWith(QLatin1String("/v1/")) || routePath == QLatin1String("/authorized"))
        return RequestProtocol::Lightspeed;
    if (kiss.contains(routePath))
        return RequestProtocol::Kiss;
    return RequestProtocol::Other;
}

} // namespace aistack
