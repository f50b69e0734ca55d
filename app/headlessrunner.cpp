#include "headlessrunner.h"

#include "appservices.h"
#include "embeddedserver.h"
#include "log/stderrlog.h"

#include "rag/documentlibrary.h"
#include "rag/parse/documentparser.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace aistack {

namespace {
int g_signalPipe[2] = {-1, -1}; // written by the signal handler, read in the event loop

void onUnixSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

HeadlessRunner::HeadlessRunner(AppServices &services, StderrLog &log) : m_services(services), m_log(log)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        m_signals = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
        connect(m_signals, &QSocketNotifier::activated, this, &HeadlessRunner::onSignal);
        struct sigaction action = {};
        action.sa_handler = onUnixSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
    if (m_services.config->service.accessLog && m_log.enabled(LogLevel::Info)) {
        StderrLog *out = &m_log;
        m_services.requestLog.setSink(
            [out](const RequestRecord &r) { out->write(LogLevel::Info, r.toLogLine()); });
    }
}

HeadlessRunner::~HeadlessRunner()
{
    m_services.requestLog.setSink({});
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
}

void HeadlessRunner::onSignal()
{
    char byte;
    [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &byte, 1);
    m_log.write(LogLevel::Info, QStringLiteral("shutting down: finishing requests in flight"));
    m_services.server->stop();
}

void HeadlessRunner::startIngest()
{
    if (m_ingestPaths.isEmpty())
        return;
    QVector<IngestFile> files;
    QStringList patterns;
    for (const QString &ext : supportedExtensions())
        patterns << QStringLiteral("*.") + ext;
    for (const QString &path : std::as_const(m_ingestPaths)) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.push_back({info.fileName(), {}, {}, info.absoluteFilePath()});
            continue;
        }
        QStringList found;
        QDirIterator it(path, patterns, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        found.sort();
        for (const QString &f : std::as_const(found))
            files.push_back({QFileInfo(f).fileName(), {}, {}, f});
    }
    m_log.write(LogLevel::Info, QStringLiteral("ingest: adding %1 file(s)").arg(files.size()));
    IngestJob *job = m_services.documents->ingest(DocumentLibrary::desktopOwner(), QString(), files);
    StderrLog *log = &m_log;
    connect(job, &IngestJob::fileFinished, this, [log](const IngestedFile &r) {
        if (r.stored)
            log->write(LogLevel::Info, QStringLiteral("ingest: stored %1 (%2 chunks%3)")
                                           .arg(r.fileName)
                                           .arg(r.chunkIds.size())
                                           .arg(r.replaced ? QStringLiteral(", replaced") : QString()));
        else
            log->write(LogLevel::Warning, QStringLiteral("ingest: %1").arg(r.error));
    });
    connect(job, &IngestJob::finished, this, [log](const QVector<IngestedFile> &results, bool) {
        int stored = 0;
        for (const IngestedFile &r : results)
            stored += r.stored ? 1 : 0;
        log->write(
            LogLevel::Info,
            QStringLiteral("ingest: done, %1 stored, %2 failed").arg(stored).arg(results.size() - stored));
    });
}

int HeadlessRunner::exec()
{
    EmbeddedServer *server = m_services.server.get();
    connect(server, &ServerHost::statusChanged, this, [this](const ServerStatus &status) {
        if (status.state == ServerStatus::State::Listening) {
            std::printf("aistack: listening on %s\n", qPrintable(status.url()));
            std::fflush(stdout);
            m_log.write(LogLevel::Info, QStringLiteral("listening on %1").arg(status.url()));
        } else if (status.state == ServerStatus::State::Failed) {
            m_log.write(LogLevel::Critical, QStringLiteral("server failed: %1").arg(status.error));
            m_exitCode = 1;
        }
    });
    connect(server, &ServerHost::stopped, qApp, &QCoreApplication::quit);
    auto *flush = new QTimer(this);
    connect(flush, &QTimer::timeout, this, [this]() { m_log.flush(); });
    flush->start(100);

    // The server answers once the schema is in place (a first start creates it in milliseconds).
    m_services.prepareStorage(this, [server]() { server->start(); });
    startIngest();
    const int code = QCoreApplication::exec();
    m_log.flush();
    return m_exitCode ? m_exitCode : code;
}

} // namespace aistack
