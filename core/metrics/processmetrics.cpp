#include "processmetrics.h"

#include "metricsregistry.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <unistd.h>

namespace aistack {

namespace {
QList<QByteArray> statFields()
{
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = f.readAll();
    const int close = line.lastIndexOf(')'); // the command name may contain spaces
    return line.mid(close + 2).split(' ');   // fields from "state" (field 3) on
}
} // namespace

double ProcessMetrics::residentBytes()
{
    const auto fields = statFields();
    return fields.size() > 21 ? fields.at(21).toDouble() * double(sysconf(_SC_PAGESIZE)) : 0.0;
}

ProcessMetrics::Usage ProcessMetrics::usage()
{
    const auto fields = statFields();
    Usage u;
    if (fields.size() > 21) {
        u.cpuSeconds = (fields.at(11).toDouble() + fields.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
        u.residentBytes = fields.at(21).toDouble() * double(sysconf(_SC_PAGESIZE));
    }
    return u;
}

void ProcessMetrics::install(MetricsRegistry &registry)
{
    Gauge *rss = registry.gauge(QStringLiteral("process_resident_memory_bytes"),
                                QStringLiteral("Resident memory size in bytes."));
    Gauge *vms = registry.gauge(QStringLiteral("process_virtual_memory_bytes"),
                                QStringLiteral("Virtual memory size in bytes."));
    Gauge *start = registry.gauge(QStringLiteral("process_start_time_seconds"),
                                  QStringLiteral("Start time of the process since unix epoch in seconds."));
    Gauge *cpu = registry.gauge(QStringLiteral("process_cpu_seconds"),
                                QStringLiteral("Total user and system CPU time spent in seconds."));
    Gauge *fds = registry.gauge(QStringLiteral("process_open_fds"),
                                QStringLiteral("Number of open file descriptors."));
    start->set(double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
    registry.addCollector([rss, vms, cpu, fds]() {
        const auto fields = statFields();
        if (fields.size() > 21) {
            const double ticks = double(sysconf(_SC_CLK_TCK));
            cpu->set((fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks);
            vms->set(fields.at(20).toDouble());
            rss->set(fields.at(21).toDouble() * double(sysconf(_SC_PAGESIZE)));
        }
        fds->set(double(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size()));
    });
}

} // namespace aistack
