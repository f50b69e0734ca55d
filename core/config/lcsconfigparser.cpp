// The Lightspeed Core Service half of the configuration (lightspeed-stack.yaml, 0.2.0 schema).
#include "configparsers.h"

#include <QFileInfo>
#include <QUrl>

namespace aistack {

namespace {

void parseService(const YAML::Node &node, ServiceConfig &s, ParseContext &ctx)
{
    YamlReader &r = ctx.reader;
    const QString p = QStringLiteral("service");
    if (!r.expectMap(node, p))
        return;
    s.host = r.string(node, "host", p, s.host);
    s.port = int(r.integer(node, "port", p, s.port, 1, 65535));
    s.authEnabled = r.boolean(node, "auth_enabled", p, s.authEnabled);
    s.workers = int(r.integer(node, "workers", p, s.workers, 1, 1024));
    s.colorLog = r.boolean(node, "color_log", p, s.colorLog);
    s.accessLog = r.boolean(node, "access_log", p, s.accessLog);

    if (!r.isNull(node, "tls_config") && r.expectMap(node["tls_config"], p + QStringLiteral(".tls_config"))) {
        const YAML::Node tls = node["tls_config"];
        const QString tp = p + QStringLiteral(".tls_config");
        s.tls.certificatePath = r.optString(tls, "tls_certificate_path", tp);
        s.tls.keyPath = r.optString(tls, "tls_key_path", tp);
        s.tls.keyPassword = r.optString(tls, "tls_key_password", tp);
        ctx.noteLine(tls, "tls_certificate_path", tp);
        ctx.noteLine(tls, "tls_key_path", tp);
        ctx.noteLine(tls, "tls_key_password", tp);
        if (s.tls.certificatePath.has_value() != s.tls.keyPath.has_value())
            r.error(tls, tp, QStringLiteral("tls_certificate_path and tls_key_path must be given together"));
    }
    if (!r.isNull(node, "cors") && r.expectMap(node["cors"], p + QStringLiteral(".cors"))) {
        const YAML::Node cors = node["cors"];
        const QString cp = p + QStringLiteral(".cors");
        s.cors.allowOrigins = r.stringList(cors, "allow_origins", cp, s.cors.allowOrigins);
        s.cors.allowCredentials = r.boolean(cors, "allow_credentials", cp, s.cors.allowCredentials);
        s.cors.allowMethods = r.stringList(cors, "allow_methods", cp, s.cors.allowMethods);
        s.cors.allowHeaders = r.stringList(cors, "allow_headers", cp, s.cors.allowHeaders);
        if (s.cors.allowCredentials && s.cors.allowOrigins.contains(QStringLiteral("*")))
            r.error(cors, cp,
                    QStringLiteral("allow_credentials: true cannot be combined with '*' in allow_origins; "
                                   "list the allowed origins"));
    }
    if (!r.isNull(node, "limits") && r.expectMap(node["limits"], p + QStringLiteral(".limits"))) {
        const YAML::Node l = node["limits"];
        const QString lp = p + QStringLiteral(".limits");
        LimitsConfig &lim = s.limits;
        lim.maxBodyBytes = r.integer(l, "max_request_body_bytes", lp, lim.maxBodyBytes, 1, 1LL << 40);
        lim.maxHeaderBytes = r.integer(l, "max_header_bytes", lp, lim.maxHeaderBytes, 1024, 16 << 20);
        lim.idleTimeoutSeconds =
            int(r.integer(l, "idle_timeout_seconds", lp, lim.idleTimeoutSeconds, 1, 86400));
        lim.requestTimeoutSeconds =
            int(r.integer(l, "request_timeout_seconds", lp, lim.requestTimeoutSeconds, 1, 86400));
        lim.maxWebSocketFrameBytes =
            r.integer(l, "max_websocket_frame_bytes", lp, lim.maxWebSocketFrameBytes, 1024, 1LL << 40);
        lim.shutdownGraceSeconds =
            int(r.integer(l, "shutdown_grace_seconds", lp, lim.shutdownGraceSeconds, 0, 3600));
    }
}

void parseLlamaStack(const YAML::Node &node, LlamaStackConfig &l, ParseContext &ctx)
{
    YamlReader &r = ctx.reader;
    const QString p = QStringLiteral("llama_stack");
    if (!r.expectMap(node, p))
        return;
    l.url = r.optString(node, "url", p);
    l.apiKey = r.optString(node, "api_key", p);
    ctx.noteLine(node, "api_key", p);
    l.useAsLibraryClient = r.optBoolean(node, "use_as_library_client", p);
    l.libraryClientConfigPath = r.optString(node, "library_client_config_path", p);
    if (l.url && !QUrl(*l.url).isValid())
        r.error(node["url"], p + QStringLiteral(".url"), QStringLiteral("is not a valid URL"));
    if (!l.url && !l.useAsLibraryClient.value_or(false))
        r.error(node, p,
                QStringLiteral("url is required unless use_as_library_client is true (with "
                               "library_client_config_path)"));
    if (l.useAsLibraryClient.value_or(false) && !l.libraryClientConfigPath)
        r.error(node, p,
                QStringLiteral("library_client_config_path is required when use_as_library_client is true"));
}

void parseUserData(const YAML::Node &node, UserDataCollectionConfig &u, ParseContext &ctx)
{
    YamlReader &r = ctx.reader;
    const QString p = QStringLiteral("user_data_collection");
    if (!r.expectMap(node, p))
        return;
    u.feedbackEnabled = r.boolean(node, "feedback_enabled", p, u.feedbackEnabled);
    u.feedbackStorage = r.optString(node, "feedback_storage", p);
    u.transcriptsEnabled = r.boolean(node, "transcripts_enabled", p, u.transcriptsEnabled);
    u.transcriptsStorage = r.optString(node, "transcripts_storage", p);
    if (u.feedbackEnabled && !u.feedbackStorage)
        r.error(node, p, QStringLiteral("feedback_storage is required when feedback is enabled"));
    if (u.transcriptsEnabled && !u.transcriptsStorage)
        r.error(node, p, QStringLiteral("transcripts_storage is required when transcripts are enabled"));
}

void parseDatabase(const YAML::Node &node, DatabaseConfig &d, ParseContext &ctx)
{
    YamlReader &r = ctx.reader;
    const QString p = QStringLiteral("database");
    if (!r.expectMap(node, p))
        return;
    const bool hasSqlite = !r.isNull(node, "sqlite");
    const bool hasPostgres = !r.isNull(node, "postgres");
    if (hasSqlite && hasPostgres) {
        r.error(node, p, QStringLiteral("configure at most one of sqlite and postgres"));
        return;
    }
    if (hasSqlite && r.expectMap(node["sqlite"], p + QStringLiteral(".sqlite"))) {
        d.kind = DatabaseConfig::Kind::Sqlite;
        d.sqlitePath = r.requiredString(node["sqlite"], "db_path", p + QStringLiteral(".sqlite"));
    }
    if (hasPostgres && r.expectMap(node["postgres"], p + QStringLiteral(".postgres"))) {
        const YAML::Node pg = node["postgres"];
        const QString pp = p + QStringLiteral(".postgres");
        PostgresConfig &c = d.postgres;
        d.kind = DatabaseConfig::Kind::Postgres;
        c.host = r.string(pg, "host", pp, c.host);
        c.port = int(r.integer(pg, "port", pp, c.port, 1, 65535));
        c.db = r.requiredString(pg, "db", pp);
        c.user = r.requiredString(pg, "user", pp);
        c.password = r.requiredString(pg, "password", pp);
        ctx.noteLine(pg, "password", pp);
        c.namespaceName = r.string(pg, "namespace", pp, c.namespaceName);
        c.sslMode = r.string(pg, "ssl_mode", pp, c.sslMode);
        c.gssEncMode = r.string(pg, "gss_encmode", pp, c.gssEncMode);
        c.caCertPath = r.optString(pg, "ca_cert_path", pp);
    }
}

void parseAuthentication(const YAML::Node &node, AuthenticationConfig &a, ParseContext &ctx)
{
    YamlReader &r = ctx.reader;
    const QString p = QStringLiteral("authentication");
    if (!r.expectMap(node, p))
        return;
    a.module = r.string(node, "module", p, a.module);
    static const QStringList modules{QStringLiteral("noop"), QStringLiteral("noop-with-token"),
                                     QStringLiteral("k8s"), QStringLiteral("jwk-token")};
    if (!modules.contains(a.module))
        r.error(node["module"], p + QStringLiteral(".module"),
                QStringLiteral("unknown module '%1'; use one of %2")
                    .arg(a.module, modules.join(QStringLiteral(", "))));
    a.skipTlsVerification = r.boolean(node, "skip_tls_verification", p, a.skipTlsVerification);
    a.allowNoopBeyondLoopback = r.boolean(node, "allow_noop_beyond_loopback", p, a.allowNoopBeyondLoopback);
    a.k8sClusterApi = r.optString(node, "k8s_cluster_api", p);
    a.k8sCaCertPath = r.optString(node, "k8s_ca_cert_path", p);
    if (!r.isNull(node, "jwk_config") && r.expectMap(node["jwk_config"], p + QStringLiteral(".jwk_config"))) {
        const YAML::Node j = node["jwk_config"];
        const QString jp = p + QStringLiteral(".jwk_config");
        JwkConfig jwk;
        jwk.url = r.requiredString(j, "url", jp);
        const QUrl url(jwk.url);
        if (!jwk.url.isEmpty() &&
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            r.error(j["url"], jp + QStringLiteral(".url"),
                    QStringLiteral("must be an http:// or https:// URL"));
        if (!r.isNull(j, "jwt_configuration") &&
            r.expectMap(j["jwt_configuration"], jp + QStringLiteral(".jwt_configuration"))) {
            const YAML::Node c = j["jwt_configuration"];
            const QString cp = jp + QStringLiteral(".jwt_configuration");
            jwk.userIdClaim = r.string(c, "user_id_claim", cp, jwk.userIdClaim);
            jwk.usernameClaim = r.string(c, "username_claim", cp, jwk.usernameClaim);
        }
        a.jwk = jwk;
    }
    if (a.module == QLatin1String("jwk-token") && !a.jwk)
        r.error(node, p, QStringLiteral("jwk_config is required when module is jwk-token"));
}

void parseCustomization(const YAML::Node &node, CustomizationConfig &c, ParseContext &ctx)
{
    YamlReader &r = ctx.reader;
    const QString p = QStringLiteral("customization");
    if (!r.expectMap(node, p))
        return;
    c.disableQuerySystemPrompt =
        r.boolean(node, "disable_query_system_prompt", p, c.disableQuerySystemPrompt);
    c.systemPromptPath = r.optString(node, "system_prompt_path", p);
    c.systemPrompt = r.optString(node, "system_prompt", p);
}

void parseMcpServers(const YAML::Node &node, QVector<McpServerConfig> &out, ParseContext &ctx)
{
    YamlReader &r = ctx.reader;
    if (!node.IsSequence()) {
        r.error(node, QStringLiteral("mcp_servers"), QStringLiteral("expected a list"));
        return;
    }
    for (std::size_t i = 0; i < node.size(); ++i) {
        const QString p = QStringLiteral("mcp_servers[%1]").arg(i);
        if (!r.expectMap(node[i], p))
            continue;
        McpServerConfig m;
        m.name = r.requiredString(node[i], "name", p);
        m.providerId = r.string(node[i], "provider_id", p, m.providerId);
        m.url = r.requiredString(node[i], "url", p);
        const QUrl url(m.url);
        if (!m.url.isEmpty() && (!url.isValid() || (url.scheme() != QLatin1String("http") &&
                                                    url.scheme() != QLatin1String("https"))))
            r.error(node[i]["url"], r.join(p, "url"), QStringLiteral("expected an http:// or https:// URL"));
        m.timeoutSeconds = int(r.integer(node[i], "timeout_seconds", p, m.timeoutSeconds, 1, 3600));
        m.forwardAuthorization = r.boolean(node[i], "forward_authorization", p, m.forwardAuthorization);
        for (const McpServerConfig &earlier : std::as_const(out))
            if (earlier.name == m.name)
                r.error(node[i], r.join(p, "name"),
                        QStringLiteral("another server has the name '%1'").arg(m.name));
        out << m;
    }
}

} // namespace

void parseLightspeedHalf(const YAML::Node &root, AppConfig &config, ParseContext &ctx)
{
    YamlReader &r = ctx.reader;
    config.name = r.string(root, "name", QString(), config.name);
    if (!r.isNull(root, "service"))
        parseService(root["service"], config.service, ctx);
    if (!r.isNull(root, "llama_stack"))
        parseLlamaStack(root["llama_stack"], config.llamaStack, ctx);
    if (!r.isNull(root, "user_data_collection"))
        parseUserData(root["user_data_collection"], config.userDataCollection, ctx);
    if (!r.isNull(root, "database"))
        parseDatabase(root["database"], config.database, ctx);
    if (!r.isNull(root, "mcp_servers"))
        parseMcpServers(root["mcp_servers"], config.mcpServers, ctx);
    if (!r.isNull(root, "authentication"))
        parseAuthentication(root["authentication"], config.authentication, ctx);
    if (!r.isNull(root, "customization")) {
        CustomizationConfig c;
        parseCustomization(root["customization"], c, ctx);
        config.customization = c;
    }
    if (!r.isNull(root, "inference") && r.expectMap(root["inference"], QStringLiteral("inference"))) {
        const YAML::Node inf = root["inference"];
        config.inference.defaultModel = r.optString(inf, "default_model", QStringLiteral("inference"));
        config.inference.defaultProvider = r.optString(inf, "default_provider", QStringLiteral("inference"));
        config.inference.maxToolRounds = int(r.integer(inf, "max_tool_rounds", QStringLiteral("inference"),
                                                       config.inference.maxToolRounds, 1, 50));
        config.inference.toolResultMaxChars =
            int(r.integer(inf, "tool_result_max_chars", QStringLiteral("inference"),
                          config.inference.toolResultMaxChars, 100, 1000000));
        config.inference.toolChoice =
            r.string(inf, "tool_choice", QStringLiteral("inference"), config.inference.toolChoice);
        if (!QStringList{QStringLiteral("auto"), QStringLiteral("required"), QStringLiteral("none")}.contains(
                config.inference.toolChoice))
            r.error(inf["tool_choice"], QStringLiteral("inference.tool_choice"),
                    QStringLiteral("expected auto, required or none"));
        if (config.inference.defaultModel.has_value() != config.inference.defaultProvider.has_value())
            r.error(inf, QStringLiteral("inference"),
                    QStringLiteral("default_model and default_provider must be given together"));
    }
}

} // namespace aistack
