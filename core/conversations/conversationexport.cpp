#include "conversationexport.h"

#include <QCoreApplication>
#include <QLocale>

namespace aistack::ConversationExport {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConversationExport)
};

OrderedJson message(const QString &content, const QString &type)
{
    return OrderedJson().add(QStringLiteral("content"), content).add(QStringLiteral("type"), type);
}
} // namespace

OrderedJson apiHistory(const QString &conversationId, const QVector<ConversationTurn> &turns,
                       const TimeFormat &isoTime)
{
    QVector<OrderedJson> history;
    for (const ConversationTurn &t : turns)
        history << OrderedJson()
                       .add(QStringLiteral("messages"),
                            QVector<OrderedJson>{message(t.userMessage, QStringLiteral("user")),
                                                 message(t.assistantMessage, QStringLiteral("assistant"))})
                       .add(QStringLiteral("started_at"), isoTime(t.startedAt))
                       .add(QStringLiteral("completed_at"), isoTime(t.completedAt));
    return OrderedJson()
        .add(QStringLiteral("conversation_id"), conversationId)
        .add(QStringLiteral("chat_history"), history);
}

QString markdown(const QString &title, const QVector<ConversationTurn> &turns)
{
    const QLocale c = QLocale::c();
    QString out = QStringLiteral("# ") + title + QStringLiteral("\n");
    for (const ConversationTurn &t : turns) {
        const QString when = c.toString(t.startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
        out += QStringLiteral("\n## ") + Tr::tr("You") + QStringLiteral(" (") + when + QStringLiteral(")\n\n");
        out += t.userMessage.trimmed() + QStringLiteral("\n\n");
        out += QStringLiteral("## ") + Tr::tr("Assistant") + QStringLiteral(" (") + t.provider +
               QLatin1Char('/') + t.model + QStringLiteral(")\n\n");
        out += t.assistantMessage.trimmed() + QStringLiteral("\n");
        if (t.answer.status == AnswerDetails::Status::Stopped)
            out += QStringLiteral("\n_") + Tr::tr("Stopped before the end.") + QStringLiteral("_\n");
        if (!t.answer.sources.isEmpty()) {
            out += QStringLiteral("\n") + Tr::tr("Sources:") + QStringLiteral("\n\n");
            int rank = 1;
            for (const CitedPassage &s : t.answer.sources) {
                QString where = s.fileName;
                if (s.page > 0)
                    where += QStringLiteral(", ") + Tr::tr("page %1").arg(s.page);
                out += QStringLiteral("%1. %2 (%3)\n").arg(rank++).arg(where, c.toString(s.score, 'f', 2));
            }
        }
    }
    return out;
}

} // namespace aistack::ConversationExport
