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
    : m_deps(deps), m_config(std::move(config)), m_auth(std::move(auth)),
      m_context(ContextGuard::of(context))
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
    authenticate(request, exchange, [exchange, body, next = std::move(next)](const UserIdentity &user) {
        ConversationQuery query;
        const QJsonArray errors = LcsRequests::parseQuery(body, &query);
        if (!errors.isEmpty())
            return exchange->respond(LcsErrors::validation(errors));
        next(user, query);
    });
}

void LcsService::recordTurn(const UserIdentity &user, const ConversationQuery &query, const TurnPlan &plan,
                            const ChatResult &result, Stored done) const
{
    const LcsDependencies deps = m_deps;
    const QString answer = result.text;
    deps.engine->record(user, plan, result,
                        [deps, user, query, plan, answer, done = std::move(done)](const QString &storeError) {
                            if (!storeError.isEmpty() || !deps.transcripts->enabled())
                                return done(storeError, QString());
                            // A file per turn: written on the pool, not on the store's writer thread.
                            deps.pool->start([deps, user, query, plan, answer, done]() {
                                QString error;
                                if (!deps.transcripts->write(user, query, plan, answer, &error))
                                    qWarning().noquote() << "transcript not written:" << error;
                                done(QString(), error);
                            });
                        });
}

} // namespace aistack
