#include "session.h"

#include <QHostAddress>

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

SessionState stateOf(const Session &session, qint64 temporaryIdleSeconds, qint64 persistentIdleSeconds)
{
    if (session.active)
        return SessionState::Active;
    if (session.revokedAt.isValid())
        return SessionState::Revoked;
    const qint64 idle = session.scope == SessionScope::Temporary ? temporaryIdleSeconds : persistentIdleSeconds;
    const bool idleEnough = idle > 0 && session.lastUsed.isValid() && session.updatedAt.isValid() &&
                            session.lastUsed.secsTo(session.updatedAt) >= idle;
    return idleEnough ? SessionState::Expired : SessionState::Closed;
}

bool isLoopbackPeer(const QString &address)
{
    if (address.isEmpty())
        return false;
    // The common shapes without parsing (the Sessions pane asks for every row).
    if (address.startsWith(QLatin1String("127.")) || address == QLatin1String("::1") ||
        address.startsWith(QLatin1String("::ffff:127.")))
        return true;
    if (!address.contains(QLatin1Char(':')))
        return false; // IPv4 outside 127.0.0.0/8
    QHostAddress host(address);
    bool mapped = false;
    const quint32 v4 = host.toIPv4Address(&mapped);
    if (mapped)
        host = QHostAddress(v4);
    return host.isLoopback();
}

} // namespace aistack
