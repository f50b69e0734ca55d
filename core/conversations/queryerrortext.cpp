// What went wrong with a query, in words for a person (the desktop). The API layers map the same errors to
// their wire shapes in server/lcs/lcserrors.cpp.
#include "conversationquery.h"

#include <QCoreApplication>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QueryError)
};
} // namespace

QString describeQueryError(const QueryError &e)
{
    using K = QueryError::Kind;
    switch (e.kind) {
    case K::None:
        break;
    case K::AccessDenied:
        return Tr::tr("This conversation no longer exists, or it belongs to another user.");
    case K::NoLlm:
        return Tr::tr("No language model is configured. Add a model to a stack tool in the Stack pane.");
    case K::ModelNotFound:
        return Tr::tr("The model %1 of provider %2 is not available. Pick another model.").arg(e.subject, e.detail);
    case K::SystemPromptDisabled:
        return Tr::tr("This configuration does not allow a system prompt per question.");
    case K::AttachmentType:
    case K::AttachmentContentType:
        return Tr::tr("The attachment's type %1 is not supported.").arg(e.subject);
    case K::ProviderUnreachable:
        return Tr::tr("The model's provider cannot be reached: %1").arg(e.detail.isEmpty() ? e.subject : e.detail);
    case K::ProviderFailed:
        return Tr::tr("The model failed to answer: %1: %2").arg(e.subject, e.detail);
    case K::Store:
        return Tr::tr("The documents of %1 cannot be searched: %2").arg(e.subject, e.detail);
    case K::Database:
        return Tr::tr("The conversation could not be read or stored: %1").arg(e.detail);
    }
    return Tr::tr("The question could not be answered.");
}

} // namespace aistack
