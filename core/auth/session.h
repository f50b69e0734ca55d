#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace aistack {

enum class SessionScope { Temporary, Persistent };

QString scopeName(SessionScope scope);
std::optional<SessionScope> scopeFromName(const QString &name);

// One row of the `sessions` table: a KISS API client and the state of its stack.
struct Session
{
    qint64 id = 0;
    QString clientId;
    SessionScope scope = SessionScope::Temporary;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastUsed;
    bool active = true;
    bool stackInitialized = false; // init was called and close was not: the stack comes back after a restart
    bool documentsDeleted = false; // a closed temporary session whose collections are gone
};

// A session just created, with its secret in clear: the only time the secret exists outside a hash.
struct NewSession
{
    Session session;
    QString clientSecret;
};

} // namespace aistack
