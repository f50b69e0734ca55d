#include "modelcatalog.h"
#include "common/mayblock.h"

#include "llm/blockingchat.h"
#include "llm/builtin/builtinembedder.h"
#include "llm/llmprovider.h"
#include "llm/providerregistry.h"

#include <QFileInfo>

namespace aistack {

namespace {
constexpr qint64 kRemoteCacheMs = 30000;

bool contains(const QVector<CatalogModel> &models, const QString &identifier)
{
    for (const CatalogModel &m : models)
        if (m.identifier() == identifier)
            return true;
    return false;
}

} // namespace

ModelCatalog::ModelCatalog(const AppConfig &config, ProviderRegistry &providers)
{
    bool toolWithoutModel = !config.stack || config.stack->tools.isEmpty();
    bool builtinEmbeddings = false;
    if (config.stack) {
        for (const ToolConfig &tool : config.stack->tools) {
            const AiClientConfig &c = tool.aiClient;
            if (c.provider.isEmpty()) {
                toolWithoutModel = true;
            } else {
                CatalogModel m;
                m.providerId = c.provider;
                m.model = c.model.isEmpty() ? QFileInfo(c.modelPath.value_or(QString())).completeBaseName()
                                            : c.model;
                m.type = QStringLiteral("llm");
                m.contextTokens =
                    c.provider == QLatin1String("local") ? (c.contextSize > 0 ? c.contextSize : 2048) : 8192;
                m.provider = providers.chatProvider(c);
                if (!contains(m_local, m.identifier()))
                    m_local << m;
            }
            if (tool.kind == QLatin1String("rag")) {
                const std::shared_ptr<LlmProvider> embedder = providers.embeddingProvider(tool);
                if (embedder->name() == QLatin1String("builtin")) {
                    builtinEmbeddings = true;
                } else {
                    CatalogModel e;
                    e.providerId = c.provider;
                    e.model = tool.embeddings.value_or(c.model);
                    e.wireModel = e.model;
                    e.type = QStringLiteral("embedding");
                    e.provider = embedder;
                    if (!contains(m_local, e.identifier()))
                        m_local << e;
                }
            }
        }
    }
    if (toolWithoutModel) {
        CatalogModel m;
        m.providerId = extractiveProvider();
        m.model = extractiveModel();
        m.type = QStringLiteral("llm");
        m.contextTokens = 8192;
        AiClientConfig none;
        m.provider = providers.chatProvider(none);
        m_local << m;
    }
    if (builtinEmbeddings) {
        CatalogModel e;
        e.providerId = extractiveProvider();
        e.model = BuiltinEmbedder::modelName();
        e.type = QStringLiteral("embedding");
        e.provider = providers.builtinEmbedder();
        m_local << e;
    }
    m_remote = providers.llamaStackProvider();
}

ModelCatalog::~ModelCatalog() = default;

bool ModelCatalog::answersLocally() const
{
    if (m_remote)
        return false;
    for (const CatalogModel &m : m_local)
        if (m.type == QLatin1String("llm") && m.providerId != extractiveProvider())
            return false;
    return true;
}

std::optional<QVector<CatalogModel>> ModelCatalog::models(QString *error) const
{
    AISTACK_BLOCKING();
    if (!m_remote)
        return m_local;
    {
        QMutexLocker lock(&m_mutex);
        if (m_remoteAge.isValid() && m_remoteAge.elapsed() < kRemoteCacheMs)
            return m_local + m_remoteModels;
    }
    LlmError listError;
    const std::optional<QList<ModelInfo>> listed = listModelsAndWait(*m_remote, &listError);
    if (!listed) {
        *error = listError.message;
        return std::nullopt;
    }
    QVector<CatalogModel> remote;
    for (const ModelInfo &info : *listed) {
        CatalogModel m;
        const int slash = int(info.id.indexOf(QLatin1Char('/')));
        m.providerId = slash > 0 ? info.id.left(slash) : QStringLiteral("llama_stack");
        m.model = slash > 0 ? info.id.mid(slash + 1) : info.id;
        m.wireModel = info.id;
        m.type = info.type == QLatin1String("embedding") ? info.type : QStringLiteral("llm");
        m.contextTokens = 8192;
        m.provider = m_remote;
        remote << m;
    }
    QMutexLocker lock(&m_mutex);
    m_remoteModels = remote;
    m_remoteAge.start();
    return m_local + remote;
}

const CatalogModel *ModelCatalog::pick(const QVector<CatalogModel> &models, const QString &provider,
                                       const QString &model)
{
    for (const CatalogModel &m : models) {
        if (m.type != QLatin1String("llm"))
            continue;
        if (provider.isEmpty() && model.isEmpty())
            return &m;
        if (m.identifier() == provider + QLatin1Char('/') + model)
            return &m;
    }
    return nullptr;
}

} // namespace aistack
