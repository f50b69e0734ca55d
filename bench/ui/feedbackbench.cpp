// The Feedback pane with many rows, through the real pane over the app's real core (SQLite):
//   feedbackbench ROWS   ROWS feedback rows in the database, then: the pane's load (time until the table holds
//                        them, the longest stall of the window meanwhile), a search typed into the filter, a sort
//                        by question, and 200 more thumbs committed from the pool while the pane is shown.
// Prints one line per step. Not a test: figures depend on the machine.
#include "desktopfixture.h"
#include "feedbackrows.h"
#include "feedback/feedbackmodel.h"
#include "feedback/feedbackpane.h"
#include "feedback/feedbackproxymodel.h"
#include "feedback/feedbackstore.h"
#include "stallmeter.h"
#include "storage/database.h"

#include <QApplication>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUuid>
#include <QtConcurrent>
#include <cstdio>

using namespace aistack;
using namespace aistack::test;

namespace {
QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int run(int rows)
{
    DesktopFixture app;
    QString error;
    if (!app.start(desktopConfig(), &error)) {
        std::fprintf(stderr, "feedbackbench: %s\n", qPrintable(error));
        return 1;
    }
    Database *db = app.services().database.get();
    QFuture<QString> filled = QtConcurrent::run(
        [db, rows]() { return writeFeedbackRows(db, rows, QStringLiteral("user-"), 40, QStringLiteral("b2cb8dfb0a03")); });
    (void)QTest::qWaitFor([&]() { return filled.isFinished(); }, 300000);
    if (!filled.result().isEmpty()) {
        std::fprintf(stderr, "feedbackbench: %s\n", qPrintable(filled.result()));
        return 1;
    }
    app.window().resize(1280, 800);
    app.window().show();
    app.window().showPane(MainWindow::Feedback);
    FeedbackPane *pane = app.window().feedbackPane();
    QTest::qWait(300);

    StallMeter meter;
    QElapsedTimer clock;
    bool loaded = false;
    QObject::connect(pane, &FeedbackPane::loaded, &meter, [&]() { loaded = true; });
    meter.start();
    clock.start();
    pane->reload();
    (void)QTest::qWaitFor([&]() { return loaded; }, 120000);
    const qint64 loadMs = clock.elapsed();
    QTest::qWait(200);
    meter.stop();
    std::printf("load: %d rows in the table in %lld ms: worst stall %.1f ms, p99 %.1f ms over %d ticks\n",
                pane->model()->rowCount(), loadMs, meter.worstMs(), meter.percentileMs(0.99), meter.ticks());

    clock.start();
    pane->searchEdit()->setText(QStringLiteral("pump P-42?"));
    const qint64 searchMs = clock.elapsed();
    const int matched = pane->proxy()->rowCount();
    clock.start();
    pane->searchEdit()->clear();
    const qint64 clearMs = clock.elapsed();
    clock.start();
    pane->table()->sortByColumn(FeedbackModel::Question, Qt::AscendingOrder);
    const qint64 sortMs = clock.elapsed();
    std::printf("filter: a search (%d rows match) in %lld ms, cleared in %lld ms; sort by question in %lld ms\n",
                matched, searchMs, clearMs, sortMs);

    const int live = 200;
    const int before = pane->model()->rowCount();
    FeedbackStore *store = app.services().feedback.get();
    meter.start();
    clock.start();
    QFuture<void> thumbs = QtConcurrent::run([store]() {
        for (int i = 0; i < live; ++i) {
            FeedbackEntry e;
            e.userId = QStringLiteral("live-user");
            e.conversationId = uuid();
            e.userQuestion = QStringLiteral("Live question %1").arg(i);
            e.llmResponse = QStringLiteral("Live answer");
            e.sentiment = i % 2 ? 1 : -1;
            QString error;
            store->store(e, &error);
        }
    });
    (void)QTest::qWaitFor([&]() { return pane->model()->rowCount() == before + live; }, 120000);
    const qint64 liveMs = clock.elapsed();
    QTest::qWait(200);
    meter.stop();
    thumbs.waitForFinished();
    std::printf("live: %d thumbs committed from the pool, all in the table after %lld ms: worst stall %.1f ms, "
                "p99 %.1f ms over %d ticks\n",
                live, liveMs, meter.worstMs(), meter.percentileMs(0.99), meter.ticks());
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() >= 2)
        return run(a[1].toInt());
    std::fprintf(stderr, "usage: feedbackbench ROWS\n");
    return 2;
}
