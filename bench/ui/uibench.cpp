// The longest stall of the window's event loop (a 10 ms timer's worst lateness) while a person's work goes on
// underneath, through the real panes over the app's real core:
//   uibench ingest FILES      FILES mixed documents (text, Markdown, HTML, CSV, JSON, PDF, DOCX, a few broken)
//                             dropped on the Documents pane, until the queue is idle
//   uibench stream GGUF       an answer of about 500 tokens from a GGUF model run in process (the `local`
//                             provider), asked and streamed in the Chat pane
//   uibench open TURNS        a conversation of TURNS turns opened in the Chat pane: time to its first paint
//   uibench metrics SECONDS   the Metrics pane shown while wrk sends about 5,000 requests/s to /liveness
//   uibench idle SECONDS      the process's CPU at idle over SECONDS each: no metrics history, the history
//                             sampling with the pane hidden, the pane shown; and the cost of one sample
// Prints one line per scenario. Not a test: figures depend on the machine.
#include "benchcorpus.h"
#include "chat/chatpane.h"
#include "chat/composer.h"
#include "chat/messagelist.h"
#include "chat/turnwidget.h"
#include "conversations/conversationstore.h"
#include "desktopfixture.h"
#include "documents/documentspane.h"
#include "metrics/metricshistory.h"
#include "metrics/metricspane.h"
#include "metrics/processmetrics.h"
#include "fixtures.h"
#include "rag/desktop/ingestqueue.h"
#include "stallmeter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <cstdio>

using namespace aistack;
using namespace aistack::test;

