// The GUI shell on the same core as the app (the composition root's own object graph): panes, live server
// state, restart from the Server pane, a window that keeps repainting while the server is under load.
#include "desktopfixture.h"
#include "embeddedserver.h"
#include "httpclient.h"
#include "mainwindow.h"
#include "metrics/metricsfeed.h"
#include "server/hostingform.h"
#include "server/requestlogmodel.h"
#include "server/serverpane.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QtTest>
#include <atomic>

using namespace aistack;
using namespace aistack::test;

namespace {
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};
} // namespace

class TstMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<DesktopFixture> m_app;
    EmbeddedServer *m_server = nullptr;
    MainWindow *m_window = nullptr;

    quint16 port() const { return quint16(m_server->status().port); }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = std::make_unique<DesktopFixture>();
        QString error;
        QVERIFY2(m_app->start(desktopConfig(), &error), qPrintable(error));
        m_server = m_app->services().server.get();
        m_window = &m_app->window();
    }

    void init() { m_window->showPane(MainWindow::Server); }

    void sidebarListsEveryPane()
    {
        QStringList names;
        for (int i = 0; i < m_window->sidebar()->count(); ++i)
            names << m_window->sidebar()->item(i)->text();
        QCOMPARE(names,
                 QStringList({QStringLiteral("Server"), QStringLiteral("Stack"), QStringLiteral("Sessions"),
                              QStringLiteral("Documents"), QStringLiteral("Chat"), QStringLiteral("Feedback"),
                              QStringLiteral("Metrics")}));
        m_window->sidebar()->setCurrentRow(4);
        QCOMPARE(m_window->panes()->currentIndex(), 4);
        m_window->sidebar()->setCurrentRow(0);
        QCOMPARE(m_window->panes()->currentWidget(), m_window->serverPane());
    }

    void theServerPaneSamplesOnlyWhileItIsShown()
    {
        MetricsFeed *feed = m_window->serverPane()->feed();
        QVERIFY(feed->isActive());
        m_window->showPane(MainWindow::Chat);
        QVERIFY(!feed->isActive());
        QSignalSpy sampled(feed, &MetricsFeed::sampled);
        QTest::qWait(600);
        QCOMPARE(sampled.count(), 0);
        m_window->showPane(MainWindow::Server);
        QVERIFY(feed->isActive());
        QVERIFY(sampled.count() >= 1);
    }

    void statusBarAndPaneShowTheListeningAddress()
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port());
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("statusAddress"));
        QTRY_COMPARE(status->text(), QStringLiteral("Listening on ") + url);
        QCOMPARE(m_window->serverPane()->urlList()->item(0)->text(), url);
        QCOMPARE(m_window->serverPane()->findChild<QLabel *>(QStringLiteral("stateLabel"))->text(),
                 QStringLiteral("Listening"));
        // The bind fields show the port in use, not the configured 0 ("any free port").
        QCOMPARE(m_window->serverPane()->findChild<QSpinBox *>(QStringLiteral("portEdit"))->value(),
                 int(port()));
    }

    void requestsShowUpLiveInThePane()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(HttpClient::get(port(), "/v1/info").status, 200);
        QCOMPARE(HttpClient::get(port(), "/missing").status, 404);
        RequestLogModel *model = m_window->serverPane()->logModel();
        QTRY_VERIFY(model->rowCount() >= 6);
        QCOMPARE(model->index(0, RequestLogModel::Path).data().toString(),
                 QStringLiteral("/missing")); // newest first
        QCOMPARE(model->index(0, RequestLogModel::Status).data().toInt(), 404);
        auto *requests = m_window->serverPane()->findChild<QLabel *>(QStringLiteral("requestsLabel"));
        QTRY_VERIFY(requests->text().remove(QLatin1Char(',')).toInt() >= 6);
    }

    void screenshotIsNotBlank()
    {
        const QImage shot = m_window->grab().toImage();
        QVERIFY(!shot.isNull());
        const QString path =
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("mainwindow.png"));
        QVERIFY(shot.save(path));
        QSet<QRgb> colours;
        int nonBackground = 0;
        const QRgb corner = shot.pixel(0, 0);
        for (int y = 0; y < shot.height(); y += 3) {
            for (int x = 0; x < shot.width(); x += 3) {
                const QRgb p = shot.pixel(x, y);
                colours.insert(p);
                if (p != corner)
                    ++nonBackground;
            }
        }
        QVERIFY2(colours.size() > 20, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
        QVERIFY(nonBackground >
                (shot.width() / 3) * (shot.height() / 3) / 50); // text and widgets, not one flat fill
    }

    void windowKeepsRepaintingUnderLoad()
    {
        auto *requests = m_window->serverPane()->findChild<QLabel *>(QStringLiteral("requestsLabel"));
        PaintCounter counter;
        requests->installEventFilter(&counter);
        std::atomic<bool> stop{false};
        std::atomic<int> sent{0};
        const quint16 p = port();
        QList<QThread *> load;
        for (int t = 0; t < 2; ++t) {
            load << QThread::create([&stop, &sent, p]() {
                auto c = std::make_unique<HttpClient>(QStringLiteral("127.0.0.1"), p);
                while (!stop.load()) {
                    if (c->request("GET", "/liveness").status == 200)
                        ++sent;
                    else
                        c = std::make_unique<HttpClient>(QStringLiteral("127.0.0.1"), p);
                }
            });
            load.last()->start();
        }
        // While the load runs, the GUI thread's event loop keeps turning: timers fire and the
        // live counters repaint.
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0, worstGap = 0;
        int ticks = 0;
        QTimer tick;
        tick.setInterval(20);
        connect(&tick, &QTimer::timeout, this, [&]() {
            worstGap = qMax(worstGap, clock.elapsed() - last);
            last = clock.elapsed();
            ++ticks;
        });
        tick.start();
        QTest::qWait(3000);
        tick.stop();
        stop = true;
        for (QThread *t : load) {
            QVERIFY(t->wait(10000));
            delete t;
        }
        requests->removeEventFilter(&counter);
        QVERIFY2(sent.load() > 100, qPrintable(QStringLiteral("only %1 requests").arg(sent.load())));
        QVERIFY2(counter.paints >= 3, qPrintable(QStringLiteral("%1 repaints in 3 s").arg(counter.paints)));
        QVERIFY2(ticks >= 15, qPrintable(QStringLiteral("%1 timer ticks in 3 s").arg(ticks)));
        QVERIFY2(worstGap < 1500,
                 qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(worstGap)));
        QVERIFY(m_window->serverPane()->logModel()->rowCount() <=
                m_window->serverPane()->logModel()->maxRows());
    }

    void restartFromThePaneMovesToTheNewPort()
    {
        const quint16 oldPort = port();
        const quint16 newPort = freeLoopbackPort();
        ServerPane *pane = m_window->serverPane();
        QComboBox *bind = pane->hostingForm()->bindCombo();
        bind->setCurrentIndex(bind->findData(QStringLiteral("127.0.0.1")));
        pane->findChild<QSpinBox *>(QStringLiteral("portEdit"))->setValue(newPort);
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_server->status().state == ServerStatus::State::Listening && port() == newPort, 10000);
        QCOMPARE(HttpClient::get(newPort, "/liveness").status, 200);
        QCOMPARE(HttpClient::get(oldPort, "/liveness").status, 0);
        QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("statusAddress"))->text(),
                     QStringLiteral("Listening on http://127.0.0.1:%1").arg(newPort));
    }

    void stopAndStartFromThePane()
    {
        auto *button = m_window->serverPane()->findChild<QPushButton *>(QStringLiteral("startStopButton"));
        QCOMPARE(button->text(), QStringLiteral("Stop server"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->status().state, ServerStatus::State::Stopped, 15000);
        QCOMPARE(button->text(), QStringLiteral("Start server"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->status().state, ServerStatus::State::Listening, 10000);
        QCOMPARE(HttpClient::get(port(), "/liveness").status, 200);
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
