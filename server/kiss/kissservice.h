#pragma once

#include "kissdependencies.h"
#include "kissoutcome.h"
#include "rag/ingest/preparedocument.h"

#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>

namespace aistack {

class ContextGuard;

// The KISS operations shared by the REST routes and the WebSocket: each runs on the pool and hands its
// outcome to `done` in the thread of `context` (the server thread). Never blocks the caller.
class KissService
{
public:
    enum class Action { Init, Close, Query, Store };
    using Done = std::function<void(const KissOutcome &)>;

    // context: an object of the server thread, made there.
    KissService(KissDependencies deps, QObject *context);

    // /auth with a parsed body.
    void login(const QJsonObject &body, const QString &clientAddress, Done done) const;

    // The bearer token of a request's Authorization header, checked as the original does; nullopt with
    // *error when the header is missing or malformed.
    static std::optional<QByteArray> bearerToken(const QByteArray &header, KissOutcome *error);

    // The body of a call, already parsed; `invalid` is the parse error to answer once the token has passed
    // (authentication comes first, as in the original's middleware).
    struct Call
    {
        Action action = Action::Query;
        KissOutcome invalid = KissOutcome::success({});
        QString query;
        QVector<IngestFile> files;
    };
    // Authenticates the token, then runs the call. owner: the token's subject when the caller knows it
    // already (a WebSocket connection keeps its token), used only to pick a pool.
    void perform(const QByteArray &token, const Call &call, Done done, const QString &owner = {}) const;
    // The subject of a token with a valid signature and expiry (no database); empty otherwise.
    QString tokenOwner(const QByteArray &token) const;

    const KissDependencies &dependencies() const { return m_deps; }

private:
    template <typename Work> void run(QThreadPool *pool, Work work, Done done) const;
    QThreadPool *poolFor(const QByteArray &token, const Call &call, const QString &knownOwner) const;

    KissDependencies m_deps;
    std::shared_ptr<ContextGuard> m_context;
};

} // namespace aistack