namespace {
void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

// FILES documents of every supported kind, sizes from 1 to 60 kB of real English text.
void makeMixedFolder(const QString &dir, int files)
{
    QDir().mkpath(dir);
    const QVector<QByteArray> texts = BenchCorpus::realText(files, 24 * 1024);
    for (int i = 0; i < files; ++i) {
        const QByteArray text = texts[i].left(1024 + (i * 7919) % (60 * 1024));
        const QString base = QStringLiteral("%1/doc%2").arg(dir).arg(i, 4, 10, QLatin1Char('0'));
        switch (i % 20) {
        case 0:
        case 1:
            write(base + QStringLiteral(".pdf"), makePdf({QString::fromUtf8(text.left(2500)), QString::fromUtf8(text.mid(2500, 2500))}));
            break;
        case 2:
            write(base + QStringLiteral(".docx"), makeDocx(QStringLiteral("Report %1").arg(i), QStringLiteral("Findings"),
                                                         QString::fromUtf8(text).split(QStringLiteral("\n\n")), {}));
            break;
        case 3:
        case 4:
            write(base + QStringLiteral(".html"), "<html><head><title>Page</title></head><body><h1>Page</h1><p>" +
                                                      QString::fromUtf8(text).toHtmlEscaped().toUtf8() + "</p></body></html>");
            break;
        case 5:
            write(base + QStringLiteral(".csv"), "id,text\n1,\"" + text.left(4000).replace('"', '\'') + "\"\n");
            break;
        case 6:
            write(base + QStringLiteral(".json"), "{\"title\":\"doc\",\"body\":\"" +
                                                      text.left(4000).replace('"', '\'').replace('\\', '/').replace('\n', ' ') + "\"}");
            break;
        case 7:
        case 8:
        case 9:
            write(base + QStringLiteral(".md"), "# Document " + QByteArray::number(i) + "\n\n" + text);
            break;
        case 10:
            if (i % 100 == 10) { // a few broken files among them
                write(base + QStringLiteral(".pdf"), "%PDF-1.4 broken");
                break;
            }
            Q_FALLTHROUGH();
        default:
            write(base + QStringLiteral(".txt"), text);
        }
    }
}

// Waits for done; says so when it never came (the figure printed after it is then meaningless).
void waitFor(const std::function<bool()> &done, int timeoutMs, const char *what)
{
    if (!QTest::qWaitFor(done, timeoutMs))
        std::fprintf(stderr, "uibench: timed out waiting for %s\n", what);
}

bool start(DesktopFixture &app, const QByteArray &extra = {})
{
    QString error;
    if (!app.start(desktopConfig(extra), &error)) {
        std::fprintf(stderr, "uibench: %s\n", qPrintable(error));
        return false;
    }
    return true;
}

int ingest(int files)
{
    DesktopFixture app;
    if (!start(app))
        return 1;
    const QString folder = app.path(QStringLiteral("mixed"));
    makeMixedFolder(folder, files);
    app.window().showPane(MainWindow::Documents);
    QTest::qWait(300);
    StallMeter meter;
    bool idle = false;
    IngestProgress last;
    QObject::connect(app.services().ingestQueue.get(), &IngestQueue::idle, &meter, [&](const IngestProgress &p) {
        idle = true;
        last = p;
    });
    QElapsedTimer clock;
    meter.start();
    clock.start();
    app.window().documentsPane()->addPaths({folder});
    waitFor([&]() { return idle; }, 600000, "the scenario");
    const double seconds = clock.elapsed() / 1000.0;
    meter.stop();
    std::printf("ingest: %d mixed files (%d failed), %lld chunks in %.1f s (%.0f chunks/s) with the Documents pane "
                "shown: worst stall %.1f ms, p99 %.1f ms over %d ticks\n",
                last.filesTotal, last.filesFailed, last.chunksDone, seconds, double(last.chunksDone) / seconds,
                meter.worstMs(), meter.percentileMs(0.99), meter.ticks());
    return 0;
}

int stream(const QString &model)
{
    DesktopFixture app;
    QByteArray config = desktopConfig();
    config.replace(
        "    - name: general\n      role: Answer general questions\n      kind: prompt\n",
        QByteArray(
            "    - name: general\n      role: Answer general questions\n      kind: prompt\n"
            "      ai_client:\n        provider: local\n        model: tiny-chat\n        model_path: " +
            model.toUtf8() + "\n        context_size: 560\n        temperature: 0\n        threads: 1\n"));
    QString error;
    if (!app.start(config, &error)) {
        std::fprintf(stderr, "uibench: %s\n", qPrintable(error));
        return 1;
    }
    ChatPane *chat = app.window().chatPane();
    app.window().showPane(MainWindow::Chat);
    QComboBox *models = chat->composer()->modelPicker();
    waitFor([&]() { return models->findText(QStringLiteral("local/tiny-chat")) >= 0; }, 10000, "the scenario");
    models->setCurrentIndex(models->findText(QStringLiteral("local/tiny-chat")));
    chat->composer()->useDocuments()->setChecked(false);
    StallMeter meter;
    bool finished = false;
    QObject::connect(chat, &ChatPane::answerFinished, &meter, [&]() { finished = true; });
    QElapsedTimer clock;
    meter.start();
    clock.start();
    chat->ask(QStringLiteral("Tell me a story about the pump station"));
    waitFor([&]() { return finished; }, 600000, "the scenario");
    const double seconds = clock.elapsed() / 1000.0;
    meter.stop();
    waitFor([&]() { return chat->messages()->widgetAt(0) && chat->messages()->widgetAt(0)->turn().turnId > 0; }, 10000, "the scenario");
    const TurnView t = chat->messages()->turnAt(0);
    std::printf("stream: %d tokens (%s) in %.1f s from the in-process model, %.1f tokens/s: worst stall %.1f ms, "
                "p99 %.1f ms over %d ticks\n",
                t.details.outputTokens, t.details.tokensEstimated ? "estimated" : "counted", seconds,
                t.details.tokensPerSecond(), meter.worstMs(), meter.percentileMs(0.99), meter.ticks());
    return 0;
}

int open(int turns)
{
    DesktopFixture app;
    if (!start(app))
        return 1;
    ConversationStore &store = *app.services().conversations;
    const QString id = QStringLiteral("0197a3c4-5d6e-7f80-9123-456789abcdef");
    std::atomic<int> committed{0};
    for (int i = 0; i < turns; ++i) {
        ConversationTurn t;
        t.userMessage = QStringLiteral("Question %1: how do I check the oil level of pump P-%2?").arg(i).arg(100 + i % 7);
        t.assistantMessage = QStringLiteral(
            "Check the **sight glass** before the first start of the day:\n\n1. Stop the pump.\n2. Read the level.\n"
            "3. Top it up with ISO VG 46 oil when it is below the middle.\n\n```sh\npumpctl oil --check P-%1\n```\n\n"
            "The level must stay between the marks; see *Daily checks* in the handbook.")
                                 .arg(100 + i % 7);
        t.systemPrompt = QStringLiteral("You are a helpful assistant");
        t.model = QStringLiteral("extractive");
        t.provider = QStringLiteral("builtin");
        store.recordTurn(id, QStringLiteral("00000000-0000-0000-0000-000"), t, i == 0,
                         [&committed](const QString &e) { committed += e.isEmpty() ? 1 : 0; });
    }
    waitFor([&]() { return committed.load() == turns; }, 120000, "the scenario");
    ChatPane *chat = app.window().chatPane();
    app.window().showPane(MainWindow::Chat);
    QTest::qWait(300);
    StallMeter meter;
    bool shown = false;
    qint64 shownAt = -1, paintedAt = -1;
    QElapsedTimer clock;
    struct PaintWatch : QObject
    {
        std::function<void()> onPaint;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint && onPaint)
                onPaint();
            return false;
        }
    } watch;
    watch.onPaint = [&]() {
        if (shown && paintedAt < 0)
            paintedAt = clock.elapsed();
    };
    chat->messages()->widget()->installEventFilter(&watch); // the messages, inside the scroll area
    QObject::connect(chat, &ChatPane::conversationShown, &meter, [&](const QString &, int n) {
        if (n == turns) {
            shown = true;
            shownAt = clock.elapsed();
        }
    });
    meter.start();
    clock.start();
    chat->openConversation(id);
    waitFor([&]() { return paintedAt >= 0; }, 60000, "the scenario");
    waitFor([&]() { return !chat->messages()->isBuilding(); }, 60000, "the scenario");
    const qint64 pageAt = clock.elapsed();
    QTest::qWait(200);
    meter.stop();
    std::printf("open: a %d-turn conversation on screen in %lld ms (its turns read in %lld ms, the whole first page "
                "of %d turns laid out in %lld ms): worst stall %.1f ms, p99 %.1f ms over %d ticks\n",
                turns, paintedAt, shownAt, chat->messages()->turnCount() - chat->messages()->firstShown(), pageAt,
                meter.worstMs(), meter.percentileMs(0.99), meter.ticks());
    return 0;
}
} // namespace

