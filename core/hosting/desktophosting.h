#pragma once

#include "hostingsettings.h"
#include "log/requestrecord.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QVector>
#include <memory>

class QThreadPool;

namespace aistack {

struct AppConfig;
class RequestLog;
class RequestLogFile;
class ServerHost;

// What the Server pane uses: the server's state and controls, its hosting settings (checked before the
// server is restarted with them), the machine's network addresses and the request log, kept in a bounded
// file across restarts. Lives on the GUI thread; nothing here blocks it.
class DesktopHosting : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kRequestLogFileBytes = 10LL * 1024 * 1024; // and one older file as large

    // requestLogPath: the file the request log is kept in once keepRequestLogFile() is called.
    DesktopHosting(std::shared_ptr<const AppConfig> config, ServerHost *server, RequestLog *log,
                   QString requestLogPath, QThreadPool *pool, QObject *parent = nullptr);
    ~DesktopHosting() override;

    ServerHost *server() const { return m_server; }
    RequestLog *requestLog() const { return m_log; }
    QString requestLogPath() const { return m_requestLogPath; }
    // Starts keeping the request log in the file (the window does; headless, standard error is the access
    // log and nothing is written twice). Only when the access log is on: the configuration's access_log and
    // LOG_LEVEL at INFO or below.
    void keepRequestLogFile();
    bool keepsRequestLogFile() const { return m_fileSink != 0; }
    // The newest maxRows requests of the file, oldest first (read on the pool).
    QFuture<QVector<RequestRecord>> recentRequests(int maxRows) const;

    // The settings the server runs with (or will, once restarted).
    HostingSettings settings() const;
    // Whether `noop` authentication lets anyone act as any user (the pane warns before opening to the network).
    bool authenticationLetsAnyoneIn() const;
    // Why the server may not run with these settings (empty: it may): the port, the TLS files (read on the
    // pool), noop authentication beyond loopback without the explicit setting.
    QFuture<QString> check(const HostingSettings &settings) const;
    // Checks, then restarts the server with the settings; a refusal leaves the running server untouched and
    // arrives as applyRefused().
    void apply(const HostingSettings &settings);

    struct NetworkAddress
    {
        QString interfaceName; // e.g. "eth0", "lo"
        QString address;       // e.g. "192.168.1.20", "fe80::1"
        bool loopback = false;
        bool ipv6 = false;
    };
    // The addresses of the interfaces that are up, loopback first, IPv4 before IPv6.
    static QList<NetworkAddress> networkAddresses();

Q_SIGNALS:
    void applyRefused(const QString &reason);
    void applyAccepted(); // the checks passed; the server restarts

private:
    std::shared_ptr<const AppConfig> m_config;
    ServerHost *m_server;
    RequestLog *m_log;
    QString m_requestLogPath;
    QThreadPool *m_pool;
    int m_fileSink = 0;
};

} // namespace aistack
