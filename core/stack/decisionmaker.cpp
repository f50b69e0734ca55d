#include "decisionmaker.h"

#include <QRegularExpression>

namespace aistack::DecisionMaker {

namespace {
// Lower case, with runs of anything but letters and digits turned into one space.
QString normalise(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toLower().replace(separators, QStringLiteral(" ")).trimmed();
}
} // namespace

QString systemPrompt()
{
    return QStringLiteral(
        "You are a classifier. You answer with exactly one category name and nothing else.");
}

QString userPrompt(const QString &question, const QVector<const ToolConfig *> &candidates)
{
    QStringList names, definitions;
    for (const ToolConfig *t : candidates) {
        names << t->name;
        definitions << QStringLiteral("%1: %2").arg(t->name, t->role);
    }
    return QStringLiteral("Classify the input into exactly one of these categories: %1.\n\n"
                          "Category definitions:\n%2\n\n"
                          "Input: \"%3\"\n\n"
                          "Reply with the category name only, without any other text.")
        .arg(names.join(QStringLiteral(", ")), definitions.join(QLatin1Char('\n')), question);
}

const ToolConfig *match(const QString &reply, const QVector<const ToolConfig *> &candidates)
{
    QString text = normalise(reply);
    for (const QString &prefix :
         {QStringLiteral("category "), QStringLiteral("answer "), QStringLiteral("tool ")}) {
        if (text.startsWith(prefix))
            text = text.mid(prefix.size());
    }
    if (text.isEmpty())
        return nullptr;
    for (const ToolConfig *t : candidates) {
        if (normalise(t->name) == text)
            return t;
    }
    // A sentence that names exactly one tool.
    const QString padded = QLatin1Char(' ') + text + QLatin1Char(' ');
    const ToolConfig *named = nullptr;
    for (const ToolConfig *t : candidates) {
        if (padded.contains(QLatin1Char(' ') + normalise(t->name) + QLatin1Char(' '))) {
            if (named)
                return nullptr;
            named = t;
        }
    }
    if (named)
        return named;
    for (const ToolConfig *t : candidates) {
        if (normalise(t->role) == text)
            return t;
    }
    return nullptr;
}

const ToolConfig *fallback(const QVector<const ToolConfig *> &candidates)
{
    for (const ToolConfig *t : candidates) {
        if (t->kind == QLatin1String("prompt"))
            return t;
    }
    return candidates.isEmpty() ? nullptr : candidates.first();
}

} // namespace aistack::DecisionMaker
