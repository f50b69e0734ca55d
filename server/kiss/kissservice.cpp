#include "kissservice.h"

#include "common/querypool.h"

#include "auth/sessionauthority.h"
#include "kisserrors.h"
#include "kissrequests.h"
#include "metrics/metricfamily.h"
#include "stack/stacksessions.h"

#include "common/poolcall.h"
#include <QDateTime>
#include <QJsonArray>

namespace aistack {

namespace {
QByteArray genericBody(const QString &stackId, const QJsonValue &result, const OrderedJson *extras)
{
    OrderedJson body;
    body.add(QStringLiteral("stack_id"), stackId).add(QStringLiteral("result"), result);
    if (extras)
        body.add(QStringLiteral("extras"), *extras);
    else
        body.add(QStringLiteral("extras"), QJsonValue::Null);
    return body.toJson();
}

QByteArray queryBody(const QString &stackId, const QString &question, const StackReply &reply)
{
    OrderedJson extras;
    extras.add(QStringLiteral("query"), question);
    if (reply.retrieval) {
        const QJsonObject chroma = reply.retrieval->chromaShape();
        extras.add(QStringLiteral("metadata"), chroma.value(QStringLiteral("metadatas")))
            .add(QStringLiteral("distances"), chroma.value(QStringLiteral("distances")))
            .add(QStringLiteral("supporting_documents"), chroma.value(QStringLiteral("documents")));
    } else {
        extras.add(QStringLiteral("metadata"), QJsonValue::Null)
            .add(QStringLiteral("distances"), QJsonValue::Null)
            .add(QStringLiteral("supporting_documents"), QJsonValue::Null);
    }
    return genericBody(stackId, reply.text, &extras);
}
} // namespace

KissService::KissService(KissDependencies deps, QObject *context)
    : m_deps(deps), m_context(ContextGuard::of(context))
{
}

template <typename Work> void KissService::run(QThreadPool *pool, Work work, Done done) const
{
    poolCall(pool, m_context, std::move(work), [done](const KissOutcome &outcome) { done(outcome); });
}

void KissService::login(const QJsonObject &body, const QString &clientAddress, Done done) const
{
    LoginRequest request;
    const KissOutcome parsed = KissRequests::parseLogin(body, &request);
    if (!parsed.ok())
        return done(parsed);
    const KissDependencies deps = m_deps;
    run(
        deps.pool,
        [deps, request, clientAddress]() {
            const LoginResult result = deps.authority->login(request, clientAddress);
            if (result.status == LoginResult::Status::Created && deps.activeSessions)
                deps.activeSessions->add(1, {*request.scope});
            if (result.status != LoginResult::Status::Created &&
                result.status != LoginResult::Status::Renewed)
                return KissErrors::fromLogin(result);
            return KissOutcome::success(
                OrderedJson()
                    .add(QStringLiteral("client_id"), result.clientId)
                    .add(QStringLiteral("client_secret"), result.clientSecret)
                    .add(QStringLiteral("access_token"), QString::fromLatin1(result.accessToken))
                    .toJson());
        },
        std::move(done));
}

std::optional<QByteArray> KissService::bearerToken(const QByteArray &header, KissOutcome *error)
{
    if (header.isEmpty() || !header.contains("Bearer")) {
        *error = KissErrors::missingHeader();
        return std::nullopt;
    }
    const QList<QByteArray> parts = header.split(' ');
    if (parts.size() < 2 || parts.at(1).isEmpty()) {
        *error = KissErrors::badTokenFormat();
        return std::nullopt;
    }
    return parts.at(1);
}

QString KissService::tokenOwner(const QByteArray &token) const
{
    const Jwt::Verified verified =
        m_deps.authority->tokens().check(token, QDateTime::currentSecsSinceEpoch());
    return verified.ok() ? verified.claims.value(QStringLiteral("sub")).toString() : QString();
}

QThreadPool *KissService::poolFor(const QByteArray &token, const Call &call, const QString &knownOwner) const
{
    // A query of a stack that runs locally is CPU work: a pool sized to the cores serves it with fewer
    // context switches than the large pool, whose threads may wait on models and stores. The token is only
    // read here to route the call; it is checked in full (with its session) on the pool.
    if (call.action != Action::Query || !call.invalid.ok() || !m_deps.cpuPool)
        return m_deps.pool;
    const QString owner = knownOwner.isEmpty() ? tokenOwner(token) : knownOwner;
    return queryPool(m_deps.pool, m_deps.cpuPool, !owner.isEmpty() && m_deps.sessions->runsLocally(owner));
}

void KissService::perform(const QByteArray &token, const Call &call, Done done, const QString &owner) const
{
    const KissDependencies deps = m_deps;
    run(
        poolFor(token, call, owner),
        [deps, token, call]() {
            const AuthResult auth = deps.authority->authenticate(token);
            if (auth.status != AuthResult::Status::Ok)
                return KissErrors::fromAuth(auth);
            if (!call.invalid.ok())
                return call.invalid;
            const Session &session = auth.session;
            const QString id = session.clientId;
            const QString &query = call.query;
            switch (call.action) {
            case Action::Init: {
                const StackError e = deps.sessions->init(session);
                return e.ok() ? KissOutcome::success(genericBody(id, QStringLiteral("Greetings!"), nullptr))
                              : KissErrors::fromStack(e);
            }
            case Action::Close: {
                const StackError e = deps.sessions->close(session);
                if (!e.ok())
                    return KissErrors::fromStack(e);
                if (session.scope == SessionScope::Temporary && deps.activeSessions)
                    deps.activeSessions->add(-1, {scopeName(session.scope)});
                return KissOutcome::success(genericBody(id, QStringLiteral("Good bye!"), nullptr));
            }
            case Action::Query: {
                const StackReply reply = deps.sessions->query(session, query);
                return reply.error.ok() ? KissOutcome::success(queryBody(id, query, reply))
                                        : KissErrors::fromStack(reply.error);
            }
            case Action::Store: {
                const StoreReply reply = deps.sessions->store(session, call.files);
                if (!reply.error.ok())
                    return KissErrors::fromStack(reply.error);
                OrderedJson extras;
                extras.add(reply.tool, QJsonArray::fromStringList(reply.ids));
                return KissOutcome::success(genericBody(id, QStringLiteral("Files stored"), &extras));
            }
            }
            return KissOutcome::error(500, QStringLiteral("unknown action"));
        },
        std::move(done));
}

} // namespace aistack
