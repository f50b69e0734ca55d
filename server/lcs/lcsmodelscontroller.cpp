#include "conversations/modelcatalog.h"
#include "lcscontrollers.h"
#include "lcserrors.h"
#include "lcsservice.h"

namespace aistack {

void registerLcsModelsRoutes(Router &router, std::shared_ptr<const LcsService> service)
{
    router.add(
        QHttpServerRequest::Method::Get, QStringLiteral("/v1/models"),
        {QStringLiteral("Lightspeed: the models of the configured providers"), QStringLiteral("lightspeed")},
        [service](const QHttpServerRequest &, const ExchangePtr &exchange) {
            ModelCatalog *catalog = service->deps().catalog;
            service->run(
                [catalog]() {
                    QString error;
                    const std::optional<QVector<CatalogModel>> models = catalog->models(&error);
                    if (!models)
                        return LcsErrors::fromQuery(QueryError::make(QueryError::Kind::ProviderUnreachable,
                                                                     QStringLiteral("llama_stack"), error));
                    QVector<OrderedJson> items;
                    for (const CatalogModel &m : *models)
                        items << OrderedJson()
                                     .add(QStringLiteral("identifier"), m.identifier())
                                     .add(QStringLiteral("metadata"), QJsonObject())
                                     .add(QStringLiteral("api_model_type"), m.type)
                                     .add(QStringLiteral("provider_id"), m.providerId)
                                     .add(QStringLiteral("type"), QStringLiteral("model"))
                                     .add(QStringLiteral("provider_resource_id"), m.model)
                                     .add(QStringLiteral("model_type"), m.type);
                    return HttpResponse::json(200, OrderedJson().add(QStringLiteral("models"), items));
                },
                [exchange](const HttpResponse &r) { exchange->respond(r); });
        });
}

} // namespace aistack
