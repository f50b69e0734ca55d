#include "appservices.h"

#include "auth/authfailurelimiter.h"
#include "auth/desktopsessions.h"
#include "auth/sessionauthority.h"
#include "auth/sessionstore.h"
#include "auth/tokenkey.h"
#include "conversations/conversationengine.h"
#include "conversations/desktopchat.h"
#include "conversations/modelcatalog.h"
#include "embeddedserver.h"
#include "feedback/desktopfeedback.h"
#include "feedback/feedbackstore.h"
#include "feedback/transcriptwriter.h"
#include "health/readinessmonitor.h"
#include "llm/blockingchat.h"
#include "llm/providerregistry.h"
#include "mcp/desktoptools.h"
#include "mcp/mcpregistry.h"
#include "metrics/metricfamily.h"
#include "rag/desktop/desktopdocuments.h"
#include "rag/desktop/folderwatcher.h"
#include "rag/desktop/ingestqueue.h"
#include "rag/documentlibrary.h"
#include "rag/store/vectorstore.h"
#include "rag/store/vectorstorecache.h"
#include "stack/desktopstack.h"
#include "stack/sessionreaper.h"
#include "stack/stackconfigsource.h"
#include "stack/stackengine.h"
#include "stack/stackmetrics.h"
#include "stack/stacksessions.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include "common/poolcall.h"
#include "hosting/desktophosting.h"
#include <QDir>
#include <QLoggingCategory>
#include <QSet>
#include <QStandardPaths>

