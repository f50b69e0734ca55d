#include "lcserrors.h"

#include "http/errorreplies.h"
#include "storage/databaseunavailable.h"

namespace aistack::LcsErrors {

namespace {
const QString kUnableToProcess = QStringLiteral("Unable to process this request");
}

HttpResponse fromAuth(const AuthVerdict &verdict)
{
    if (!verdict.cause.isEmpty())
        return ErrorReplies::detailWithCause(verdict.status, verdict.message, verdict.cause);
    return ErrorReplies::detail(verdict.status, verdict.message);
}

HttpResponse fromQuery(const QueryError &e)
{
    using K = QueryError::Kind;
    switch (e.kind) {
    case K::None:
        break;
    case K::AccessDenied:
        return ErrorReplies::detailWithCause(
            403, QStringLiteral("Access denied"),
            QStringLiteral("You do not have permission to access this conversation"));
    case K::NoLlm:
        return ErrorReplies::detailWithCause(400, kUnableToProcess,
                                             QStringLiteral("No LLM model found in available models"));
    case K::ModelNotFound:
        return ErrorReplies::detailWithCause(
            400, kUnableToProcess,
            QStringLiteral("Model %1 from provider %2 not found in available models")
                .arg(e.subject, e.detail));
    case K::SystemPromptDisabled:
        return ErrorReplies::detailWithCause(
            422,
            QStringLiteral(
                "This instance does not support customizing the system prompt in the query request "
                "(disable_query_system_prompt is set). Please remove the system_prompt field from your "
                "request."),
            QString());
    case K::AttachmentType:
        return ErrorReplies::detailWithCause(
            422, kUnableToProcess,
            QStringLiteral("Attachment with improper type %1 detected").arg(e.subject));
    case K::AttachmentContentType:
        return ErrorReplies::detailWithCause(
            422, kUnableToProcess,
            QStringLiteral("Attachment with improper content type %1 detected").arg(e.subject));
    case K::ProviderUnreachable:
        return ErrorReplies::detailWithCause(500, QStringLiteral("Unable to connect to Llama Stack"),
                                             QStringLiteral("Connection error."));
    case K::ProviderFailed:
        return ErrorReplies::detailWithCause(500, QStringLiteral("Unable to process this request"),
                                             QStringLiteral("%1: %2").arg(e.subject, e.detail));
    case K::Store: // like KISS: the store can't be reached, so the client may try again later
        return ErrorReplies::detailWithCause(503, QStringLiteral("Vector store unavailable"),
                                             QStringLiteral("%1: %2").arg(e.subject, e.detail));
    case K::Database:
        return databaseFailed(e.detail);
    }
    return ErrorReplies::internalError();
}

QJsonObject valueError(const QJsonArray &loc, const QString &message, const QJsonValue &input)
{
    return ErrorReplies::validationItem(QStringLiteral("value_error"), loc,
                                        QStringLiteral("Value error, ") + message, input,
                                        QJsonObject{{QStringLiteral("error"), QJsonObject()}});
}

HttpResponse validation(const QJsonArray &items)
{
    return ErrorReplies::validation(items);
}

HttpResponse feedbackDisabled()
{
    return ErrorReplies::detail(403, QStringLiteral("Forbidden: Feedback is disabled"));
}

HttpResponse feedbackNotStored(const QString &osError)
{
    if (isDatabaseUnavailable(osError))
        return databaseFailed(osError);
    return ErrorReplies::detailWithCause(500, QStringLiteral("Error storing user feedback"), osError);
}

HttpResponse transcriptNotStored(const QString &osError)
{
    return ErrorReplies::detailWithCause(500, QStringLiteral("Error storing transcript"), osError);
}

HttpResponse badConversationId(const QString &id)
{
    return ErrorReplies::detailWithCause(400, QStringLiteral("Invalid conversation ID format"),
                                         QStringLiteral("Conversation ID %1 is not a valid UUID").arg(id));
}

HttpResponse conversationNotFound(const QString &id)
{
    return ErrorReplies::detailWithCause(404, QStringLiteral("Conversation not found"),
                                         QStringLiteral("Conversation %1 could not be retrieved.").arg(id));
}

HttpResponse conversationForbidden(const QString &verb)
{
    return ErrorReplies::detailWithCause(
        403, QStringLiteral("Access denied"),
        QStringLiteral("You do not have permission to %1 this conversation").arg(verb));
}

HttpResponse conversationsUnavailable(const QString &userId)
{
    return ErrorReplies::detailWithCause(
        500, QStringLiteral("Unknown error"),
        QStringLiteral("Unknown error while getting conversations for user %1").arg(userId));
}

HttpResponse unknownError(const QString &cause)
{
    return ErrorReplies::detailWithCause(500, QStringLiteral("Unknown error"), cause);
}

HttpResponse databaseFailed(const QString &cause)
{
    if (isDatabaseUnavailable(cause))
        return ErrorReplies::detailWithCause(503, QStringLiteral("Database unavailable"), cause);
    return unknownError(cause);
}

} // namespace aistack::LcsErrors
