// The secret and path fields of a configuration, in one place, for the loader's post-processing.
#include "configparsers.h"

namespace aistack {

namespace {
void visitOptional(std::optional<QString> &field, const QString &key, const FieldVisitor &visit)
{
    if (field)
        visit(key, *field);
}
} // namespace

void visitSecretFields(AppConfig &c, const FieldVisitor &visit)
{
    visitOptional(c.service.tls.keyPassword, QStringLiteral("service.tls_config.tls_key_password"), visit);
    visitOptional(c.llamaStack.apiKey, QStringLiteral("llama_stack.api_key"), visit);
    visitOptional(c.sessions.tokenSecret, QStringLiteral("sessions.token_secret"), visit);
    if (c.database.kind == DatabaseConfig::Kind::Postgres)
        visit(QStringLiteral("database.postgres.password"), c.database.postgres.password);
    if (!c.stack)
        return;
    if (c.stack->decisionMaker)
        visitOptional(c.stack->decisionMaker->aiClient.apiKey,
                      QStringLiteral("stack.decision_maker.ai_client.api_key"), visit);
    for (int i = 0; i < c.stack->tools.size(); ++i)
        visitOptional(c.stack->tools[i].aiClient.apiKey,
                      QStringLiteral("stack.tools[%1].ai_client.api_key").arg(i), visit);
}

void visitPathFields(AppConfig &c, const FieldVisitor &visit, bool mustExistOnly)
{
    visitOptional(c.service.tls.certificatePath, QStringLiteral("service.tls_config.tls_certificate_path"),
                  visit);
    visitOptional(c.service.tls.keyPath, QStringLiteral("service.tls_config.tls_key_path"), visit);
    if (mustExistOnly)
        return;
    visitOptional(c.llamaStack.libraryClientConfigPath,
                  QStringLiteral("llama_stack.library_client_config_path"), visit);
    visitOptional(c.userDataCollection.feedbackStorage,
                  QStringLiteral("user_data_collection.feedback_storage"), visit);
    visitOptional(c.userDataCollection.transcriptsStorage,
                  QStringLiteral("user_data_collection.transcripts_storage"), visit);
    if (c.database.kind == DatabaseConfig::Kind::Sqlite && !c.database.sqlitePath.isEmpty()
        && c.database.sqlitePath != QLatin1String(":memory:"))
        visit(QStringLiteral("database.sqlite.db_path"), c.database.sqlitePath);
    visitOptional(c.sessions.tokenSecretFile, QStringLiteral("sessions.token_secret_file"), visit);
    visitOptional(c.database.postgres.caCertPath, QStringLiteral("database.postgres.ca_cert_path"), visit);
    visitOptional(c.authentication.k8sCaCertPath, QStringLiteral("authentication.k8s_ca_cert_path"), visit);
    if (c.customization)
        visitOptional(c.customization->systemPromptPath, QStringLiteral("customization.system_prompt_path"),
                      visit);
    if (!c.stack)
        return;
    if (c.stack->vectorDb)
        visitOptional(c.stack->vectorDb->path, QStringLiteral("stack.vector_db.path"), visit);
    if (c.stack->decisionMaker)
        visitOptional(c.stack->decisionMaker->aiClient.modelPath,
                      QStringLiteral("stack.decision_maker.ai_client.model_path"), visit);
    for (int i = 0; i < c.stack->tools.size(); ++i)
        visitOptional(c.stack->tools[i].aiClient.modelPath,
                      QStringLiteral("stack.tools[%1].ai_client.model_path").arg(i), visit);
}

} // namespace aistack
