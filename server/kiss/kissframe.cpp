#include "kissframe.h"

#include "common/orderedjson.h"
#include "kissrequests.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KissWebSocket)
};

KissFrame refuse(int status, const QString &detail)
{
    KissFrame frame;
    frame.reply = KissOutcome::error(status, detail).toFrame({});
    return frame;
}
} // namespace

KissFrame KissFrame::read(const QByteArray &text, qint64 maxFrameBytes)
{
    static const QHash<QString, KissService::Action> events{
        {QStringLiteral("on_init"), KissService::Action::Init},
        {QStringLiteral("on_query"), KissService::Action::Query},
        {QStringLiteral("on_store"), KissService::Action::Store},
        {QStringLiteral("on_close"), KissService::Action::Close}};
    if (text.size() > maxFrameBytes)
        return refuse(
            413,
            Tr::tr("Frame too large: %1 bytes, the limit is %2 bytes").arg(text.size()).arg(maxFrameBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(400, QStringLiteral("Invalid data"));
    const QJsonObject message = doc.object();
    const QJsonValue event = message.value(QStringLiteral("event"));
    const auto action = events.constFind(event.toString());
    if (!event.isString() || action == events.constEnd()) {
        const QString shown = event.isString() ? event.toString()
                              : event.isUndefined() || event.isNull()
                                  ? QStringLiteral("None")
                                  : QString::fromUtf8(OrderedJson::encode(event));
        return refuse(400, QStringLiteral("Invalid event: %1").arg(shown));
    }
    KissFrame frame;
    frame.event = event.toString();
    frame.call.action = *action;
    QJsonValue data = message.value(QStringLiteral("data"));
    if (data.isUndefined())
        data = QJsonObject{};
    if (!data.isObject()) {
        frame.call.invalid = KissOutcome::error(400, QStringLiteral("Invalid data"));
        return frame;
    }
    const QJsonObject body = data.toObject();
    frame.call.invalid = frame.call.action == KissService::Action::Store
                             ? KissRequests::parseDocuments(body, &frame.call.files)
                             : KissRequests::parseQuery(body, &frame.call.query);
    if (frame.call.invalid.status == 422)
        frame.call.invalid = KissOutcome::error(400, QStringLiteral("Invalid data"));
    return frame;
}

} // namespace aistack
