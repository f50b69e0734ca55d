#pragma once

#include "../llmprovider.h"
#include "common/threadnetworks.h"
#include "retryingrequest.h"

#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QThread;

namespace aistack {

struct OpenAiSettings
{
    QString providerName = QStringLiteral("openai"); // openai | ollama | llama_stack
    QUrl baseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
    QString apiKey; // empty: no Authorization header
    QString model;
    QString embeddingModel;   // empty: `model`
    double temperature = 0.7; // when a request gives none
    RequestPolicy policy;
    int embeddingBatch = 64; // texts per /embeddings request
};

// Any OpenAI-compatible server: OpenAI, vLLM, llama-server, LM Studio, Ollama's /v1, Llama Stack's
// OpenAI endpoints. Each thread that starts calls gets its own connection pool.
class OpenAiProvider : public LlmProvider
{
public:
    explicit OpenAiProvider(OpenAiSettings settings);
    ~OpenAiProvider() override;

    QString name() const override { return m_settings.providerName; }
    bool supportsTools() const override { return true; }
    QString defaultModel() const override { return m_settings.model; }

    LlmCall *chat(const ChatRequest &request, bool stream) override;
    LlmCall *embed(const QStringList &texts, const QString &model = {}) override;
    LlmCall *listModels() override;
    LlmCall *checkHealth() override;

private:
    QNetworkAccessManager *network();
    QNetworkRequest request(const QString &path, bool stream) const;
    RetryingRequest *start(LlmCall *call, const QString &path, const QByteArray &body, bool stream,
                           const RequestPolicy &policy);
    RetryingRequest *start(LlmCall *call, const QString &path, const QByteArray &body, bool stream)
    {
        return start(call, path, body, stream, m_settings.policy);
    }
    void embedBatch(LlmCall *call, QStringList texts, int from, QString model,
                    std::shared_ptr<EmbeddingResult> result);

    OpenAiSettings m_settings;
    ThreadNetworks m_networks;
};

} // namespace aistack
