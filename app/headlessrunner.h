#pragma once

#include <QObject>
#include <QStringList>

class QSocketNotifier;

namespace aistack {

class AppServices;
class StderrLog;

// Runs the server without widgets: access log and messages on stderr (LOG_LEVEL), the
// listening address on stdout, graceful stop on SIGINT/SIGTERM.
class HeadlessRunner : public QObject
{
    Q_OBJECT
public:
    HeadlessRunner(AppServices &services, StderrLog &log);
    ~HeadlessRunner() override;
    // Files or folders to add to the desktop documents once the server runs (--ingest).
    void setIngestPaths(const QStringList &paths) { m_ingestPaths = paths; }
    int exec();

private:
    void onSignal();
    void startIngest();

    AppServices &m_services;
    StderrLog &m_log;
    int m_accessLogSink = 0; // the access log on standard error, a sink of the request log
    QSocketNotifier *m_signals = nullptr;
    int m_exitCode = 0;
    QStringList m_ingestPaths;
};

} // namespace aistack
