#include "headlessrunner.h"

#include "appservices.h"
#include "embeddedserver.h"
#include "log/stderrlog.h"

#include "rag/desktop/ingestqueue.h"

#include <QCoreApplication>
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
        StderrLog *out = &m_log; // written on the request log's writer thread, in batches
        m_accessLogSink =
            m_services.requestLogBuffer.addSink([out](const QVector<RequestRecord> &batch) { out->writeRequests(batch); });
    }
}

HeadlessRunner::~HeadlessRunner()
{
    if (m_accessLogSink)
        m_services.requestLogBuffer.removeSink(m_accessLogSink); // after the batch being written
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
    IngestQueue *queue = m_services.ingestQueue.get();
    StderrLog *log = &m_log;
    // Every file the queue finishes, resumed ones included, is logged once.
    connect(queue, &IngestQueue::itemsChanged, this, [log](const QVector<IngestItem> &items) {
        for (const IngestItem &item : items) {
            switch (item.state) {
            case IngestItem::State::Stored:
                log->write(LogLevel::Info, QStringLiteral("ingest: stored %1 (%2 chunks%3)")
                                               .arg(item.name)
                                               .arg(item.chunks)
                                               .arg(item.unchanged ? QStringLiteral(", unchanged") : QString()));
                break;
            case IngestItem::State::Failed:
            case IngestItem::State::Skipped:
            case IngestItem::State::Cancelled:
                log->write(LogLevel::Warning, QStringLiteral("ingest: %1").arg(item.error));
                break;
            default:
                break;
            }
        }
    });
    connect(queue, &IngestQueue::idle, this, [log](const IngestProgress &p) {
        if (p.filesTotal == 0)
            return;
        log->write(LogLevel::Info, QStringLiteral("ingest: done, %1 stored (%2 unchanged), %3 failed; %4 chunks")
                                       .arg(p.filesDone - p.filesFailed)
                                       .arg(p.filesUnchanged)
                                       .arg(p.filesFailed)
                                       .arg(p.chunksDone));
    });
    if (!m_ingestPaths.isEmpty())
        m_log.write(LogLevel::Info,
                    QStringLiteral("ingest: adding %1").arg(m_ingestPaths.join(QStringLiteral(", "))));
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
    startIngest();
    // The queue takes the new files once the schema is in place, after the files left from before.
    m_services.prepareStorage(this, [this, server]() {
        server->start();
        if (!m_ingestPaths.isEmpty())
            m_services.ingestQueue->enqueue(QString(), m_ingestPaths);
    });
    const int code = QCoreApplication::exec();
    m_services.requestLogBuffer.flush(); // every answered request is in the access log before the exit
    m_log.flush();
    return m_exitCode ? m_exitCode : code;
}

} // namespace aistack
