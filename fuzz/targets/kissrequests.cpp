// The JSON bodies of KISS /auth, /queries and /documents: the same body through each route's model.
#include "kiss/kissrequests.h"
#include "fuzztarget.h"

#include <QJsonDocument>

namespace aistack::fuzz {

namespace {
// An error is a status the client can act on, with a detail, and encodes for both transports.
void requireAnswer(const KissOutcome &outcome)
{
    if (outcome.ok())
        return;
    require(outcome.status == 400 || outcome.status == 422, "a refused body answers 400 or 422");
    require(!outcome.detail.isUndefined() && !outcome.detail.isNull(), "a refused body says why");
    require(QJsonDocument::fromJson(outcome.toFrame(QStringLiteral("on_query"))).isObject(),
            "the error frame is a JSON object");
    outcome.toHttp();
}
} // namespace

Verdict kissRequests(const QByteArray &input)
{
    QJsonObject body;
    const KissOutcome parsed = KissRequests::parseBody(input, &body);
    requireAnswer(parsed);
    if (!parsed.ok())
        return Verdict::refuse(QString::fromUtf8(parsed.toFrame({})));

    LoginRequest login;
    requireAnswer(KissRequests::parseLogin(body, &login));
    QString query;
    const KissOutcome queried = KissRequests::parseQuery(body, &query);
    requireAnswer(queried);
    QVector<IngestFile> files;
    const KissOutcome stored = KissRequests::parseDocuments(body, &files);
    requireAnswer(stored);
    for (const IngestFile &file : files) {
        require(!file.name.isEmpty() && file.name.size() <= 255, "a file label is 1 to 255 characters");
        require(!file.name.contains(QLatin1Char('/')) && !file.name.contains(QLatin1Char('\\')) &&
                    file.name != QLatin1String("..") && file.name != QLatin1String("."),
                "a file label is never a path");
        require(!file.bytes.isEmpty(), "an accepted file has bytes");
    }
    if (!queried.ok() && !stored.ok())
        return Verdict::refuse(QString::fromUtf8(stored.toFrame({})));
    return {};
}

} // namespace aistack::fuzz
