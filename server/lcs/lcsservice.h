#pragma once

#include "auth/lcs/requestauth.h"
#include "conversations/conversationquery.h"
#include "http/router.h"
#include "lcsdependencies.h"

#include <functional>
#include <memory>
#include <optional>

namespace aistack {

struct AppConfig;
struct ChatResult;

// What every Lightspeed route shares: the authentication module, the order of checks, and the pools. Never
// blocks the server thread: authentication that waits on the network and all core work run on the pools,
// and their results come back to the server thread.
class ContextGuard;

class LcsService
{
public:
    LcsService(LcsDependencies deps, std::shared_ptr<const AppConfig> config,
               std::unique_ptr<RequestAuth> auth, QObject *context); // context: of the server thread
    ~LcsService();

    using Authenticated = std::function<void(const UserIdentity &)>;
    // Authenticates the request; answers the refusal itself, or calls next in the server thread.
    void authenticate(const QHttpServerRequest &request, const ExchangePtr &exchange,
                      Authenticated next) const;

    using Accepted = std::function<void(const UserIdentity &, const ConversationQuery &)>;
    // The front of both query routes: JSON syntax (422), authentication, then the QueryRequest schema (422).
    void acceptQuery(const QHttpServerRequest &request, const ExchangePtr &exchange, Accepted next) const;

    // Runs work on the pool for queries (the CPU pool when everything answers in process) and hands the
    // result to done in the server thread.
    template <typename Work, typename Done> void runQuery(Work work, Done done) const;
    template <typename Work, typename Done> void run(Work work, Done done) const;

    // A query route that answers with one response, as one straight function: acceptQuery, then `work` on
    // the query pool (it may block), then its response to the client.
    using QueryWork = std::function<HttpResponse(const UserIdentity &, const ConversationQuery &)>;
    void answerQuery(const QHttpServerRequest &request, const ExchangePtr &exchange, QueryWork work) const;

    // What recording a turn gave: the database's error (the turn is not stored) or the OS error of the
    // transcript file (the turn is stored, its transcript is not), as a response or as the stream's words.
    struct Recorded
    {
        QString storeError;
        QString transcriptError;
        bool ok() const { return storeError.isEmpty() && transcriptError.isEmpty(); }
        HttpResponse response() const;
        QString text() const;
    };
    // Records a finished turn, then writes its transcript when transcripts are on. For worker threads:
    // returns once both are done.
    Recorded recordTurnAndWait(const UserIdentity &user, const ConversationQuery &query, const TurnPlan &plan,
                               const ChatResult &result) const;

    const LcsDependencies &deps() const { return m_deps; }
    const AppConfig &config() const { return *m_config; }
    // The server thread's way back from the pools.
    const std::shared_ptr<ContextGuard> &context() const { return m_context; }

private:
    LcsDependencies m_deps;
    std::shared_ptr<const AppConfig> m_config;
    std::shared_ptr<RequestAuth> m_auth;
    std::shared_ptr<ContextGuard> m_context;
};

} // namespace aistack

#include "common/poolcall.h"
#include "common/querypool.h"

namespace aistack {
template <typename Work, typename Done> void LcsService::runQuery(Work work, Done done) const
{
    poolCall(queryPool(m_deps.pool, m_deps.cpuPool, m_deps.answersLocally), m_context, std::move(work),
             std::move(done));
}
template <typename Work, typename Done> void LcsService::run(Work work, Done done) const
{
    poolCall(m_deps.pool, m_context, std::move(work), std::move(done));
}
} // namespace aistack
