#pragma once

#include <QMutex>
#include <QString>
#include <QVector>
#include <functional>
#include <memory>
#include <optional>

namespace aistack {

// The health of one dependency (a model provider, a store, the database).
struct ProviderHealth
{
    QString providerId;
    bool healthy = true;
    QString message;
    // A dependency the service answers without (an MCP server: queries go on without its tools): listed
    // when unhealthy, but the service stays ready.
    bool required = true;
};

// The answer of /readiness: ready when every check is healthy (and when there are none).
struct ReadinessReport
{
    bool ready = true;
    QString reason;
    QVector<ProviderHealth> unhealthy;
};

// A named check; run on a worker thread, may block for a short while (a network round trip).
class ReadinessCheck
{
public:
    virtual ~ReadinessCheck() = default;
    virtual QString id() const = 0;
    virtual ProviderHealth check() = 0;
};

// A report and when its checks ran.
struct CheckedReadiness
{
    ReadinessReport report;
    qint64 checkedAtMs = 0; // QDateTime::currentMSecsSinceEpoch() when the checks finished
};

// The checks /readiness runs. Filled in by the composition root; the list is read-only afterwards.
class ReadinessRegistry
{
public:
    void add(std::shared_ptr<ReadinessCheck> check) { m_checks.push_back(std::move(check)); }
    const QVector<std::shared_ptr<ReadinessCheck>> &checks() const { return m_checks; }

    // Runs every check in turn (call from a worker thread) and sums them up.
    ReadinessReport run() const;
    // Runs the checks and keeps the result for latest() (a worker thread: ReadinessMonitor).
    void refresh();
    // The last kept result; nullopt until a refresh() has finished. Never blocks on a check.
    std::optional<CheckedReadiness> latest() const;

private:
    QVector<std::shared_ptr<ReadinessCheck>> m_checks;
    mutable QMutex m_latestMutex;
    std::optional<CheckedReadiness> m_latest;
};

// A check made of a function, for small cases.
class FunctionReadinessCheck : public ReadinessCheck
{
public:
    FunctionReadinessCheck(QString id, std::function<ProviderHealth()> fn)
        : m_id(std::move(id)), m_fn(std::move(fn))
    {
    }
    QString id() const override { return m_id; }
    ProviderHealth check() override { return m_fn(); }

private:
    QString m_id;
    std::function<ProviderHealth()> m_fn;
};

} // namespace aistack