// wrk on /liveness for `seconds`, paced to about `rate` requests/s (each of 50 connections waits 50000/rate ms
// between requests), while the stall meter runs; returns wrk's requests/s.
QString loadAndMeasure(DesktopFixture &app, int seconds, int rate, StallMeter &meter)
{
    const QString script = app.path(QStringLiteral("pace.lua"));
    write(script, "function delay() return " + QByteArray::number(qMax(1, 50000 / rate)) + " end\n");
    QProcess wrk;
    wrk.start(QStringLiteral("wrk"), {QStringLiteral("-t1"), QStringLiteral("-c50"), QStringLiteral("-d%1s").arg(seconds),
                                      QStringLiteral("-s"), script,
                                      QStringLiteral("http://127.0.0.1:%1/liveness").arg(app.port())});
    if (!wrk.waitForStarted()) {
        std::fprintf(stderr, "uibench: wrk did not start (apt-get install wrk)\n");
        return QStringLiteral("?");
    }
    meter.start();
    waitFor([&]() { return wrk.state() == QProcess::NotRunning; }, (seconds + 30) * 1000, "wrk");
    meter.stop();
    const QString out = QString::fromUtf8(wrk.readAllStandardOutput());
    const QRegularExpressionMatch rps = QRegularExpression(QStringLiteral("Requests/sec:\\s*([0-9.]+)")).match(out);
    return rps.hasMatch() ? rps.captured(1) : QStringLiteral("?");
}

