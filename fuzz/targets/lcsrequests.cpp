// The JSON bodies of Lightspeed's /v1/query (QueryRequest) and /v1/feedback (FeedbackRequest).
#include "lcs/lcsrequests.h"
#include "fuzztarget.h"

#include <QJsonDocument>

namespace aistack::fuzz {

namespace {
// FastAPI's 422 list: every item names its type, where and what.
void requireItems(const QJsonArray &errors)
{
    for (const QJsonValue &item : errors) {
        const QJsonObject o = item.toObject();
        require(!o.value(QStringLiteral("type")).toString().isEmpty() &&
                    o.value(QStringLiteral("loc")).isArray() &&
                    !o.value(QStringLiteral("msg")).toString().isEmpty(),
                "a 422 item has type, loc and msg");
    }
    QJsonDocument(errors).toJson(QJsonDocument::Compact);
}
} // namespace

Verdict lcsRequests(const QByteArray &input)
{
    QJsonValue body;
    const QJsonArray invalid = LcsRequests::parseJson(input, &body);
    requireItems(invalid);
    if (!invalid.isEmpty())
        return Verdict::refuse(QString::fromUtf8(QJsonDocument(invalid).toJson(QJsonDocument::Compact)));

    ConversationQuery query;
    const QJsonArray queryErrors = LcsRequests::parseQuery(body, &query);
    requireItems(queryErrors);
    if (queryErrors.isEmpty())
        require(!query.conversationId || LcsRequests::isUuid(*query.conversationId),
                "an accepted conversation id is a UUID");
    FeedbackEntry feedback;
    const QJsonArray feedbackErrors = LcsRequests::parseFeedback(body, &feedback);
    requireItems(feedbackErrors);
    if (feedbackErrors.isEmpty()) {
        require(!feedback.sentiment || *feedback.sentiment == 1 || *feedback.sentiment == -1,
                "an accepted sentiment is 1 or -1");
        require(!feedback.userFeedback || feedback.userFeedback->size() <= 4096,
                "accepted feedback text is at most 4096 characters");
    }
    if (!queryErrors.isEmpty() && !feedbackErrors.isEmpty())
        return Verdict::refuse(QString::fromUtf8(QJsonDocument(queryErrors).toJson(QJsonDocument::Compact)));
    return {};
}

} // namespace aistack::fuzz
