#include "desktoptools.h"

#include "common/runonpool.h"

#include <QJsonDocument>

namespace aistack {

QVector<McpServerState> DesktopTools::states() const
{
    return m_registry ? m_registry->states() : QVector<McpServerState>();
}

QFuture<QVector<McpServerState>> DesktopTools::refresh() const
{
    McpRegistry *registry = m_registry;
    return runOnPool(m_pool, [registry]() {
        if (!registry)
            return QVector<McpServerState>();
        registry->refreshAll();
        return registry->states();
    });
}

QFuture<ToolRun> DesktopTools::testCall(const QString &server, const QString &tool,
                                        const QString &argumentsJson) const
{
    McpRegistry *registry = m_registry;
    ToolRun run;
    run.id = QStringLiteral("test");
    run.name = tool;
    run.server = server;
    run.arguments = argumentsJson;
    // The bound the model's calls have, so that the test shows what the model would be given.
    return runOnPool(m_pool, [registry, run, maxChars = m_maxResultChars]() {
        return registry ? registry->call(run, {}, maxChars) : run;
    });
}

QString DesktopTools::argumentSkeleton(const QJsonObject &schema)
{
    QJsonObject skeleton;
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString type = it.value().toObject().value(QLatin1String("type")).toString();
        skeleton.insert(it.key(), type == QLatin1String("number") || type == QLatin1String("integer")
                                      ? QJsonValue(0)
                                  : type == QLatin1String("boolean") ? QJsonValue(false)
                                  : type == QLatin1String("array")   ? QJsonValue(QJsonArray())
                                  : type == QLatin1String("object")  ? QJsonValue(QJsonObject())
                                                                     : QJsonValue(QString()));
    }
    return QString::fromUtf8(QJsonDocument(skeleton).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace aistack
