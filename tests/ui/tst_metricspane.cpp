// The Metrics pane over the app's real core and real server: the request charts grow while a client sends
// requests over TCP (by protocol and by status class), nothing is drawn while the pane is hidden or paused,
// /metrics shows the same families and labels with the pane open or closed, the CSV export holds the visible
// points, the percentiles follow Prometheus' histogram_quantile, and the pane works from the keyboard alone.
#include "desktoptesthelpers.h"
#include "metrics/metricschart.h"
#include "metrics/metricshistory.h"
#include "metrics/metricsregistry.h"
#include "metrics/metricspane.h"
#include "metrics/metricswindow.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QToolButton>
#include <cmath>
#include <limits>

using namespace aistack;
using namespace aistack::test;

namespace {
// The number of events a rate line stands for: its points' per-second rates times their steps.
double eventsIn(QLineSeries *line)
{
    const QList<QPointF> points = line->points();
    double events = 0;
    for (int i = 1; i < points.size(); ++i)
        events += points[i].y() * (points[i].x() - points[i - 1].x()) / 1000.0;
    return events;
}

// /metrics without its values: the families and label sets it shows.
QStringList metricsShape(const QByteArray &text)
{
    QStringList shape;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty())
            continue;
        shape << QString::fromUtf8(line.startsWith('#') ? line : line.left(line.lastIndexOf(' ')));
    }
    return shape;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    for (const auto &[role, color] : {std::make_pair(QPalette::Window, window), std::make_pair(QPalette::WindowText, text),
                                      std::make_pair(QPalette::Base, base), std::make_pair(QPalette::Text, text),
                                      std::make_pair(QPalette::Button, window), std::make_pair(QPalette::ButtonText, text),
                                      std::make_pair(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4)),
                                      std::make_pair(QPalette::Mid, QColor(0x44, 0x46, 0x4a)),
                                      std::make_pair(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40))})
        p.setColor(role, color);
    return p;
}
} // namespace

class TstMetricsPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<DesktopFixture> m_app;

    MetricsPane *pane() { return m_app->window().metricsPane(); }
    MetricsHistory *history() { return m_app->services().metricsHistory(); }
    QLineSeries *line(MetricsPane::Chart chart, int i) { return pane()->chart(chart)->line(i); }
    quint16 port() { return m_app->port(); }

