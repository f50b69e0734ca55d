#include "requestprotocol.h"

namespace aistack {

namespace {
bool underPrefix(const QString &path, QLatin1String prefix)
{
    return path.startsWith(prefix) &&
           (path.size() == prefix.size() || path.at(prefix.size()) == QLatin1Char('/') ||
            path.at(prefix.size()) == QLatin1Char('?'));
}
} // namespace

RequestProtocol protocolOfPath(const QString &path)
{
    static const QLatin1String kiss[] = {QLatin1String("/auth"), QLatin1String("/sessions"),
                                         QLatin1String("/queries"), QLatin1String("/documents"),
                                         QLatin1String("/ws")};
    for (const QLatin1String &prefix : kiss) {
        if (underPrefix(path, prefix))
            return RequestProtocol::Kiss;
    }
    if (underPrefix(path, QLatin1String("/v1")) || underPrefix(path, QLatin1String("/authorized")))
        return RequestProtocol::Lightspeed;
    return RequestProtocol::Other;
}

} // namespace aistack
