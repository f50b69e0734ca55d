#include "appservices.h"

#include "embeddedserver.h"
#include "llm/providerregistry.h"
#include "rag/documentlibrary.h"
#include "rag/store/vectorstore.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QLoggingCategory>
#include <QtConcurrent>

namespace aistack {

AppServices::AppServices(std::shared_ptr<const AppConfig> cfg) : config(std::move(cfg))
{
    pool.setObjectName(QStringLiteral("aistack-workers"));
    pool.setMaxThreadCount(qMax(4, QThread::idealThreadCount() * 2));

    ProviderRegistry::Options providerOptions;
    providerOptions.llamaStack = config->llamaStack;
    providers = std::make_unique<ProviderRegistry>(&metrics, &pool, providerOptions);
    documents = std::make_unique<DocumentLibrary>(config->stack, providers.get(), &pool);
    if (config->stack && config->stack->vectorDb) {
        DocumentLibrary *library = documents.get();
        readiness.add(std::make_shared<FunctionReadinessCheck>(QStringLiteral("vector_db"), [library]() {
            QString error;
            const auto store = library->store(&error);
            const bool ok = store && store->ping(&error);
            return ProviderHealth{QStringLiteral("vector_db"), ok, ok ? QString() : error};
        }));
    }

    DatabaseSettings settings = DatabaseSettings::fromConfig(config->database);
    const QString url = qEnvironmentVariable("SESSION_DB_URL");
    QString urlError;
    if (!url.isEmpty() && !DatabaseSettings::fromUrl(url, &settings, &urlError))
        qWarning().noquote() << "SESSION_DB_URL ignored:" << urlError;
    database = std::make_unique<Database>(settings);
    Database *db = database.get();
    readiness.add(std::make_shared<FunctionReadinessCheck>(QStringLiteral("database"), [db]() {
        QString error;
        const bool ok = db->ping(&error);
        return ProviderHealth{QStringLiteral("database"), ok, ok ? QString() : error};
    }));

    ServerDependencies deps;
    deps.config = config;
    deps.metrics = &metrics;
    deps.requestLog = &requestLog;
    deps.readiness = &readiness;
    deps.pool = &pool;
    deps.providers = providers.get();
    server = std::make_unique<EmbeddedServer>(deps);
}

AppServices::~AppServices()
{
    server.reset(); // first: the server thread uses everything below
    pool.waitForDone();
}

QFuture<void> AppServices::prepareStorage()
{
    Database *db = database.get();
    return QtConcurrent::run(&pool, [db]() {
        QString error;
        Migrator migrator(*db);
        if (!migrator.migrate(productMigrations(), &error)) {
            qCritical().noquote() << "database:" << db->settings().describe() << ":" << error;
            return;
        }
        qInfo().noquote() << "database ready:" << db->settings().describe() << "schema version"
                          << migrator.currentVersion(&error);
    });
}

} // namespace aistack
