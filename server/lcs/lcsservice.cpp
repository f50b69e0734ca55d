#include "lcsservice.h"

#include "config/appconfig.h"
#include "conversations/conversationengine.h"
#include "feedback/transcriptwriter.h"
#include "lcserrors.h"
#include "lcsrequests.h"

#include <QLoggingCategory>
#include <QUrlQuery>

namespace aistack {

LcsService::LcsService(LcsDependencies deps, std::shared_ptr<const AppConfig> config,
                       std::unique_ptr<RequestAuth> auth, QObject *context)
    : m_deps(deps), m_config(std::move(config)), m_auth(std::move(auth)), m_context(ContextGuard::of(context))
{
}

LcsService::~LcsService() = default;

void LcsService::authenticate(const QHttpServerRequest &request, const ExchangePtr &exchange,
                              Authenticated next) const
{
    AuthRequest auth;
    auth.authorization = request.value("authorization");
    const QUrlQuery query(request.url());
    if (query.hasQueryItem(QStringLiteral("user_id")))
        auth.userId = query.queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded);
    auto finish = [exchange, next = std::move(next)](const AuthVerdict &verdict) {
        if (!verdict.ok())
            return exchange->respond(LcsErrors::fromAuth(verdict));
        next(verdict.identity);
    };
    if (m_auth->immediate())
        return finish(m_auth->authenticate(auth));
    poolCall(
        m_deps.pool, m_context, [module = m_auth, auth]() { return module->authenticate(auth); },
        std::move(finish));
}

void LcsService::acceptQuery(const QHttpServerRequest &request, const ExchangePtr &exchange,
                             Accepted next) const
{
    QJsonValue body;
    const QJsonArray syntax = LcsRequests::parseJson(request.body(), &body);
    if (!syntax.isEmpty())
        return exchange->respond(LcsErrors::validation(syntax));
    const QByteArray mcpHeaders = request.value("mcp-headers");
    authenticate(request, exchange,
                 [exchange, body, mcpHeaders, next = std::move(next)](const UserIdentity &user) {
                     ConversationQuery query;
                     QJsonArray errors = LcsRequests::parseQuery(body, &query);
                     if (errors.isEmpty() && !mcpHeaders.isEmpty())
                         errors = LcsRequests::parseMcpHeaders(mcpHeaders, &query.mcpHeaders);
                     if (!errors.isEmpty())
                         return exchange->respond(LcsErrors::validation(errors));
                     next(user, query);
                 });
}

void LcsService::answerQuery(const QHttpServerRequest &request, const ExchangePtr &exchange,
                             QueryWork work) const
{
    acceptQuery(
        request, exchange,
        [this, exchange, work = std::move(work)](const UserIdentity &user, const ConversationQuery &query) {
            runQuery([work, user, query]() { return work(user, query); },
                     [exchange](const HttpResponse &response) { exchange->respond(response); });
        });
}

LcsService::Recorded LcsService::recordTurnAndWait(const UserIdentity &user, const ConversationQuery &query,
                                                   const TurnPlan &plan, const ChatResult &result) const
{
    Recorded recorded;
    recorded.storeError = m_deps.engine->recordAndWait(user, plan, result);
    if (!recorded.storeError.isEmpty() || !m_deps.transcripts->enabled())
        return recorded;
    if (!m_deps.transcripts->write(user, query, plan, result.text, result.toolRuns,
                                   &recorded.transcriptError))
        qWarning().noquote() << "transcript not written:" << recorded.transcriptError;
    return recorded;
}

HttpResponse LcsService::Recorded::response() const
{
    return !storeError.isEmpty() ? LcsErrors::databaseFailed(storeError)
                                 : LcsErrors::transcriptNotStored(transcriptError);
}

QString LcsService::Recorded::text() const
{
    return storeError.isEmpty()
               ? QString(QStringLiteral("The transcript could not be written: ") + transcriptError)
               : QString(QStringLiteral("The conversation could not be stored: ") + storeError);
}

} // namespace aistack
