#include "chatprompt.h"

namespace aistack {

namespace {
QString renderContext(const QList<ContextPassage> &passages, const QString &question)
{
    QString out = QStringLiteral("Answer the question using only the passages below. If they do not contain "
                                 "the answer, say so.\n\n");
    for (int i = 0; i < passages.size(); ++i) {
        const ContextPassage &p = passages[i];
        out += QStringLiteral("[%1] ").arg(i + 1);
        if (!p.source.isEmpty())
            out += p.page > 0 ? QStringLiteral("(%1, page %2) ").arg(p.source).arg(p.page)
                              : QStringLiteral("(%1) ").arg(p.source);
        out += p.text.trimmed() + QStringLiteral("\n\n");
    }
    out += QStringLiteral("Question: ") + question;
    return out;
}
} // namespace

QList<ChatMessage> renderChatMessages(const ChatRequest &request)
{
    QList<ChatMessage> messages;
    if (!request.systemPrompt.isEmpty())
        messages.append({QStringLiteral("system"), request.systemPrompt});
    messages.append(request.messages);
    if (request.grounded || !request.context.isEmpty()) {
        for (auto it = messages.rbegin(); it != messages.rend(); ++it) {
            if (it->role == QLatin1String("user")) {
                it->content = renderContext(request.context, it->content);
                break;
            }
        }
    }
    return messages;
}

} // namespace aistack
