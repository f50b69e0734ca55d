#include "session.h"

namespace aistack {

QString scopeName(SessionScope scope)
{
    return scope == SessionScope::Persistent ? QStringLiteral("persistent") : QStringLiteral("temporary");
}

std::optional<SessionScope> scopeFromName(const QString &name)
{
    if (name == QLatin1String("temporary"))
        return SessionScope::Temporary;
    if (name == QLatin1String("persistent"))
        return SessionScope::Persistent;
    return std::nullopt;
}

} // namespace aistack
