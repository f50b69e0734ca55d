#pragma once

#include "../llmprovider.h"
#include "localsettings.h"

#include <memory>

namespace aistack {

class LocalEngine;
class LocalModelPool;

// A GGUF model run in process by llama.cpp. Without llama.cpp in the build, every call fails with a
// message saying so.
class LocalProvider : public LlmProvider
{
public:
    LocalProvider(LocalSettings settings, LocalModelPool *pool);
    ~LocalProvider() override;

    QString name() const override { return QStringLiteral("local"); }
    QString defaultModel() const override { return m_modelName; }
    // With llama.cpp's chat library: the model's own template shows the tools and its calls are read back.
    bool supportsTools() const override
    {
#ifdef AISTACK_HAVE_LLAMA_COMMON
        return true;
#else
        return false;
#endif
    }
    LlmCall *chat(const ChatRequest &request, bool stream) override;
    LlmCall *embed(const QStringList &texts, const QString &model = {}) override;
    LlmCall *listModels() override;
    LlmCall *checkHealth() override;

private:
    LlmCall *unavailable();

    QString m_modelName;
    double m_temperature;
    std::shared_ptr<LocalEngine> m_engine;
};

} // namespace aistack
