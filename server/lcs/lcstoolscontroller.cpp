#include "conversations/conversationengine.h"
#include "lcscontrollers.h"
#include "lcsservice.h"
#include "mcp/mcpregistry.h"

namespace aistack {

namespace {
// Llama Stack's ToolParameter list, made from a tool's JSON Schema: one entry per property.
QVector<OrderedJson> parametersOf(const QJsonObject &schema)
{
    QSet<QString> required;
    for (const QJsonValue &v : schema.value(QLatin1String("required")).toArray())
        required.insert(v.toString());
    QVector<OrderedJson> out;
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        const QJsonValue type = p.value(QLatin1String("type"));
        out << OrderedJson()
                   .add(QStringLiteral("name"), it.key())
                   .add(QStringLiteral("parameter_type"),
                        type.isString() ? type : QJsonValue(QStringLiteral("object")))
                   .add(QStringLiteral("description"), p.value(QLatin1String("description")).toString())
                   .add(QStringLiteral("required"), required.contains(it.key()))
                   .add(QStringLiteral("default"), p.contains(QLatin1String("default"))
                                                       ? p.value(QLatin1String("default"))
                                                       : QJsonValue());
    }
    return out;
}

HttpResponse toolsBody(McpRegistry *registry)
{
    QVector<OrderedJson> tools;
    if (registry) {
        for (McpServerState state : registry->states()) {
            if (state.status == McpServerState::Status::NotChecked)
                state = registry->refresh(state.config.name);
            if (state.status != McpServerState::Status::Online)
                continue; // as the original: a tool group that cannot be listed is left out (and logged)
            for (const McpTool &t : std::as_const(state.tools))
                tools << OrderedJson()
                             .add(QStringLiteral("identifier"), t.name)
                             .add(QStringLiteral("description"), t.description)
                             .add(QStringLiteral("parameters"), parametersOf(t.inputSchema))
                             .add(QStringLiteral("provider_id"), state.config.providerId)
                             .add(QStringLiteral("toolgroup_id"), state.config.name)
                             .add(QStringLiteral("server_source"), state.config.url)
                             .add(QStringLiteral("type"), QStringLiteral("tool"));
        }
    }
    return HttpResponse::json(200, OrderedJson().add(QStringLiteral("tools"), tools));
}
} // namespace

void registerLcsToolsRoutes(Router &router, std::shared_ptr<const LcsService> service)
{
    router.add(
        QHttpServerRequest::Method::Get, QStringLiteral("/v1/tools"),
        {QStringLiteral("Lightspeed: the tools of the configured MCP servers"), QStringLiteral("lightspeed")},
        [service](const QHttpServerRequest &request, const ExchangePtr &exchange) {
            service->authenticate(request, exchange, [service, exchange](const UserIdentity &) {
                McpRegistry *registry = service->deps().engine->tools();
                service->run([registry]() { return toolsBody(registry); },
                             [exchange](const HttpResponse &r) { exchange->respond(r); });
            });
        });
}

} // namespace aistack
