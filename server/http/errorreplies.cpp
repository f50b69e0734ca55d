#include "errorreplies.h"

#include <QJsonObject>
#include <QStringList>

namespace aistack {

HttpResponse ErrorReplies::detail(int status, const QString &message)
{
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("detail"), message}});
}

HttpResponse ErrorReplies::validation(const QJsonArray &errors)
{
    // FastAPI's key order: type, loc, msg, input, ctx.
    static const QStringList order{QStringLiteral("type"), QStringLiteral("loc"), QStringLiteral("msg"),
                                   QStringLiteral("input"), QStringLiteral("ctx")};
    QVector<OrderedJson> items;
    for (const QJsonValue &e : errors) {
        const QJsonObject item = e.toObject();
        OrderedJson ordered;
        for (const QString &key : order)
            if (item.contains(key))
                ordered.add(key, item.value(key));
        items << ordered;
    }
    return HttpResponse::json(422, OrderedJson().add(QStringLiteral("detail"), items));
}

QJsonObject ErrorReplies::validationItem(const QString &type, const QJsonArray &loc, const QString &msg,
                                         const QJsonValue &input, const QJsonObject &ctx)
{
    QJsonObject item{{QStringLiteral("type"), type},
                     {QStringLiteral("loc"), loc},
                     {QStringLiteral("msg"), msg},
                     {QStringLiteral("input"), input}};
    if (!ctx.isEmpty())
        item.insert(QStringLiteral("ctx"), ctx);
    return item;
}

QJsonObject ErrorReplies::frame(int status, const QJsonValue &detail)
{
    return QJsonObject{{QStringLiteral("error"), true},
                       {QStringLiteral("status_code"), status},
                       {QStringLiteral("detail"), detail}};
}

HttpResponse ErrorReplies::detailWithCause(int status, const QString &response, const QString &cause)
{
    OrderedJson inner;
    inner.add(QStringLiteral("response"), response);
    if (!cause.isNull())
        inner.add(QStringLiteral("cause"), cause);
    return HttpResponse::json(status, OrderedJson().add(QStringLiteral("detail"), inner));
}

HttpResponse ErrorReplies::notFound()
{
    return detail(404, QStringLiteral("Not Found"));
}

HttpResponse ErrorReplies::methodNotAllowed(const QByteArray &allow)
{
    HttpResponse r = detail(405, QStringLiteral("Method Not Allowed"));
    r.headers.emplace_back("Allow", allow);
    return r;
}

HttpResponse ErrorReplies::upgradeRequired()
{
    HttpResponse r =
        detail(426, QStringLiteral("This endpoint speaks WebSocket only: send an Upgrade request"));
    r.headers.emplace_back("Upgrade", "websocket");
    return r;
}

HttpResponse ErrorReplies::internalError()
{
    return HttpResponse::text(500, "text/plain; charset=utf-8", "Internal Server Error");
}

} // namespace aistack
