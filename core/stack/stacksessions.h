#pragma once

#include "auth/session.h"
#include "config/appconfig.h"
#include "rag/ingest/preparedocument.h"
#include "stack.h"

#include <QStringList>

namespace aistack {

class SessionStore;
class StackEngine;

// What /documents stored.
struct StoreReply
{
    StackError error;
    QString tool;    // the rag tool whose collection holds the files
    QStringList ids; // the chunk ids, file after file
};

// The stack operations of an authenticated session, as both API layers (REST and WebSocket) and the
// desktop need them: init, query, store, close, plus the reaper. Keeps the sessions table and the stacks
// in memory in step. Blocking: for worker threads. Thread-safe.
class StackSessions
{
public:
    StackSessions(SessionStore &store, StackEngine &engine) : m_store(store), m_engine(engine) {}

    // Builds (or rebuilds) the session's stack from the current stack configuration.
    StackError init(const Session &session);
    // Destroys the stack. A temporary session ends: its tokens stop working and its documents are deleted.
    // A persistent one keeps its documents and may init again.
    StackError close(const Session &session);
    StackReply query(const Session &session, const QString &question);
    // Stores files into the collection of the stack's first rag tool. All or nothing: when one file fails,
    // the files of this request stored before it are taken out again (replaced ones are left as they were).
    StoreReply store(const Session &session, const QVector<IngestFile> &files);

    struct ReapReport
    {
        int expired = 0;
        int cleaned = 0;
        QString error;
    };
    // Ends idle sessions and deletes the documents of ended temporary sessions that still have them.
    ReapReport reap(const SessionsConfig &config, const QDateTime &now);

    // The desktop's actions on a session, by its client id. Close does what the client's own close does,
    // whether or not the stack was initialised: a temporary session ends and its documents are deleted, a
    // persistent one loses its stack but keeps its documents and may init again. Revoke ends the session
    // for good: its tokens and its secret stop working at once, its stack goes, and a temporary session's
    // documents are deleted.
    StackError closeSession(const QString &clientId);
    StackError revokeSession(const QString &clientId);

    // The session's stack is in memory and runs locally (Stack::runsLocally). Does not block.
    bool runsLocally(const QString &clientId) const;

private:
    // The session's stack: the one in memory, or rebuilt when the session was initialised before a restart.
    std::shared_ptr<Stack> stackFor(const Session &session, StackError *error);
    bool cleanUp(const QString &clientId, QString *error);
    // Deactivates a temporary session and deletes its documents (the reaper retries when that fails).
    StackError endTemporary(const QString &clientId);
    // The session by id for a desktop action: nullopt with *error set when it is not there or has ended.
    std::optional<Session> sessionForAction(const QString &clientId, StackError *error);

    SessionStore &m_store;
    StackEngine &m_engine;
};

} // namespace aistack