int metrics(int seconds, int rate)
{
    DesktopFixture app;
    if (!start(app))
        return 1;
    app.window().resize(1280, 800);
    MetricsPane *pane = app.window().metricsPane();
    MetricsHistory *history = app.services().metricsHistory();
    // The same load with another pane shown (the window's own cost), then with the Metrics pane.
    app.window().showPane(MainWindow::Server);
    QTest::qWait(1500);
    StallMeter before;
    const QString rpsBefore = loadAndMeasure(app, seconds, rate, before);
    std::printf("metrics: Server pane shown under %s requests/s on /liveness for %d s: worst stall %.1f ms, p99 "
                "%.1f ms over %d ticks\n",
                qPrintable(rpsBefore), seconds, before.worstMs(), before.percentileMs(0.99), before.ticks());
    app.window().showPane(MainWindow::Metrics);
    QTest::qWait(1500);
    StallMeter meter;
    const int refreshes = pane->refreshCount();
    const QString rps = loadAndMeasure(app, seconds, rate, meter);
    std::printf("metrics: Metrics pane shown under %s requests/s on /liveness for %d s (%d redraws): worst stall "
                "%.1f ms, p99 %.1f ms over %d ticks\n",
                qPrintable(rps), seconds, pane->refreshCount() - refreshes, meter.worstMs(), meter.percentileMs(0.99),
                meter.ticks());
    // One sample with the pane's redraw (both windows), timed.
    for (int window : {300, 3600}) {
        pane->setWindowSeconds(window);
        double worst = 0, total = 0;
        const int n = 20;
        for (int i = 0; i < n; ++i) {
            QElapsedTimer clock;
            clock.start();
            history->sample(); // the pane redraws on it, in this call
            pane->repaint();   // and paints every chart whole (more than the once-a-second update does)
            const double ms = clock.nsecsElapsed() / 1e6;
            worst = qMax(worst, ms);
            total += ms;
        }
        std::printf("metrics: one sample, redraw and full repaint of the %s window: %.2f ms mean, %.2f ms worst\n",
                    window == 300 ? "5 min" : "1 h", total / n, worst);
    }
    return 0;
}

// CPU of the whole process (seconds of CPU per second of wall time, in %) while the event loop runs idle.
double idleCpu(int seconds)
{
    const double before = ProcessMetrics::usage().cpuSeconds;
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(seconds * 1000);
    return (ProcessMetrics::usage().cpuSeconds - before) / (clock.elapsed() / 1000.0) * 100.0;
}

int idle(int seconds)
{
    DesktopFixture app;
    if (!start(app))
        return 1;
    app.window().resize(1280, 800);
    MetricsHistory *history = app.services().metricsHistory();
    QTest::qWait(3000); // start-up work settles
    history->setActive(false);
    app.window().showPane(MainWindow::Chat);
    const double none = idleCpu(seconds);
    history->setActive(true);
    const double hidden = idleCpu(seconds);
    // One sample alone (the pane hidden, so nothing is drawn), timed over many.
    QElapsedTimer clock;
    clock.start();
    const int n = 2000;
    for (int i = 0; i < n; ++i)
        history->sample();
    const double sampleUs = clock.nsecsElapsed() / 1e3 / n;
    app.window().showPane(MainWindow::Metrics);
    const double shown = idleCpu(seconds);
    std::printf("idle: process CPU over %d s each: %.3f %% without the metrics history, %.3f %% with it sampling "
                "(pane hidden), %.3f %% with the Metrics pane shown; one sample takes %.1f us (%.4f %% of a core "
                "at 1 Hz)\n",
                seconds, none, hidden, shown, sampleUs, sampleUs / 1e6 * 100.0);
    return 0;
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() >= 3 && a[1] == QLatin1String("ingest"))
        return ingest(a[2].toInt());
    if (a.size() >= 3 && a[1] == QLatin1String("stream"))
        return stream(a[2]);
    if (a.size() >= 3 && a[1] == QLatin1String("open"))
        return open(a[2].toInt());
    if (a.size() >= 3 && a[1] == QLatin1String("metrics"))
        return metrics(a[2].toInt(), a.size() >= 4 ? a[3].toInt() : 5000);
    if (a.size() >= 3 && a[1] == QLatin1String("idle"))
        return idle(a[2].toInt());
    std::fprintf(stderr, "usage: uibench ingest FILES | stream GGUF | open TURNS | metrics SECONDS [RATE] | idle SECONDS\n");
    return 2;
}
