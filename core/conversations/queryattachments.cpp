#include "queryattachments.h"

#include <QStringList>

namespace aistack::QueryAttachments {

QueryError validate(const QVector<QueryAttachment> &attachments)
{
    static const QStringList types{QStringLiteral("alert"),         QStringLiteral("api object"),
                                   QStringLiteral("configuration"), QStringLiteral("error message"),
                                   QStringLiteral("event"),         QStringLiteral("log"),
                                   QStringLiteral("stack trace")};
    static const QStringList contentTypes{QStringLiteral("text/plain"), QStringLiteral("application/json"),
                                          QStringLiteral("application/yaml"),
                                          QStringLiteral("application/xml")};
    for (const QueryAttachment &a : attachments) {
        if (!types.contains(a.attachmentType))
            return QueryError::make(QueryError::Kind::AttachmentType, a.attachmentType);
        if (!contentTypes.contains(a.contentType))
            return QueryError::make(QueryError::Kind::AttachmentContentType, a.contentType);
    }
    return {};
}

QString appendTo(const QString &query, const QVector<QueryAttachment> &attachments)
{
    QString text = query;
    for (const QueryAttachment &a : attachments)
        text +=
            QStringLiteral("\n\n[Attachment: %1 (%2)]\n%3").arg(a.attachmentType, a.contentType, a.content);
    return text;
}

} // namespace aistack::QueryAttachments
