// The Feedback pane with many rows, through the real pane over the app's real core (SQLite):
//   feedbackbench ROWS   ROWS feedback rows in the database, then: the pane's load (time until the table holds
//                        them, the longest stall of the window meanwhile), a search typed into the filter, a sort
//                        by question, and 200 more thumbs committed from the pool while the pane is shown.
// Prints one line per step. Not a test: figures depend on the machine.
#include "desktopfixture.h"
#include "feedback/feedbackmodel.h"
#include "feedback/feedbackpane.h"
#include "feedback/feedbackproxymodel.h"
#include "feedback/feedbackstore.h"
#include "stallmeter.h"
#include "storage/database.h"

#include <QApplication>
#include <QLineEdit>
#include <QSqlError>
#include <QSqlQuery>
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

QString fill(Database *database, int rows)
{
    QSqlDatabase db = database->connection();
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO feedback (id, user_id, created_at, conversation_id, user_question, "
                             "llm_response, sentiment, user_feedback, categories, config_id) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, 'b2cb8dfb0a03')"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-60);
    for (int i = 0; i < rows; ++i) {
        q.addBindValue(uuid());
        q.addBindValue(QStringLiteral("user-%1").arg(i % 40));
        q.addBindValue(start.addSecs(i * 37));
        q.addBindValue(uuid());
        q.addBindValue(QStringLiteral("Question %1: how do I check the oil level of pump P-%2?").arg(i).arg(i % 90));
        q.addBindValue(QStringLiteral("Check the **sight glass** before the first start of the day:\n\n1. Stop the "
                                      "pump.\n2. Read the level.\n3. Top it up with ISO VG 46 oil (answer %1).")
                           .arg(i));
        q.addBindValue(i % 3 ? -1 : 1);
        q.addBindValue(i % 4 ? QVariant(QStringLiteral("Comment %1, with a comma").arg(i)) : QVariant());
        q.addBindValue(i % 2 ? QStringLiteral("[\"incorrect\"]") : QStringLiteral("[\"incomplete\",\"other\"]"));
        if (!q.exec())
            return q.lastError().text();
    }
    return db.commit() ? QString() : db.lastError().text();
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
    QFuture<QString> filled = QtConcurrent::run([db, rows]() { return fill(db, rows); });
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
    pane->searchEdit()->setText(QStringLiteral("P-42"));
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
