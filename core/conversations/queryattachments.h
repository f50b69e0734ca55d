#pragma once

#include "conversationquery.h"

namespace aistack::QueryAttachments {

// The first attachment whose type or content type is not one the original accepts; ok() when all are.
QueryError validate(const QVector<QueryAttachment> &attachments);

// The query as the model sees it: the question, then each attachment under a header naming its type.
QString appendTo(const QString &query, const QVector<QueryAttachment> &attachments);

} // namespace aistack::QueryAttachments
