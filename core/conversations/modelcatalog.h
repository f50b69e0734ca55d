#pragma once

#include "config/appconfig.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QVector>
#include <memory>
#include <optional>

namespace aistack {

class LlmProvider;
class ProviderRegistry;

// One model a Lightspeed client can name: `identifier` = provider_id/model.
struct CatalogModel
{
    QString providerId;
    QString model;     // provider_resource_id
    QString wireModel; // the name sent to the provider (empty: its configured model)
    QString type;      // llm | embedding
    int contextTokens = 0;
    std::shared_ptr<LlmProvider> provider;
    QString identifier() const { return providerId + QLatin1Char('/') + model; }
};

// The models of the configured providers, in a stable order: the stack tools' models first, then the
// extractive answer when a tool has no model, then the builtin embedder, then what the `llama_stack` server
// lists. Thread-safe.
class ModelCatalog
{
public:
    ModelCatalog(const AppConfig &config, ProviderRegistry &providers);
    ~ModelCatalog();

    // Every model; asks the `llama_stack` server when one is configured (blocking, worker threads; its list
    // is kept for 30 s). nullopt and *error when that server cannot be reached.
    std::optional<QVector<CatalogModel>> models(QString *error) const;
    bool remoteConfigured() const { return static_cast<bool>(m_remote); }
    // The models known without asking the network.
    const QVector<CatalogModel> &localModels() const { return m_local; }
    // No `llama_stack` server and every LLM is the extractive answer: queries are pure CPU work.
    bool answersLocally() const;

    // The model for a request's pair, or the first LLM when both are empty.
    static const CatalogModel *pick(const QVector<CatalogModel> &models, const QString &provider,
                                    const QString &model);

    static QString extractiveProvider() { return QStringLiteral("builtin"); }
    static QString extractiveModel() { return QStringLiteral("extractive"); }

private:
    QVector<CatalogModel> m_local;
    std::shared_ptr<LlmProvider> m_remote;
    mutable QMutex m_mutex;
    mutable QVector<CatalogModel> m_remoteModels;
    mutable QElapsedTimer m_remoteAge;
};

} // namespace aistack