private Q_SLOTS:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("blocking call on the GUI thread")));
        m_app = std::make_unique<DesktopFixture>();
        QString error;
        QVERIFY2(m_app->start(desktopConfig(), &error), qPrintable(error));
        m_app->window().showPane(MainWindow::Metrics);
        QVERIFY(pane()->isVisible());
    }

    void init()
    {
        pane()->setPaused(false);
        m_app->window().showPane(MainWindow::Metrics);
    }

    void theRequestChartsGrowWhileAClientSendsRequests()
    {
        QTRY_VERIFY(history()->size() >= 2);
        const double lightspeedBefore = eventsIn(line(MetricsPane::Protocols, 1));
        const double kissBefore = eventsIn(line(MetricsPane::Protocols, 0));
        const double clientErrorsBefore = eventsIn(line(MetricsPane::Statuses, 1));
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(apiCall(port(), "GET", "/v1/info").status, 200); // Lightspeed
            QCoreApplication::processEvents();
        }
        for (int i = 0; i < 5; ++i) // KISS, refused: no credentials
            QVERIFY(apiCall(port(), "POST", "/sessions", "{}").status >= 400);
        QCOMPARE(apiCall(port(), "GET", "/no-such-route").status, 404); // other
        // The next samples show them: counted per protocol and per status class, in the series' points.
        QTRY_VERIFY_WITH_TIMEOUT(eventsIn(line(MetricsPane::Protocols, 1)) - lightspeedBefore >= 20 - 0.01, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(eventsIn(line(MetricsPane::Protocols, 0)) - kissBefore >= 5 - 0.01, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(eventsIn(line(MetricsPane::Statuses, 1)) - clientErrorsBefore >= 6 - 0.01, 5000);
        QVERIFY(eventsIn(line(MetricsPane::Protocols, 2)) >= 1 - 0.01);
        // Response times were observed: the percentile lines have points and the title says p95.
        QVERIFY(!line(MetricsPane::Latency, 0)->points().isEmpty());
        QVERIFY2(pane()->chart(MetricsPane::Latency)->chart()->title().contains(QStringLiteral("p95")),
                 qPrintable(pane()->chart(MetricsPane::Latency)->chart()->title()));
        QVERIFY(pane()->chart(MetricsPane::Protocols)->chart()->title().startsWith(QStringLiteral("Requests: ")));
        // Memory and CPU of the process are drawn too.
        QVERIFY(!line(MetricsPane::Memory, 0)->points().isEmpty());
        QVERIFY(line(MetricsPane::Memory, 0)->points().last().y() > 1); // MiB
    }

    void nothingIsDrawnWhileThePaneIsHidden()
    {
        QTRY_VERIFY(pane()->refreshCount() > 0);
        m_app->window().showPane(MainWindow::Chat);
        QVERIFY(!pane()->isVisible());
        const int refreshes = pane()->refreshCount();
        const QList<QPointF> points = line(MetricsPane::Protocols, 1)->points();
        const qint64 samples = history()->samplesTaken();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(apiCall(port(), "GET", "/v1/info").status, 200);
        QTest::qWait(2300);
        QCOMPARE(pane()->refreshCount(), refreshes);
        QCOMPARE(line(MetricsPane::Protocols, 1)->points(), points);
        // The history goes on (once a second), so the 1 h window is whole when the pane opens again.
        QVERIFY(history()->samplesTaken() >= samples + 2);
        m_app->window().showPane(MainWindow::Metrics);
        QVERIFY(pane()->refreshCount() > refreshes); // drawn at once on showing
        QTRY_VERIFY_WITH_TIMEOUT(eventsIn(line(MetricsPane::Protocols, 1)) > 0, 3000);
    }

    void metricsOutputIsTheSameWithThePaneOpenOrClosed()
    {
        m_app->window().showPane(MainWindow::Chat);
        apiCall(port(), "GET", "/metrics"); // its own series exist from here on
        const QByteArray closed = apiCall(port(), "GET", "/metrics").body;
        m_app->window().showPane(MainWindow::Metrics);
        QTest::qWait(2200); // samples taken and drawn
        const QByteArray open = apiCall(port(), "GET", "/metrics").body;
        QVERIFY(closed.contains("aistack_http_requests_total"));
        QCOMPARE(metricsShape(open), metricsShape(closed));
    }

    void pauseStopsTheUpdates()
    {
        QTRY_VERIFY(pane()->refreshCount() > 0);
        pane()->setFocus();
        QTest::keyClick(pane(), Qt::Key_Space);
        QVERIFY(pane()->isPaused());
        auto *pause = pane()->findChild<QPushButton *>(QStringLiteral("pauseButton"));
        QCOMPARE(pause->text(), QStringLiteral("&Resume"));
        const int refreshes = pane()->refreshCount();
        const QList<QPointF> points = line(MetricsPane::Memory, 0)->points();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(apiCall(port(), "GET", "/v1/info").status, 200);
        QTest::qWait(2300);
        QCOMPARE(pane()->refreshCount(), refreshes);
        QCOMPARE(line(MetricsPane::Memory, 0)->points(), points);
        QTest::keyClick(pane(), Qt::Key_Space);
        QVERIFY(!pane()->isPaused());
        QCOMPARE(pause->text(), QStringLiteral("&Pause"));
        QTRY_VERIFY_WITH_TIMEOUT(line(MetricsPane::Memory, 0)->points() != points, 3000);
    }

    void csvExportHoldsTheVisibleSeries()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(apiCall(port(), "GET", "/v1/info").status, 200);
        QTest::qWait(1200);
        pane()->setPaused(true); // what is on screen stays put while it is written
        const QString path = m_app->path(QStringLiteral("metrics.csv"));
        const QString error = written(pane()->exportCsv(path));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = f.readAll().trimmed().split('\n');
        const QList<QByteArray> header = rows.first().split(',');
        QCOMPARE(header.first(), QByteArray("time"));
        QVERIFY(header.contains("Requests by protocol: Lightspeed (per second)"));
        QVERIFY(header.contains("Memory: Resident (MiB)"));
        int lines = 0;
        for (int c = 0; c < MetricsPane::ChartCount; ++c)
            lines += pane()->chart(MetricsPane::Chart(c))->lineCount();
        QCOMPARE(int(header.size()), 1 + lines);
        // One row per point of the (never empty) rate lines; the values are the points'.
        QLineSeries *lightspeed = line(MetricsPane::Protocols, 1);
        QCOMPARE(int(rows.size()) - 1, lightspeed->count());
        const int column = int(header.indexOf("Requests by protocol: Lightspeed (per second)"));
        const QList<QByteArray> last = rows.last().split(',');
        QCOMPARE(int(last.size()), int(header.size()));
        QVERIFY(QDateTime::fromString(QString::fromLatin1(last.first()), Qt::ISODate).isValid());
        QCOMPARE(QDateTime::fromString(QString::fromLatin1(last.first()), Qt::ISODate).toMSecsSinceEpoch(),
                 qint64(lightspeed->points().last().x()) / 1000 * 1000);
        QVERIFY(qAbs(last.at(column).toDouble() - lightspeed->points().last().y()) < 1e-6);
        const QString refused = written(pane()->exportCsv(m_app->path(QStringLiteral("no-such-dir/metrics.csv"))));
        QVERIFY2(refused.contains(QStringLiteral("cannot be written")), qPrintable(refused));
        pane()->setPaused(false);
    }

    void exportFromTheKeyboard()
    {
        m_app->window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_app->window()));
        const QString path = m_app->path(QStringLiteral("keyboard.csv"));
        answerNextDialog([&](QWidget *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            QVERIFY(files);
            files->selectFile(path);
            static_cast<QDialog *>(files)->accept();
        });
        QTest::keyClick(pane(), Qt::Key_E, Qt::AltModifier); // Export CSV…
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 5000);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("time,Requests by protocol: KISS (per second),"));
        m_app->window().activateWindow(); // the offscreen platform does not give it back after a dialog
        QVERIFY(QTest::qWaitForWindowActive(&m_app->window()));
    }

    void theHourWindowShowsTenSecondSteps()
    {
        pane()->setWindowSeconds(3600);
        QLineSeries *memory = line(MetricsPane::Memory, 0);
        QVERIFY(memory->count() >= 1);
        QVERIFY(memory->count() <= 361);
        const auto *axis = pane()->chart(MetricsPane::Memory)->chart()->axes(Qt::Horizontal).first();
        QVERIFY(axis);
        pane()->setWindowSeconds(300);
        QVERIFY(memory->count() <= 301);
    }

    void timeToFirstTokenAndQueueWaitAreChartedPerModel()
    {
        // Two models' calls as the instrumented providers record them, in the registry /metrics renders.
        MetricsRegistry *registry = m_app->services().metricsRegistry();
        Histogram *firstToken = registry->histogram(QStringLiteral("aistack_llm_time_to_first_token_seconds"), {},
                                                    {QStringLiteral("provider"), QStringLiteral("model")});
        Histogram *queueWait = registry->histogram(QStringLiteral("aistack_llm_queue_wait_seconds"), {},
                                                   {QStringLiteral("provider"), QStringLiteral("model")});
        for (int i = 0; i < 10; ++i) {
            firstToken->observe(0.02, {QStringLiteral("local"), QStringLiteral("fast")});
            firstToken->observe(3.0, {QStringLiteral("openai"), QStringLiteral("slow")});
            queueWait->observe(1.5, {QStringLiteral("local"), QStringLiteral("fast")});
        }
        QComboBox *picker = pane()->modelPicker();
        QTRY_COMPARE_WITH_TIMEOUT(picker->count(), 2, 3000);
        QCOMPARE(picker->itemText(0), QStringLiteral("local/fast"));
        QCOMPARE(picker->itemText(1), QStringLiteral("openai/slow"));
        QTest::qWait(1100); // a step with the observations in it
        MetricsChart *ttft = pane()->chart(MetricsPane::FirstToken);
        MetricsChart *queue = pane()->chart(MetricsPane::QueueWait);
        picker->setCurrentIndex(0);
        QVERIFY2(ttft->chart()->title().contains(QStringLiteral(" ms")), qPrintable(ttft->chart()->title()));
        // 1.5 s lies in the (1 s, 2.5 s] bucket: its p95 is interpolated there, as histogram_quantile does.
        QCOMPARE(queue->chart()->title(), QStringLiteral("Queue wait p95: 2.42 s"));
        QVERIFY(!ttft->line(0)->points().isEmpty());
        QVERIFY(ttft->line(0)->points().last().y() < 25); // ms
        picker->setCurrentIndex(1);
        QVERIFY2(ttft->chart()->title().contains(QStringLiteral(" s")), qPrintable(ttft->chart()->title()));
        QVERIFY(ttft->line(1)->points().last().y() > 2000); // p95 of 3 s calls, in ms
        QVERIFY2(queue->chart()->title().contains(QStringLiteral("none")), qPrintable(queue->chart()->title()));
        QVERIFY(queue->line(0)->points().isEmpty());
    }

    void percentilesFollowHistogramQuantile()
    {
        const double inf = std::numeric_limits<double>::infinity();
        const QVector<double> bounds{0.1, 0.5, 1.0, inf};
        QCOMPARE(MetricsWindow::histogramQuantile(bounds, {10, 0, 0, 0}, 0.5), 0.05);
        QCOMPARE(MetricsWindow::histogramQuantile(bounds, {0, 10, 10, 0}, 0.5), 0.5);
        QCOMPARE(MetricsWindow::histogramQuantile(bounds, {0, 0, 0, 4}, 0.99), 1.0); // +Inf: the highest bound
        QVERIFY(std::isnan(MetricsWindow::histogramQuantile(bounds, {0, 0, 0, 0}, 0.5)));
    }

    void everyControlIsNamedAndReachableByKeyboard()
    {
        QCOMPARE(unnamedControls(pane()), QStringList());
        m_app->window().activateWindow(); // shortcuts and mnemonics go to the active window
        QVERIFY(QTest::qWaitForWindowActive(&m_app->window()));
        auto *five = pane()->findChild<QToolButton *>(QStringLiteral("fiveMinutesButton"));
        auto *hour = pane()->findChild<QToolButton *>(QStringLiteral("hourButton"));
        auto *exportButton = pane()->findChild<QPushButton *>(QStringLiteral("exportButton"));
        auto *pause = pane()->findChild<QPushButton *>(QStringLiteral("pauseButton"));
        QVERIFY(five && hour && exportButton && pause);
        // The window toggle is one stop (arrows move inside it, Space picks); Tab walks the bar.
        five->setFocus();
        QTRY_VERIFY(five->hasFocus());
        QTest::keyClick(five, Qt::Key_Right);
        QVERIFY(hour->hasFocus());
        QTest::keyClick(hour, Qt::Key_Space);
        QCOMPARE(pane()->windowSeconds(), 3600);
        QTest::keyClick(hour, Qt::Key_Left);
        QVERIFY(five->hasFocus());
        QTest::keyClick(five, Qt::Key_Space);
        QCOMPARE(pane()->windowSeconds(), 300);
        const QList<QWidget *> order{pane()->modelPicker(), pause, exportButton};
        for (QWidget *next : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), next);
        }
        // Mnemonics switch the window; Space on the focused button activates it.
        QTest::keyClick(pane(), Qt::Key_H, Qt::AltModifier);
        QTRY_COMPARE(pane()->windowSeconds(), 3600); // a mnemonic clicks after the button's press animation
        QTest::keyClick(pane(), Qt::Key_5, Qt::AltModifier);
        QTRY_COMPARE(pane()->windowSeconds(), 300);
        pause->setFocus();
        QTest::keyClick(pause, Qt::Key_Space);
        QVERIFY(pane()->isPaused());
        QTest::keyClick(pane(), Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(!pane()->isPaused());
        // Ctrl+7 opens the pane with the focus in it, where Space pauses.
        m_app->window().showPane(MainWindow::Chat);
        QTest::keyClick(&m_app->window(), Qt::Key_7, Qt::ControlModifier);
        QVERIFY(pane()->isVisible());
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : pane(), Qt::Key_Space);
        QVERIFY(pane()->isPaused());
        pane()->setPaused(false);
        for (int c = 0; c < MetricsPane::ChartCount; ++c)
            QVERIFY(!pane()->chart(MetricsPane::Chart(c))->accessibleName().isEmpty());
    }

    void picturesInLightAndDark()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        const QPalette light = QApplication::style()->standardPalette();
        for (int i = 0; i < 30; ++i)
            apiCall(port(), i % 3 ? "GET" : "POST", i % 3 ? "/v1/info" : "/sessions", "{}");
        QTest::qWait(1500);
        m_app->window().resize(1280, 800);
        for (const auto &[palette, suffix] : {std::make_pair(light, "light"), std::make_pair(darkPalette(), "dark")}) {
            QApplication::setPalette(palette);
            QTest::qWait(1200);
            const QImage shot = m_app->window().grab().toImage();
            const QString file = QDir(QCoreApplication::applicationDirPath())
                                     .filePath(QStringLiteral("metricspane-%1.png").arg(QLatin1String(suffix)));
            QVERIFY(shot.save(file));
            const QColor background = pane()->chart(MetricsPane::Memory)->chart()->backgroundBrush().color();
            QCOMPARE(background.lightness() < 128, QLatin1String(suffix) == QLatin1String("dark"));
        }
        QApplication::setPalette(light);
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(TstMetricsPane)
#include "tst_metricspane.moc"
