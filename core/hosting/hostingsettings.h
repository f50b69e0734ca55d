#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace aistack {

struct AppConfig;

// Where and how the embedded server listens: what the Server pane edits. Read from the configuration at
// start; the pane's changes are laid over a copy of it for the server's next run (the file is not changed).
struct HostingSettings
{
    QString host = QStringLiteral("127.0.0.1"); // an address, "0.0.0.0" (every IPv4 network) or "localhost"
    int port = 8080;                            // 0: any free port
    QString certificatePath;                    // both set: HTTPS
    QString keyPath;
    std::optional<QString> keyPassword; // from the configuration; never shown
    QStringList corsOrigins;
    bool allowNoopBeyondLoopback = false; // authentication.allow_noop_beyond_loopback

    bool tls() const { return !certificatePath.isEmpty() && !keyPath.isEmpty(); }
    bool loopbackOnly() const;
    bool operator==(const HostingSettings &o) const;
    bool operator!=(const HostingSettings &o) const { return !(*this == o); }

    static HostingSettings fromConfig(const AppConfig &config);
    // The configuration with these settings in service.host/port/tls, service.cors.allow_origins and
    // authentication.allow_noop_beyond_loopback.
    void applyTo(AppConfig *config) const;
};

// Whether a bind address keeps the server on this computer (localhost, 127.0.0.0/8, ::1).
bool isLoopbackHost(const QString &host);

} // namespace aistack

Q_DECLARE_METATYPE(aistack::HostingSettings)
