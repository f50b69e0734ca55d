#pragma once

namespace aistack {

struct AppConfig;
class ConfigIdentity;
class DesktopChat;
class DesktopDocuments;
class DesktopFeedback;
class DesktopSessions;
class DesktopHosting;
class DesktopStack;
class DesktopTools;
class MetricsHistory;
class MetricsRegistry;
class RequestLog;
class ServerHost;

// Everything the window's panes may ask core for, handed to the main window by the composition root (one
// handle instead of a growing list of constructor arguments). A pane asks it for the services it needs;
// none of them is ever reached through the HTTP server.
class DesktopServices
{
public:
    virtual ~DesktopServices() = default;

    virtual const AppConfig &appConfig() const = 0;
    // The short id of the configuration in force (changes when the Stack pane applies a file).
    virtual ConfigIdentity *configIdentity() const = 0;
    virtual ServerHost *serverHost() const = 0;
    virtual MetricsRegistry *metricsRegistry() const = 0;
    // The last hour of the registry's figures for the Metrics pane (sampled once a second while it runs).
    virtual MetricsHistory *metricsHistory() const = 0;
    virtual RequestLog *requestLog() const = 0;
    virtual DesktopChat *chat() const = 0;
    virtual DesktopDocuments *documents() const = 0;
    virtual DesktopFeedback *feedbackBrowser() const = 0;
    // The KISS sessions and Lightspeed users (null when the sessions could not start).
    virtual DesktopSessions *sessions() const = 0;
    // The Server pane's: hosting settings, network addresses, the request log file.
    virtual DesktopHosting *hosting() const = 0;
    // The configuration in force: validate, save, apply (the Stack pane).
    virtual DesktopStack *stack() const = 0;
    // The configured MCP servers and their tools (the Stack pane).
    virtual DesktopTools *tools() const = 0;
};

} // namespace aistack