namespace aistack {

AppServices::AppServices(std::shared_ptr<const AppConfig> cfg, const QString &dataDir)
    : config(std::move(cfg)), configId(config->configId)
{
    pool.setObjectName(QStringLiteral("aistack-workers"));
    pool.setMaxThreadCount(qMax(4, QThread::idealThreadCount() * 2));
    stackPool.setObjectName(QStringLiteral("aistack-stacks"));
    stackPool.setMaxThreadCount(64);

    ProviderRegistry::Options providerOptions;
    providerOptions.llamaStack = config->llamaStack;
    providers = std::make_unique<ProviderRegistry>(&metrics, &pool, providerOptions);
    vectorStores = std::make_unique<VectorStoreCache>();
    library = std::make_unique<DocumentLibrary>(config->stack, providers.get(), &pool, vectorStores.get());
    if (config->stack && config->stack->vectorDb) {
        DocumentLibrary *documents = library.get();
        readiness.add(std::make_shared<FunctionReadinessCheck>(QStringLiteral("vector_db"), [documents]() {
            QString error;
            const auto store = documents->store(&error);
            const bool ok = store && store->ping(&error);
            return ProviderHealth{QStringLiteral("vector_db"), ok, ok ? QString() : error};
        }));
    }

    DatabaseSettings settings = DatabaseSettings::fromConfig(config->database, dataDir);
    const QString url = qEnvironmentVariable("SESSION_DB_URL");
    QString urlError;
    if (!url.isEmpty() && !DatabaseSettings::fromUrl(url, &settings, &urlError))
        qWarning().noquote() << "SESSION_DB_URL ignored:" << urlError;
    database = std::make_unique<Database>(settings);
    qInfo().noquote() << "database:" << settings.describe();
    Database *db = database.get();
    readiness.add(std::make_shared<FunctionReadinessCheck>(QStringLiteral("database"), [db]() {
        QString error;
        const bool ok = db->ping(&error);
        return ProviderHealth{QStringLiteral("database"), ok, ok ? QString() : error};
    }));

    buildSessions(dataDir);
    buildConversations();

    ServerDependencies deps;
    deps.config = config;
    deps.metrics = &metrics;
    deps.requestLog = &requestLogBuffer;
    deps.readiness = &readiness;
    deps.pool = &pool;
    deps.providers = providers.get();
    if (authority) {
        deps.kiss.authority = authority.get();
        deps.kiss.sessions = stackSessions.get();
        deps.kiss.pool = &stackPool;
        deps.kiss.cpuPool = &pool;
        deps.kiss.activeSessions = activeSessions;
    }
    deps.lcs.engine = conversationEngine.get();
    deps.lcs.feedback = feedback.get();
    deps.lcs.transcripts = transcripts.get();
    deps.lcs.catalog = models.get();
    deps.lcs.pool = &stackPool;
    deps.lcs.cpuPool = &pool;
    deps.lcs.answersLocally =
        models->answersLocally() && !(config->stack && config->stack->vectorDb &&
                                      config->stack->vectorDb->kind == QLatin1String("remote"));
    server = std::make_unique<EmbeddedServer>(deps);
    // Started once the storage is prepared (prepareStorage): a check before the migrations would race them.
    readinessMonitor = std::make_unique<ReadinessMonitor>(&readiness, &pool, 5000);
    buildDesktop(dataDir);
    buildDesktopStack(dataDir);
}

void AppServices::buildDesktopStack(const QString &dataDir)
{
    DesktopStack::Parts parts;
    parts.source = stackSource.get();
    parts.engine = stacks.get();
    parts.sessions = sessionStore.get();
    parts.library = library.get();
    parts.identity = &configId;
    parts.pool = &pool;
    parts.stackPool = &stackPool;
    // A copy of the built-in configuration goes where the app looks at every start (see loadConfiguration).
    const QString userFile = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                                 .filePath(QStringLiteral("aistack.yaml"));
    // The pane edits the file the stack comes from: STACK_CONFIG's when it is set.
    const QString stackFile = qEnvironmentVariable("STACK_CONFIG");
    desktopStack = std::make_unique<DesktopStack>(parts, stackFile.isEmpty() ? config->sourceFile : stackFile,
                                                  dataDir, userFile);
}

void AppServices::buildDesktop(const QString &dataDir)
{
    desktopHosting =
        std::make_unique<DesktopHosting>(config, server.get(), &requestLogBuffer,
                                         QDir(dataDir).filePath(QStringLiteral("requests.log")), &pool);
    desktopChat = std::make_unique<DesktopChat>(*conversationEngine, feedback.get(), transcripts.get(),
                                                &stackPool, &storageGate, config->desktop.userId);
    ingestQueue = std::make_unique<IngestQueue>(library.get(), *database, &storageGate, &metrics);
    folderWatcher = std::make_unique<FolderWatcher>(ingestQueue.get(), library.get(), &pool);
    desktopDocuments = std::make_unique<DesktopDocuments>(
        library.get(), ingestQueue.get(), folderWatcher.get(), conversationEngine.get(), &pool, &storageGate);
    desktopTools =
        std::make_unique<DesktopTools>(mcpServers.get(), &pool, config->inference.toolResultMaxChars);
    desktopFeedback = std::make_unique<DesktopFeedback>(feedback.get(), conversations.get(), &pool,
                                                        &storageGate, config->desktop.userId);
    desktopChat->setConfirmToolCalls(config->desktop.confirmToolCalls);
    if (sessionStore && stackSessions)
        desktopSessions = std::make_unique<DesktopSessions>(
            DesktopSessions::Parts{sessionStore.get(), stackSessions.get(), conversations.get(), &pool,
                                   &storageGate, activeSessions},
            config->sessions);
}

ServerHost *AppServices::serverHost() const
{
    return server.get();
}

namespace {
// A provider's health, asked over its own API (a worker thread waits for it).
ProviderHealth providerHealth(const QString &id, LlmProvider &provider)
{
    LlmError error;
    const bool healthy = checkHealthAndWait(provider, &error);
    return ProviderHealth{id, healthy, healthy ? QString() : error.message};
}
} // namespace

void AppServices::buildConversations()
{
    models = std::make_unique<ModelCatalog>(*config, *providers);
    conversations = std::make_unique<ConversationStore>(*database, &configId);
    mcpServers = std::make_unique<McpRegistry>(config->mcpServers, &metrics);
    conversationEngine = std::make_unique<ConversationEngine>(*config, *models, *conversations, library.get(),
                                                              mcpServers.get());
    feedback = std::make_unique<FeedbackStore>(config->userDataCollection, *database, &configId);
    transcripts = std::make_unique<TranscriptWriter>(config->userDataCollection);
    // The original's model gauge: 1 for the configured default model, 0 for the others.
    Gauge *configured =
        metrics.gauge(QStringLiteral("ls_provider_model_configuration"),
                      QStringLiteral("LLM provider/models combinations defined in configuration"),
                      {QStringLiteral("provider"), QStringLiteral("model")});
    const InferenceConfig &inference = config->inference;
    for (const CatalogModel &m : models->localModels()) {
        if (m.type != QLatin1String("llm"))
            continue;
        const bool isDefault =
            inference.defaultProvider == m.providerId &&
            (inference.defaultModel == m.model || inference.defaultModel == m.identifier());
        configured->set(isDefault ? 1 : 0, {m.providerId, m.identifier()});
    }
    metrics.counter(QStringLiteral("ls_llm_validation_errors_total"),
                    QStringLiteral("LLM validation errors"));
    // /readiness asks every configured model provider (those that run in process are always ready).
    QSet<LlmProvider *> checked;
    for (const CatalogModel &m : models->localModels()) {
        LlmProvider *provider = m.provider.get();
        if (checked.contains(provider) || provider->name() == QLatin1String("none") ||
            provider->name() == QLatin1String("builtin"))
            continue;
        checked.insert(provider);
        const QString id = m.providerId;
        std::shared_ptr<LlmProvider> keep = m.provider;
        readiness.add(
            std::make_shared<FunctionReadinessCheck>(id, [id, keep]() { return providerHealth(id, *keep); }));
    }
    // Each MCP server is listed (and its tools listed again) with the checks; one that cannot be reached is
    // named, but the service stays ready: queries go on without its tools.
    for (const McpServerConfig &server : config->mcpServers) {
        McpRegistry *registry = mcpServers.get();
        const QString name = server.name;
        readiness.add(
            std::make_shared<FunctionReadinessCheck>(QStringLiteral("mcp:") + name, [registry, name]() {
                const McpServerState state = registry->refresh(name);
                ProviderHealth health{QStringLiteral("mcp:") + name,
                                      state.status == McpServerState::Status::Online, state.error};
                health.required = false;
                return health;
            }));
    }
    if (std::shared_ptr<LlmProvider> remote = providers->llamaStackProvider())
        readiness.add(std::make_shared<FunctionReadinessCheck>(QStringLiteral("llama_stack"), [remote]() {
            return providerHealth(QStringLiteral("llama_stack"), *remote);
        }));
}

void AppServices::buildSessions(const QString &dataDir)
{
    SessionsConfig sessions = config->sessions;
    bool minutesOk = false;
    const int minutes = qEnvironmentVariableIntValue("ACCESS_TOKEN_EXPIRE_MINUTES", &minutesOk);
    if (minutesOk && minutes > 0)
        sessions.tokenExpireMinutes = minutes;
    const QString algorithm = qEnvironmentVariable("ACCESS_TOKEN_ALGORITHM");
    if (!algorithm.isEmpty() && algorithm != QLatin1String("HS256")) {
        startupError = QStringLiteral("ACCESS_TOKEN_ALGORITHM=%1 is not supported: access tokens are signed "
                                      "with HS256 only; unset it or set it to HS256")
                           .arg(algorithm);
        return;
    }
    TokenKeySources sources;
    if (qEnvironmentVariableIsSet("ACCESS_TOKEN_SECRET_KEY"))
        sources.environment = qEnvironmentVariable("ACCESS_TOKEN_SECRET_KEY", QStringLiteral(""));
    sources.configured = sessions.tokenSecret;
    sources.filePath =
        sessions.tokenSecretFile.value_or(QDir(dataDir).filePath(QStringLiteral("access-token.key")));
    QString error;
    const std::optional<TokenKey> key = loadTokenKey(sources, &error);
    if (!key) {
        startupError = QStringLiteral("access tokens: %1").arg(error);
        return;
    }
    qInfo().noquote() << "access tokens: HS256, key from" << key->origin << "- valid for"
                      << sessions.tokenExpireMinutes << "minutes";

    // STACK_CONFIG keeps its meaning from the original server: a YAML file with the stack: section, followed
    // for changes like the configuration file.
    const QString stackFile = qEnvironmentVariable("STACK_CONFIG");
    if (!stackFile.isEmpty())
        qInfo().noquote() << "stack configuration from STACK_CONFIG:" << stackFile;
    stackSource = stackFile.isEmpty() ? std::make_unique<StackConfigSource>(config->stack, config->sourceFile)
                                      : std::make_unique<StackConfigSource>(std::nullopt, stackFile);
    stackMetrics = std::make_unique<StackMetrics>(&metrics);
    stacks =
        std::make_unique<StackEngine>(*stackSource, *providers, *vectorStores, &pool, stackMetrics.get());
    sessionStore = std::make_unique<SessionStore>(*database);
    sessionStore->setConfigIdentity(&configId);
    sessionStore->setTouchInterval(qBound(1, sessions.temporaryIdleSeconds / 10, 60));
    authLimiter = std::make_unique<AuthFailureLimiter>(sessions.maxAuthFailures,
                                                       sessions.authFailureWindowSeconds * 1000LL);
    authority = std::make_unique<SessionAuthority>(
        *sessionStore, AccessTokens(key->bytes, sessions.tokenExpireMinutes), *authLimiter);
    stackSessions = std::make_unique<StackSessions>(*sessionStore, *stacks);
    activeSessions =
        metrics.gauge(QStringLiteral("aistack_sessions_active"),
                      QStringLiteral("Active KISS sessions by scope"), {QStringLiteral("scope")});
    reaper = std::make_unique<SessionReaper>(sessions, *stackSessions, *sessionStore, &pool, activeSessions);
}

AppServices::~AppServices()
{
    storageGate.open(QStringLiteral("the application is shutting down")); // releases jobs still waiting
    server.reset();           // first: the server thread uses everything below
    readinessMonitor.reset(); // no new checks; the pool is drained below
    reaper.reset();
    desktopSessions.reset();
    desktopDocuments.reset();
    folderWatcher.reset();
    ingestQueue.reset(); // stops its threads; files not finished stay queued for the next start
    desktopChat.reset();
    desktopFeedback.reset();
    desktopTools.reset();
    drainPools({&stackPool, &pool});
    // Commits the turns still queued; their callbacks write transcripts on the stack pool (the Lightspeed
    // routes') or the pool, so both are drained before the transcript writer and the stores go.
    conversationEngine.reset();
    mcpServers.reset(); // ends the MCP sessions (DELETE)
    conversations.reset();
    drainPools({&stackPool, &pool});
}

void AppServices::prepareStorage(QObject *context, std::function<void()> ready)
{
    Database *db = database.get();
    SessionReaper *sessionReaper = reaper.get();
    StorageGate *gate = &storageGate;
    poolCall(
        &pool, context,
        [db, gate]() {
            QString error;
            Migrator migrator(*db);
            if (!migrator.migrate(productMigrations(), &error)) {
                qCritical().noquote() << "database:" << db->settings().describe() << ":" << error;
                gate->open(QStringLiteral("the database could not be prepared: %1").arg(error));
                return;
            }
            gate->open();
            qInfo().noquote() << "database ready:" << db->settings().describe() << "schema version"
                              << migrator.currentVersion(&error);
        },
        [this, sessionReaper, ready = std::move(ready)]() {
            if (sessionReaper)
                sessionReaper->start();
            ingestQueue->resume();
            folderWatcher->start();
            readinessMonitor->start();
            ready();
        });
}

} // namespace aistack
