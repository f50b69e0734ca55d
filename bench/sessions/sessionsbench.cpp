// How the Sessions pane copes with many KISS sessions, through the real pane over the app's real core:
//   sessionsbench [SESSIONS]   SESSIONS rows written to the sessions table (default 10,000), then
//     reload   the pane reads them all again (F5): the time until the table shows them, the part of it spent on
//              the GUI thread (model reset and sort), and the event loop's worst stall meanwhile;
//     live     every session reported changed at once (as after a reaper round): the same figures;
//     update   1,000 sessions reported changed (queries counted): applied by id, figures again.
// Prints one line per scenario. Not a test: figures depend on the machine.
#include "auth/sessionstore.h"
#include "desktopfixture.h"
#include "sessions/sessionspane.h"
#include "sessions/sessiontablemodel.h"
#include "stallmeter.h"
#include "storage/database.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <QtConcurrent>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace aistack;
using namespace aistack::test;

namespace {
// CPU time of the calling thread: unlike wall time, not inflated when other processes share the cores.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Rows straight into the table, in one transaction (creating them one by one through /auth would measure
// the secret hashing, not the pane).
QStringList insertSessions(Database &db, int count)
{
    QStringList ids;
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool ok = db.transaction(
        [&](QSqlDatabase &c, QString *err) {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("INSERT INTO sessions (client_id, client_secret, scope, created_at, updated_at, "
                                     "last_used, status, stack_initialized, documents_deleted, config_id, "
                                     "peer_address, query_count, document_count, token_count) "
                                     "VALUES (?, 'x', ?, ?, ?, ?, ?, ?, ?, 'abcdef012345', ?, ?, ?, ?)"));
            for (int i = 0; i < count; ++i) {
                const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                const QDateTime at = now.addSecs(-i * 7);
                q.addBindValue(id);
                q.addBindValue(i % 3 ? QStringLiteral("temporary") : QStringLiteral("persistent"));
                q.addBindValue(at);
                q.addBindValue(at);
                q.addBindValue(at.addSecs(i % 600));
                q.addBindValue(i % 5 != 0);
                q.addBindValue(i % 2 == 0);
                q.addBindValue(false);
                q.addBindValue(i % 4 ? QStringLiteral("192.168.%1.%2").arg(i / 250 % 250).arg(i % 250)
                                     : QStringLiteral("127.0.0.1"));
                q.addBindValue(i % 97);
                q.addBindValue(i % 13);
                q.addBindValue(qint64(i) * 37 % 100000);
                if (!q.exec())
                    return (*err = q.lastError().text()), false;
                ids << id;
            }
            return true;
        },
        &error);
    if (!ok)
        std::fprintf(stderr, "sessionsbench: insert failed: %s\n", qPrintable(error));
    return ids;
}

struct Figures
{
    QVector<double> totalMs, guiMs, stallMs, guiCpuMs;
    static double median(QVector<double> v)
    {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0 : v[v.size() / 2];
    }
    static double worst(const QVector<double> &v) { return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end()); }
    void print(const char *name, int rows) const
    {
        std::printf("%s: %d rows, %lld runs: until shown median %.1f ms (worst %.1f), applying on the GUI thread "
                    "median %.1f ms (worst %.1f), GUI thread CPU until shown median %.1f ms, event loop's worst stall "
                    "%.1f ms\n",
                    name, rows, qint64(totalMs.size()), median(totalMs), worst(totalMs), median(guiMs), worst(guiMs),
                    median(guiCpuMs), worst(stallMs));
        std::fflush(stdout);
    }
};

// Runs `trigger` and waits for the pane's table to show the result; records the figures.
bool measure(SessionsPane *pane, Figures &f, const std::function<void()> &trigger)
{
    QSignalSpy refreshed(pane, &SessionsPane::sessionsRefreshed);
    StallMeter meter;
    meter.start();
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    trigger();
    if (!refreshed.wait(60000))
        return false;
    f.totalMs << double(timer.nsecsElapsed()) / 1e6;
    f.guiCpuMs << threadCpuMs() - cpu;
    QTest::qWait(50);
    meter.stop();
    f.guiMs << pane->lastApplyMs();
    f.stallMs << meter.worstMs();
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    DesktopFixture fixture;
    QString error;
    if (!fixture.start(desktopConfig(), &error)) {
        std::fprintf(stderr, "sessionsbench: %s\n", qPrintable(error));
        return 1;
    }
    fixture.window().resize(1280, 800);
    fixture.window().show();
    fixture.window().showPane(MainWindow::Sessions);
    SessionsPane *pane = fixture.window().sessionsPane();
    QSignalSpy first(pane, &SessionsPane::sessionsRefreshed);
    first.wait(10000);

    Database *db = fixture.services().database.get();
    auto inserting = QtConcurrent::run([db, count]() { return insertSessions(*db, count); });
    while (!inserting.isFinished())
        QTest::qWait(20);
    const QStringList ids = inserting.result();
    if (ids.size() != count)
        return 1;

    SessionStore *store = fixture.services().sessionStore.get();
    QVector<double> reads, readCpu;
    for (int i = 0; i < 5; ++i) {
        auto read = QtConcurrent::run([store]() {
            QElapsedTimer t;
            t.start();
            const double cpu = threadCpuMs();
            store->list(100000, nullptr);
            return qMakePair(double(t.nsecsElapsed()) / 1e6, threadCpuMs() - cpu);
        });
        while (!read.isFinished())
            QTest::qWait(5);
        reads << read.result().first;
        readCpu << read.result().second;
    }
    std::printf("read: %d rows from the database on a worker thread: median %.1f ms (worst %.1f), CPU median %.1f ms\n",
                count, Figures::median(reads), Figures::worst(reads), Figures::median(readCpu));

    Figures reload;
    for (int i = 0; i < 5; ++i)
        if (!measure(pane, reload, [pane]() { pane->reload(); }))
            return 2;
    reload.print("reload", pane->sessionModel()->rowCount());

    SessionEvents *events = fixture.services().sessionStore->events();
    Figures live;
    for (int i = 0; i < 5; ++i)
        if (!measure(pane, live, [events, ids]() { Q_EMIT events->changed(ids); }))
            return 3;
    live.print("live", pane->sessionModel()->rowCount());

    Figures update;
    for (int i = 0; i < 5; ++i) {
        const QStringList some = ids.mid(i * 1000, 1000);
        if (!measure(pane, update, [store, some]() {
                for (const QString &id : some)
                    store->recordActivity(id, 1, 0, 40);
            }))
            return 4;
    }
    update.print("update", pane->sessionModel()->rowCount());
    return 0;
}
