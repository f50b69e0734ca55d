#include "conversations/conversationengine.h"
#include "conversations/conversationexport.h"
#include "lcscontrollers.h"
#include "lcserrors.h"
#include "lcsrequests.h"
#include "lcsservice.h"
#include "storage/databaseunavailable.h"

namespace aistack {

namespace {
HttpResponse listBody(ConversationStore &store, const UserIdentity &user)
{
    QString error;
    const std::optional<QVector<ConversationRow>> rows = store.list(user.userId, &error);
    if (!rows)
        return isDatabaseUnavailable(error) ? LcsErrors::databaseFailed(error)
                                            : LcsErrors::conversationsUnavailable(user.userId);
    QVector<OrderedJson> items;
    for (const ConversationRow &r : *rows)
        items << OrderedJson()
                     .add(QStringLiteral("conversation_id"), r.id)
                     .add(QStringLiteral("created_at"), store.isoTime(r.createdAt))
                     .add(QStringLiteral("last_message_at"), store.isoTime(r.lastMessageAt))
                     .add(QStringLiteral("message_count"), r.messageCount)
                     .add(QStringLiteral("last_used_model"), r.lastUsedModel)
                     .add(QStringLiteral("last_used_provider"), r.lastUsedProvider);
    return HttpResponse::json(200, OrderedJson().add(QStringLiteral("conversations"), items));
}

// The owner check shared by GET and DELETE: nullopt when the caller may go on.
std::optional<HttpResponse> refuse(ConversationStore &store, const QString &id, const UserIdentity &user,
                                   const QString &verb)
{
    QString error;
    const std::optional<QString> owner = store.owner(id, &error);
    if (!error.isEmpty())
        return LcsErrors::databaseFailed(error);
    if (!owner)
        return LcsErrors::conversationNotFound(id);
    if (*owner != user.userId)
        return LcsErrors::conversationForbidden(verb);
    return std::nullopt;
}

HttpResponse historyBody(ConversationStore &store, const QString &id, const UserIdentity &user)
{
    if (const auto refusal = refuse(store, id, user, QStringLiteral("read")))
        return *refusal;
    QString error;
    const std::optional<QVector<ConversationTurn>> turns = store.turns(id, &error);
    if (!turns)
        return LcsErrors::databaseFailed(error);
    return HttpResponse::json(200, ConversationExport::apiHistory(id, *turns, [&store](const QDateTime &t) {
                                  return store.isoTime(t);
                              }));
}

HttpResponse deleteBody(ConversationStore &store, const QString &id, const UserIdentity &user)
{
    if (const auto refusal = refuse(store, id, user, QStringLiteral("delete")))
        return *refusal;
    QString error;
    if (!store.remove(id, &error) && !error.isEmpty())
        return LcsErrors::databaseFailed(error);
    return HttpResponse::json(
        200, OrderedJson()
                 .add(QStringLiteral("conversation_id"), id)
                 .add(QStringLiteral("success"), true)
                 .add(QStringLiteral("response"), QStringLiteral("Conversation deleted successfully")));
}

using Work = HttpResponse (*)(ConversationStore &, const QString &, const UserIdentity &);

void addConversationRoute(Router &router, QHttpServerRequest::Method method, const QString &summary,
                          std::shared_ptr<const LcsService> service, Work work)
{
    router.addWithArg(
        method, QStringLiteral("/v1/conversations/{conversation_id}"),
        {summary, QStringLiteral("lightspeed")},
        [service, work](const QString &id, const QHttpServerRequest &request, const ExchangePtr &exchange) {
            service->authenticate(request, exchange, [service, exchange, id, work](const UserIdentity &user) {
                if (!LcsRequests::isUuid(id))
                    return exchange->respond(LcsErrors::badConversationId(id));
                ConversationStore *store = &service->deps().engine->store();
                service->run([store, id, user, work]() { return work(*store, id, user); },
                             [exchange](const HttpResponse &r) { exchange->respond(r); });
            });
        });
}
} // namespace

void registerLcsConversationsRoutes(Router &router, std::shared_ptr<const LcsService> service)
{
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/v1/conversations"),
               {QStringLiteral("Lightspeed: the caller's conversations"), QStringLiteral("lightspeed")},
               [service](const QHttpServerRequest &request, const ExchangePtr &exchange) {
                   service->authenticate(request, exchange, [service, exchange](const UserIdentity &user) {
                       ConversationStore *store = &service->deps().engine->store();
                       service->run([store, user]() { return listBody(*store, user); },
                                    [exchange](const HttpResponse &r) { exchange->respond(r); });
                   });
               });
    addConversationRoute(router, QHttpServerRequest::Method::Get,
                         QStringLiteral("Lightspeed: one conversation and its turns"), service, &historyBody);
    addConversationRoute(router, QHttpServerRequest::Method::Delete,
                         QStringLiteral("Lightspeed: delete a conversation and its turns"), service,
                         &deleteBody);
}

} // namespace aistack
