#include "desktophosting.h"
#include "common/runonpool.h"

#include "common/futurewatch.h"
#include "config/appconfig.h"
#include "lanexposure.h"
#include "log/loglevel.h"
#include "log/requestlog.h"
#include "log/requestlogfile.h"
#include "serverhost.h"
#include "tlscredentials.h"

#include <QNetworkInterface>

namespace aistack {

DesktopHosting::DesktopHosting(std::shared_ptr<const AppConfig> config, ServerHost *server, RequestLog *log,
                               QString requestLogPath, QThreadPool *pool, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_server(server), m_log(log),
      m_requestLogPath(std::move(requestLogPath)), m_pool(pool)
{
    qRegisterMetaType<aistack::HostingSettings>();
}

void DesktopHosting::keepRequestLogFile()
{
    if (m_fileSink || !m_config->service.accessLog || int(logLevelFromEnvironment()) > int(LogLevel::Info) ||
        m_requestLogPath.isEmpty())
        return;
    auto file = std::make_shared<RequestLogFile>(m_requestLogPath, kRequestLogFileBytes);
    m_fileSink = m_log->addSink([file](const QVector<RequestRecord> &batch) { file->append(batch); });
}

DesktopHosting::~DesktopHosting()
{
    if (m_fileSink) {
        m_log->flush(); // every answered request reaches the file
        m_log->removeSink(m_fileSink);
    }
}

QFuture<QVector<RequestRecord>> DesktopHosting::recentRequests(int maxRows) const
{
    return runOnPool(
        m_pool, [path = m_requestLogPath, maxRows]() { return RequestLogFile::readRecent(path, maxRows); });
}

HostingSettings DesktopHosting::settings() const
{
    return m_server->settings();
}

bool DesktopHosting::authenticationLetsAnyoneIn() const
{
    return aistack::authenticationLetsAnyoneIn(*m_config);
}

QFuture<QString> DesktopHosting::check(const HostingSettings &settings) const
{
    QString early;
    if (settings.host.trimmed().isEmpty())
        early = tr("Choose an address to listen on.");
    else if (settings.port < 0 || settings.port > 65535)
        early = tr("The port must be between 0 and 65535.");
    else if (settings.certificatePath.isEmpty() != settings.keyPath.isEmpty())
        early = tr("HTTPS needs both a certificate and its private key; choose both files or neither.");
    else
        early = lanExposureRefusal(*m_config, settings);
    if (!early.isEmpty() || !settings.tls())
        return QtFuture::makeReadyFuture(early);
    return runOnPool(m_pool, [settings]() {
        QSslConfiguration conf;
        QString error;
        loadTlsCredentials(settings.certificatePath, settings.keyPath, settings.keyPassword, &conf, &error);
        return error;
    });
}

void DesktopHosting::apply(const HostingSettings &settings)
{
    whenReady(this, check(settings), [this, settings](const QString &refusal) {
        if (!refusal.isEmpty()) {
            Q_EMIT applyRefused(refusal);
            return;
        }
        Q_EMIT applyAccepted();
        m_server->restartWith(settings);
    });
}

QList<DesktopHosting::NetworkAddress> DesktopHosting::networkAddresses()
{
    QList<NetworkAddress> out;
    for (const QNetworkInterface &nic : QNetworkInterface::allInterfaces()) {
        if (!(nic.flags() & QNetworkInterface::IsUp))
            continue;
        for (const QNetworkAddressEntry &entry : nic.addressEntries()) {
            QHostAddress ip = entry.ip();
            ip.setScopeId(QString()); // a link-local scope is not part of a URL a person types
            NetworkAddress a;
            a.interfaceName = nic.humanReadableName();
            a.address = ip.toString();
            a.loopback = ip.isLoopback();
            a.ipv6 = ip.protocol() == QAbstractSocket::IPv6Protocol;
            out << a;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const NetworkAddress &a, const NetworkAddress &b) {
        return std::make_pair(!a.loopback, a.ipv6) < std::make_pair(!b.loopback, b.ipv6);
    });
    return out;
}

} // namespace aistack
