#include "providerregistry.h"
#ifdef AISTACK_TEST_ROUTES
#include "testing/pacedprovider.h"
#endif

#include "builtin/builtinprovider.h"
#include "llmmetrics.h"
#include "local/localprovider.h"
#include "nomodelprovider.h"
#include "openai/openaiprovider.h"

#include <QCryptographicHash>

namespace aistack {

namespace {

QString keyOf(const QStringList &parts)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

ProviderRegistry::ProviderRegistry(MetricsRegistry *metrics, QThreadPool *pool, Options options)
    : m_metrics(std::make_shared<LlmMetrics>(metrics)), m_pool(pool), m_options(std::move(options))
{
    if (m_options.wordTablePath.isEmpty())
        m_options.wordTablePath = WordVectorTable::defaultPath();
}

ProviderRegistry::~ProviderRegistry() = default;

std::shared_ptr<LlmProvider>
ProviderRegistry::cached(const QString &key, const std::function<std::shared_ptr<LlmProvider>()> &make)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_providers.find(key);
    if (it != m_providers.end())
        return *it;
    auto provider = std::make_shared<InstrumentedProvider>(make(), m_metrics);
    m_providers.insert(key, provider);
    return provider;
}

OpenAiSettings ProviderRegistry::openAiSettings(const AiClientConfig &c, const LlamaStackConfig &llamaStack)
{
    OpenAiSettings s;
    s.providerName = c.provider;
    s.model = c.model;
    s.apiKey = c.apiKey.value_or(QString());
    QString base = c.baseUrl.value_or(QString());
    if (c.provider == QLatin1String("openai")) {
        if (base.isEmpty())
            base = qEnvironmentVariable("OPENAI_BASE_URL", QStringLiteral("https://api.openai.com/v1"));
        if (!c.apiKey)
            s.apiKey = qEnvironmentVariable("OPENAI_API_KEY");
    } else if (c.provider == QLatin1String("ollama")) {
        if (base.isEmpty())
            base = QStringLiteral("http://127.0.0.1:11434/v1");
    } else if (c.provider == QLatin1String("llama_stack")) {
        if (base.isEmpty() && llamaStack.url) {
            base = *llamaStack.url;
            while (base.endsWith(QLatin1Char('/')))
                base.chop(1);
            base += QStringLiteral("/v1/openai/v1");
        }
        if (!c.apiKey && llamaStack.apiKey)
            s.apiKey = *llamaStack.apiKey;
    }
    s.baseUrl = QUrl(base);
    s.temperature = c.temperature.value_or(0.7);
    s.policy.connectTimeoutMs = c.connectTimeoutSeconds * 1000;
    s.policy.idleTimeoutMs = c.timeoutSeconds * 1000;
    s.policy.maxRetries = c.maxRetries;
    return s;
}

std::shared_ptr<LlmProvider> ProviderRegistry::chatProvider(const AiClientConfig &c)
{
    if (c.provider.isEmpty())
        return cached(QStringLiteral("none"), [] { return std::make_shared<NoModelProvider>(); });
#ifdef AISTACK_TEST_ROUTES
    if (c.provider == QLatin1String("paced"))
        return cached(keyOf({c.provider, c.model}), [c] { return std::make_shared<PacedProvider>(c.model); });
#endif
    if (c.provider == QLatin1String("local")) {
        LocalSettings ls;
        ls.modelPath = c.modelPath.value_or(QString());
        ls.modelName = c.model;
        ls.contextSize = c.contextSize;
        ls.threads = c.threads;
        ls.temperature = c.temperature.value_or(0.7);
        return cached(keyOf({c.provider, ls.modelPath, ls.modelName, QString::number(ls.temperature)}),
                      [this, ls] { return std::make_shared<LocalProvider>(ls, &m_localModels); });
    }
    const OpenAiSettings s = openAiSettings(c, m_options.llamaStack);
    return cached(keyOf({c.provider, s.baseUrl.toString(), s.apiKey, s.model,
                         QString::number(s.policy.idleTimeoutMs), QString::number(s.policy.connectTimeoutMs),
                         QString::number(s.policy.maxRetries), QString::number(s.temperature)}),
                  [s] { return std::make_shared<OpenAiProvider>(s); });
}

std::shared_ptr<LlmProvider> ProviderRegistry::builtinEmbedder()
{
    return cached(QStringLiteral("builtin"), [this] {
        QString error;
        auto table = WordVectorTable::open(m_options.wordTablePath, &error);
        return std::make_shared<BuiltinProvider>(table, error, m_pool);
    });
}

std::shared_ptr<LlmProvider> ProviderRegistry::embeddingProvider(const ToolConfig &tool)
{
    const QString model = tool.embeddings.value_or(QString()).trimmed();
    if (model.isEmpty() || model == QLatin1String("builtin") || model == BuiltinEmbedder::modelName())
        return builtinEmbedder();
    AiClientConfig client = tool.aiClient;
    if (client.provider == QLatin1String("local"))
        return chatProvider(client); // the same GGUF model, pooled
    client.model = model;
    return chatProvider(client);
}

std::shared_ptr<LlmProvider> ProviderRegistry::llamaStackProvider()
{
    if (!m_options.llamaStack.url)
        return nullptr;
    AiClientConfig c;
    c.provider = QStringLiteral("llama_stack");
    return chatProvider(c);
}

} // namespace aistack
