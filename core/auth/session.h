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
    QString configId;              // the configuration in force when the session was created
    QString peerAddress;           // the address the client created it from
    QDateTime revokedAt;           // set when an administrator revoked it
    qint64 queryCount = 0;         // queries answered
    qint64 documentCount = 0;      // files stored
    qint64 tokenCount = 0;         // tokens of its questions and answers (estimated when the model gives none)
};

// Where a session stands, as the desktop's Sessions pane shows it.
enum class SessionState { Active, Closed, Revoked, Expired };

// An ended session that was not revoked counts as expired when it had been idle at least as long as its
// scope allows when it ended (the reaper ends sessions only then), else as closed.
SessionState stateOf(const Session &session, qint64 temporaryIdleSeconds, qint64 persistentIdleSeconds);
// The peer is this machine (a loopback address) rather than another one on the network.
bool isLoopbackPeer(const QString &address);

// A session just created, with its secret in clear: the only time the secret exists outside a hash.
struct NewSession
{
    Session session;
    QString clientSecret;
};

} // namespace aistack
