#include "kissoutcome.h"

#include "http/errorreplies.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace aistack {

HttpResponse KissOutcome::toHttp() const
{
    if (ok()) {
        HttpResponse r;
        r.status = 200;
        r.contentType = "application/json";
        r.body = body;
        return r;
    }
    HttpResponse r = HttpResponse::json(status, QJsonObject{{QStringLiteral("detail"), detail}});
    if (retryAfterMs > 0)
        r.headers.emplace_back("Retry-After", QByteArray::number((retryAfterMs + 999) / 1000));
    return r;
}

QByteArray KissOutcome::toFrame(const QString &event) const
{
    if (!ok())
        return QJsonDocument(ErrorReplies::frame(status, detail)).toJson(QJsonDocument::Compact);
    return "{\"event\":" + OrderedJson::encode(event) + ",\"result\":" + body + '}';
}

} // namespace aistack
