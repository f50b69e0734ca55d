#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

// The whole configuration of one aistack instance: the Lightspeed Core Service half
// (name, service, llama_stack, ...) and the KISS AI Stack half (stack:). Every field
// carries the default of the original schema; nullable fields are std::optional so
// that /v1/config can show them as null.
namespace aistack {

struct TlsConfig
{
    std::optional<QString> certificatePath;
    std::optional<QString> keyPath;
    std::optional<QString> keyPassword; // secret
    bool enabled() const { return certificatePath.has_value() && keyPath.has_value(); }
};

struct CorsConfig
{
    QStringList allowOrigins{QStringLiteral("*")};
    bool allowCredentials = false;
    QStringList allowMethods{QStringLiteral("*")};
    QStringList allowHeaders{QStringLiteral("*")};
};

// aistack's own protections; unknown to the original schemas, ignored by them.
struct LimitsConfig
{
    qint64 maxBodyBytes = 32LL * 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
    int idleTimeoutSeconds = 60;
    int requestTimeoutSeconds = 30;
    qint64 maxWebSocketFrameBytes = 32LL * 1024 * 1024;
    int shutdownGraceSeconds = 10;
};

struct ServiceConfig
{
    QString host = QStringLiteral("localhost");
    int port = 8080;
    bool authEnabled = false;
    int workers = 1;
    bool colorLog = true;
    bool accessLog = true;
    TlsConfig tls;
    CorsConfig cors;
    LimitsConfig limits;
};

struct LlamaStackConfig
{
    std::optional<QString> url;
    std::optional<QString> apiKey; // secret
    std::optional<bool> useAsLibraryClient;
    std::optional<QString> libraryClientConfigPath;
};

struct UserDataCollectionConfig
{
    bool feedbackEnabled = false;
    std::optional<QString> feedbackStorage;
    bool transcriptsEnabled = false;
    std::optional<QString> transcriptsStorage;
};

struct PostgresConfig
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString db;
    QString user;
    QString password; // secret
    QString namespaceName = QStringLiteral("lightspeed-stack");
    QString sslMode = QStringLiteral("prefer");
    QString gssEncMode = QStringLiteral("prefer");
    std::optional<QString> caCertPath;
};

struct DatabaseConfig
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    // Empty when the configuration names none: the app keeps it in its data folder (app/configselection.cpp),
    // not at Lightspeed's /tmp/lightspeed-stack.db, which a reboot empties.
    QString sqlitePath;
    PostgresConfig postgres;
};

struct McpServerConfig
{
    QString name;
    QString providerId = QStringLiteral("model-context-protocol");
    QString url;
    // aistack's own keys: how long one request to the server may take, and whether the caller's own
    // `Authorization` header goes to it when the request has no MCP-HEADERS entry for it.
    int timeoutSeconds = 30;
    bool forwardAuthorization = false;
};

struct JwkConfig
{
    QString url;
    QString userIdClaim = QStringLiteral("user_id");
    QString usernameClaim = QStringLiteral("username");
};

struct AuthenticationConfig
{
    QString module = QStringLiteral("noop");
    bool skipTlsVerification = false;
    std::optional<QString> k8sClusterApi;
    std::optional<QString> k8sCaCertPath;
    std::optional<JwkConfig> jwk;
    // aistack's own: `noop` lets anyone act as any user; serving it beyond loopback needs this opt-in.
    bool allowNoopBeyondLoopback = false;
};

struct CustomizationConfig
{
    bool disableQuerySystemPrompt = false;
    std::optional<QString> systemPromptPath;
    std::optional<QString> systemPrompt;
};

struct InferenceConfig
{
    std::optional<QString> defaultModel;
    std::optional<QString> defaultProvider;
    // aistack's own keys for MCP tools: model/tool rounds per answer, the characters of one tool result the
    // model is given, and the first round's tool_choice (auto | required | none).
    int maxToolRounds = 5;
    int toolResultMaxChars = 20000;
    QString toolChoice = QStringLiteral("auto");
};

// KISS AI Stack half.
// The `ai_client` of a stack tool: which provider answers and how to reach it.
struct AiClientConfig
{
    QString provider; // openai | ollama | llama_stack | local
    QString model;
    std::optional<QString> apiKey; // secret
    std::optional<QString> baseUrl;
    std::optional<QString> modelPath; // local: the GGUF file
    int contextSize = 0;              // local: 0 = the model's own training context, capped at 8192
    int threads = 0;                  // local: 0 = all cores
    int timeoutSeconds = 300; // no data from the provider for this long -> timeout (slow CPUs, long replies)
    int connectTimeoutSeconds = 10;
    int maxRetries = 2; // on 429, 5xx and connection errors, with backoff
    std::optional<double> temperature;
};

struct ToolConfig
{
    QString name;
    QString role;
    QString kind; // "prompt" | "rag"
    AiClientConfig aiClient;
    std::optional<QString> embeddings;
    int depth = 2;
};

struct VectorDbConfig
{
    QString provider;
    QString kind; // "in_memory" | "storage" | "remote"
    std::optional<QString> path;
    std::optional<QString> host;
    std::optional<int> port;
    bool secure = true;
};

struct StackConfig
{
    std::optional<ToolConfig> decisionMaker;
    QVector<ToolConfig> tools;
    std::optional<VectorDbConfig> vectorDb;
};

// The KISS API's client sessions and their tokens (aistack's own keys, top-level `sessions:`).
struct SessionsConfig
{
    int tokenExpireMinutes = 30;      // ACCESS_TOKEN_EXPIRE_MINUTES overrides
    int temporaryIdleSeconds = 86400; // idle temporary sessions are closed and their documents deleted
    int persistentIdleDays = 0;       // 0: persistent sessions never expire
    int reapIntervalSeconds = 60;
    int maxAuthFailures = 10; // failed /auth attempts per client address and window; then 429
    int authFailureWindowSeconds = 60;
    std::optional<QString> tokenSecret;     // secret; ACCESS_TOKEN_SECRET_KEY overrides
    std::optional<QString> tokenSecretFile; // default: access-token.key in the data folder
};

// The desktop window's own settings (aistack's own top-level `desktop:`).
struct DesktopConfig
{
    // Whose conversations the Chat pane shows and starts. The default is the `noop` authentication module's
    // default user, so a local Lightspeed client with noop authentication lists and continues them.
    QString userId = QStringLiteral("00000000-0000-0000-0000-000");
    // The chat asks before the model's MCP tool calls run (Allow, Always allow this tool, Deny).
    bool confirmToolCalls = true;
};

struct AppConfig
{
    QString sourceFile; // the file it was read from, or ":/config/default.yaml"
    QString
        configId; // a short hash of the file's text (ConfigIdentity::idOf), recorded with what it produced
    QString name = QStringLiteral("AI Stack Desktop");
    ServiceConfig service;
    LlamaStackConfig llamaStack;
    UserDataCollectionConfig userDataCollection;
    DatabaseConfig database;
    QVector<McpServerConfig> mcpServers;
    AuthenticationConfig authentication;
    std::optional<CustomizationConfig> customization;
    InferenceConfig inference;
    std::optional<StackConfig> stack;
    SessionsConfig sessions;
    DesktopConfig desktop;
};

} // namespace aistack
