#include "localprovider.h"

#include "localmodelpool.h"

#include <QCoreApplication>
#include <QFileInfo>

#ifdef AISTACK_HAVE_LLAMA
#include "localengine.h"
#endif

namespace aistack {

LocalProvider::LocalProvider(LocalSettings settings, LocalModelPool *pool)
    : m_modelName(settings.modelName.isEmpty() ? QFileInfo(settings.modelPath).completeBaseName() : settings.modelName),
      m_temperature(settings.temperature), m_engine(pool->engine(settings))
{
}

LocalProvider::~LocalProvider() = default;

LlmCall *LocalProvider::unavailable()
{
    auto *call = new LlmCall(name(), m_modelName);
    call->failLater(LlmError::make(
        LlmError::Kind::NotConfigured, name(),
        QCoreApplication::translate("LocalProvider",
                                    "This build of aistack has no llama.cpp, so GGUF models cannot run in process. "
                                    "Build it with installer/setup.sh, or serve the model with llama-server and "
                                    "use the openai provider.")));
    return call;
}

#ifdef AISTACK_HAVE_LLAMA

LlmCall *LocalProvider::chat(const ChatRequest &request, bool stream)
{
    auto *call = new LlmCall(name(), m_modelName);
    ChatRequest r = request;
    if (r.temperature < 0) // this tool's temperature: the engine may be shared with other tools
        r.temperature = m_temperature;
    m_engine->chat(r, stream, call->channel());
    return call;
}

LlmCall *LocalProvider::embed(const QStringList &texts, const QString &)
{
    auto *call = new LlmCall(name(), m_modelName);
    m_engine->embed(texts, call->channel());
    return call;
}

LlmCall *LocalProvider::checkHealth()
{
    auto *call = new LlmCall(name(), m_modelName);
    m_engine->checkHealth(call->channel());
    return call;
}

#else

LlmCall *LocalProvider::chat(const ChatRequest &, bool) { return unavailable(); }
LlmCall *LocalProvider::embed(const QStringList &, const QString &) { return unavailable(); }
LlmCall *LocalProvider::checkHealth() { return unavailable(); }

#endif

LlmCall *LocalProvider::listModels()
{
    if (!m_engine)
        return unavailable();
    auto *call = new LlmCall(name(), m_modelName);
    call->later([call, id = m_modelName, provider = name()]() {
        call->finishModels({{id, QStringLiteral("llm"), provider}});
    });
    return call;
}

} // namespace aistack
