#pragma once

#include "config/appconfig.h"
#include "config/configidentity.h"
#include "desktopservices.h"
#include "health/readinesscheck.h"
#include "log/requestlog.h"
#include "metrics/metricshistory.h"
#include "metrics/metricsregistry.h"
#include "storage/storagegate.h"

#include <QThreadPool>
#include <functional>
#include <memory>

namespace aistack {

class AuthFailureLimiter;
class ConversationEngine;
class ConversationStore;
class FeedbackStore;
class McpRegistry;
class ModelCatalog;
class TranscriptWriter;
class Database;
class DocumentLibrary;
class DesktopChat;
class DesktopDocuments;
class DesktopFeedback;
class DesktopSessions;
class DesktopHosting;
class DesktopStack;
class DesktopTools;
class FolderWatcher;
class IngestQueue;
class EmbeddedServer;
class Gauge;
class ProviderRegistry;
class SessionAuthority;
class SessionReaper;
class SessionStore;
class ReadinessMonitor;
class StackConfigSource;
class StackEngine;
class StackSessions;
class VectorStoreCache;
struct StackMetrics;

// The composition root's object graph: every long-lived service, built once from the
// configuration and handed to the server and the GUI. Nothing here is a global. Made on the main thread.
class AppServices : public DesktopServices
{
public:
    // dataDir: where generated state lives (the access token key file).
    AppServices(std::shared_ptr<const AppConfig> config, const QString &dataDir);
    ~AppServices() override;

    // Set when a service cannot start (e.g. a refused token key); the app reports it and exits.
    QString startupError;

    // Opens the database and applies migrations on the worker pool (logging the outcome), then, in the
    // thread of context, starts the session reaper, resumes the desktop's ingestion queue and watched
    // folders, and calls ready.
    void prepareStorage(QObject *context, std::function<void()> ready);

    // DesktopServices: what the window's panes use.
    const AppConfig &appConfig() const override { return *config; }
    ConfigIdentity *configIdentity() const override { return const_cast<ConfigIdentity *>(&configId); }
    ServerHost *serverHost() const override;
    MetricsRegistry *metricsRegistry() const override { return const_cast<MetricsRegistry *>(&metrics); }
    MetricsHistory *metricsHistory() const override { return const_cast<MetricsHistory *>(&metricsSamples); }
    RequestLog *requestLog() const override { return const_cast<RequestLog *>(&requestLogBuffer); }
    DesktopChat *chat() const override { return desktopChat.get(); }
    DesktopDocuments *documents() const override { return desktopDocuments.get(); }
    DesktopFeedback *feedbackBrowser() const override { return desktopFeedback.get(); }
    DesktopSessions *sessions() const override { return desktopSessions.get(); }
    DesktopHosting *hosting() const override { return desktopHosting.get(); }
    DesktopStack *stack() const override { return desktopStack.get(); }
    DesktopTools *tools() const override { return desktopTools.get(); }

    std::shared_ptr<const AppConfig> config;
    ConfigIdentity configId; // the configuration in force, recorded with sessions, answers and feedback
    MetricsRegistry metrics;
    MetricsHistory metricsSamples{&metrics}; // started by the window's Metrics pane, never in headless mode
    RequestLog requestLogBuffer;
    ReadinessRegistry readiness;
    std::unique_ptr<ReadinessMonitor> readinessMonitor; // runs the checks every 5 s for /readiness
    QThreadPool pool;                                   // short work: storage, readiness, parsing
    QThreadPool stackPool;                       // stack operations, which wait on providers and stores
    std::unique_ptr<ProviderRegistry> providers; // model providers, shared by the server and the GUI
    std::unique_ptr<VectorStoreCache> vectorStores;
    std::unique_ptr<DocumentLibrary> library; // the desktop's documents
    std::unique_ptr<Database> database;
    StorageGate storageGate; // opens once the migrations are done
    // The KISS half: sessions, their tokens and their stacks.
    std::unique_ptr<StackConfigSource> stackSource;
    std::unique_ptr<StackMetrics> stackMetrics;
    std::unique_ptr<StackEngine> stacks;
    std::unique_ptr<SessionStore> sessionStore;
    std::unique_ptr<AuthFailureLimiter> authLimiter;
    std::unique_ptr<SessionAuthority> authority;
    std::unique_ptr<StackSessions> stackSessions;
    std::unique_ptr<SessionReaper> reaper;
    Gauge *activeSessions = nullptr;
    // The Lightspeed half: models, conversations, feedback and transcripts.
    std::unique_ptr<ModelCatalog> models;
    std::unique_ptr<McpRegistry> mcpServers; // mcp_servers: their tools, for the models of both halves' chats
    std::unique_ptr<ConversationStore> conversations;
    std::unique_ptr<ConversationEngine> conversationEngine;
    std::unique_ptr<FeedbackStore> feedback;
    std::unique_ptr<TranscriptWriter> transcripts;
    std::unique_ptr<EmbeddedServer> server;
    // The desktop: its chat, its ingestion queue, watched folders and documents.
    std::unique_ptr<DesktopChat> desktopChat;
    std::unique_ptr<IngestQueue> ingestQueue;
    std::unique_ptr<FolderWatcher> folderWatcher;
    std::unique_ptr<DesktopDocuments> desktopDocuments;
    std::unique_ptr<DesktopFeedback> desktopFeedback;
    std::unique_ptr<DesktopSessions> desktopSessions;
    std::unique_ptr<DesktopHosting> desktopHosting; // the Server pane's; keeps the request log file
    std::unique_ptr<DesktopTools> desktopTools;
    std::unique_ptr<DesktopStack> desktopStack; // the Stack pane's configuration in force (destroyed first)

private:
    void buildDesktop(const QString &dataDir);
    void buildDesktopStack(const QString &dataDir);
    void buildSessions(const QString &dataDir);
    void buildConversations();
};

} // namespace aistack
