#include "configjson.h"

#include <QJsonArray>

namespace aistack {

namespace {

QJsonValue secret(bool set)
{
    return set ? QJsonValue(QStringLiteral("**********")) : QJsonValue();
}
} // namespace

OrderedJson lightspeedConfigJson(const AppConfig &c)
{
    const ServiceConfig &s = c.service;
    OrderedJson tls;
    tls.add(QStringLiteral("tls_certificate_path"), orNull(s.tls.certificatePath))
        .add(QStringLiteral("tls_key_path"), orNull(s.tls.keyPath))
        .add(QStringLiteral("tls_key_password"), secret(s.tls.keyPassword.has_value()));
    OrderedJson cors;
    cors.add(QStringLiteral("allow_origins"), QJsonArray::fromStringList(s.cors.allowOrigins))
        .add(QStringLiteral("allow_credentials"), s.cors.allowCredentials)
        .add(QStringLiteral("allow_methods"), QJsonArray::fromStringList(s.cors.allowMethods))
        .add(QStringLiteral("allow_headers"), QJsonArray::fromStringList(s.cors.allowHeaders));
    OrderedJson service;
    service.add(QStringLiteral("host"), s.host)
        .add(QStringLiteral("port"), s.port)
        .add(QStringLiteral("auth_enabled"), s.authEnabled)
        .add(QStringLiteral("workers"), s.workers)
        .add(QStringLiteral("color_log"), s.colorLog)
        .add(QStringLiteral("access_log"), s.accessLog)
        .add(QStringLiteral("tls_config"), tls)
        .add(QStringLiteral("cors"), cors);

    const LlamaStackConfig &l = c.llamaStack;
    OrderedJson llama;
    llama.add(QStringLiteral("url"), orNull(l.url))
        .add(QStringLiteral("api_key"), secret(l.apiKey.has_value()))
        .add(QStringLiteral("use_as_library_client"), l.useAsLibraryClient.value_or(false))
        .add(QStringLiteral("library_client_config_path"), orNull(l.libraryClientConfigPath));

    const UserDataCollectionConfig &u = c.userDataCollection;
    OrderedJson userData;
    userData.add(QStringLiteral("feedback_enabled"), u.feedbackEnabled)
        .add(QStringLiteral("feedback_storage"), orNull(u.feedbackStorage))
        .add(QStringLiteral("transcripts_enabled"), u.transcriptsEnabled)
        .add(QStringLiteral("transcripts_storage"), orNull(u.transcriptsStorage));

    OrderedJson database;
    if (c.database.kind == DatabaseConfig::Kind::Sqlite) {
        database
            .add(QStringLiteral("sqlite"),
                 OrderedJson().add(QStringLiteral("db_path"), c.database.sqlitePath))
            .add(QStringLiteral("postgres"), QJsonValue());
    } else {
        const PostgresConfig &p = c.database.postgres;
        database.add(QStringLiteral("sqlite"), QJsonValue())
            .add(QStringLiteral("postgres"), OrderedJson()
                                                 .add(QStringLiteral("host"), p.host)
                                                 .add(QStringLiteral("port"), p.port)
                                                 .add(QStringLiteral("db"), p.db)
                                                 .add(QStringLiteral("user"), p.user)
                                                 .add(QStringLiteral("password"), secret(true))
                                                 .add(QStringLiteral("namespace"), p.namespaceName)
                                                 .add(QStringLiteral("ssl_mode"), p.sslMode)
                                                 .add(QStringLiteral("gss_encmode"), p.gssEncMode)
                                                 .add(QStringLiteral("ca_cert_path"), orNull(p.caCertPath)));
    }

    QVector<OrderedJson> mcp;
    for (const McpServerConfig &m : c.mcpServers)
        mcp << OrderedJson()
                   .add(QStringLiteral("name"), m.name)
                   .add(QStringLiteral("provider_id"), m.providerId)
                   .add(QStringLiteral("url"), m.url);

    const AuthenticationConfig &a = c.authentication;
    OrderedJson auth;
    auth.add(QStringLiteral("module"), a.module)
        .add(QStringLiteral("skip_tls_verification"), a.skipTlsVerification)
        .add(QStringLiteral("k8s_cluster_api"), orNull(a.k8sClusterApi))
        .add(QStringLiteral("k8s_ca_cert_path"), orNull(a.k8sCaCertPath));
    if (a.jwk)
        auth.add(QStringLiteral("jwk_config"),
                 OrderedJson()
                     .add(QStringLiteral("url"), a.jwk->url)
                     .add(QStringLiteral("jwt_configuration"),
                          OrderedJson()
                              .add(QStringLiteral("user_id_claim"), a.jwk->userIdClaim)
                              .add(QStringLiteral("username_claim"), a.jwk->usernameClaim)));
    else
        auth.add(QStringLiteral("jwk_config"), QJsonValue());

    OrderedJson json;
    json.add(QStringLiteral("name"), c.name)
        .add(QStringLiteral("service"), service)
        .add(QStringLiteral("llama_stack"), llama)
        .add(QStringLiteral("user_data_collection"), userData)
        .add(QStringLiteral("database"), database)
        .add(QStringLiteral("mcp_servers"), mcp)
        .add(QStringLiteral("authentication"), auth);
    if (c.customization)
        json.add(
            QStringLiteral("customization"),
            OrderedJson()
                .add(QStringLiteral("disable_query_system_prompt"), c.customization->disableQuerySystemPrompt)
                .add(QStringLiteral("system_prompt_path"), orNull(c.customization->systemPromptPath))
                .add(QStringLiteral("system_prompt"), orNull(c.customization->systemPrompt)));
    else
        json.add(QStringLiteral("customization"), QJsonValue());
    json.add(QStringLiteral("inference"),
             OrderedJson()
                 .add(QStringLiteral("default_model"), orNull(c.inference.defaultModel))
                 .add(QStringLiteral("default_provider"), orNull(c.inference.defaultProvider)));
    return json;
}

} // namespace aistack
