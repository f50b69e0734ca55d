#include "screenshots.h"

#include "appservices.h"
#include "chat/chatpane.h"
#include "chat/composer.h"
#include "chat/messagelist.h"
#include "chat/sourceslist.h"
#include "chat/turnwidget.h"
#include "common/futurewatch.h"
#include "config/configloader.h"
#include "conversations/conversationengine.h"
#include "conversations/desktopchat.h"
#include "documents/documentspane.h"
#include "documents/retrievalpreview.h"
#include "embeddedserver.h"
#include "mainwindow.h"
#include "rag/desktop/ingestqueue.h"
#include "sampletraffic.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>
#include <QThread>
#include <cstdio>

namespace aistack {

namespace {
// Sample documents: a small product handbook a person might feed the stack.
const char *const kHandbook = R"(# Pump maintenance handbook

## Daily checks

Check the oil level in the sight glass before the first start of the day. The oil must reach the middle
of the glass; top it up with ISO VG 46 hydraulic oil when it is lower.

Listen to the pump for a minute after the start. A rattling sound usually means cavitation: open the
suction valve fully and check the inlet filter.

## Replacing the seal

Shut the pump down and close both valves. Release the pressure through the bleed screw, then remove the
four cover bolts (13 mm). Replace the mechanical seal and tighten the bolts crosswise to 25 Nm.

## Warranty

The warranty covers two years from delivery, provided the maintenance log is kept.
)";

const char *const kFaq = R"(Frequently asked questions

How often should the filter be changed? The inlet filter should be changed every 500 operating hours, or
sooner when the pressure gauge shows a drop of more than 0.5 bar.

Can the pump run dry? No. Running dry for more than 30 seconds damages the mechanical seal.

What is the maximum temperature? The pump is rated for liquids up to 80 degrees Celsius.
)";

const char *const kSpecs = R"(model,flow_l_min,pressure_bar,power_kw
P-100,120,6,1.5
P-200,240,8,3.0
P-400,480,10,7.5
)";

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x35, 0x38, 0x3c));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}
} // namespace

ScreenshotRunner::ScreenshotRunner(QString outputDir, QObject *parent)
    : QObject(parent), m_outputDir(std::move(outputDir))
{
}

int ScreenshotRunner::exec()
{
    if (!QDir().mkpath(m_outputDir)) {
        std::fprintf(stderr, "aistack: cannot create %s\n", qPrintable(m_outputDir));
        return 1;
    }
    QTemporaryDir data;
    ConfigLoadResult loaded = ConfigLoader().loadDefault(data.path());
    if (!loaded.ok()) {
        std::fprintf(stderr, "aistack: %s\n", qPrintable(loaded.errorText()));
        return 1;
    }
    loaded.config.service.port = 0;
    AppServices services(std::make_shared<AppConfig>(loaded.config), data.path());
    if (!services.startupError.isEmpty()) {
        std::fprintf(stderr, "aistack: %s\n", qPrintable(services.startupError));
        return 1;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::style()->standardPalette();
    QApplication::setPalette(light);
    MainWindow window(&services);
    window.resize(1280, 800);
    window.show();
    bool ready = false;
    services.prepareStorage(&window, [&]() {
        services.server->start();
        ready = true;
    });
    if (!waitFor([&]() { return ready; }, 30000))
        return 1;

    // Documents: three that read, one that is not a document aistack reads, one that is broken.
    const QString docs = data.filePath(QStringLiteral("sample-documents"));
    QDir().mkpath(docs);
    writeFile(docs + QStringLiteral("/pump-handbook.md"), kHandbook);
    writeFile(docs + QStringLiteral("/faq.txt"), kFaq);
    writeFile(docs + QStringLiteral("/pump-models.csv"), kSpecs);
    writeFile(docs + QStringLiteral("/installer.exe"), QByteArray("MZ\x90\x00", 4));
    writeFile(docs + QStringLiteral("/scan.pdf"), QByteArray("%PDF-1.4\n% truncated in transfer\n"));
    bool idle = false;
    QObject::connect(services.ingestQueue.get(), &IngestQueue::idle, this, [&]() { idle = true; });
    services.ingestQueue->enqueue(QString(), {docs});
    waitFor([&]() { return idle; }, 60000);

    // A conversation answered from them (the built-in extractive answer: no model needed).
    ChatPane *chat = window.chatPane();
    for (const QString &q : {QStringLiteral("How often should the inlet filter be changed?"),
                             QStringLiteral("How do I replace the seal, and to what torque?")}) {
        bool finished = false;
        auto c = QObject::connect(chat, &ChatPane::answerFinished, this, [&]() { finished = true; });
        chat->ask(q);
        waitFor([&]() { return finished; }, 60000);
        QObject::disconnect(c);
        settle(300);
    }
    MessageList *messages = chat->messages();
    if (messages->turnCount() > 0) {
        if (TurnWidget *w = messages->widgetAt(messages->turnCount() - 1))
            w->sources()->setExpanded(true);
    }
    chat->composer()->setText(QStringLiteral("What is the maximum liquid temperature?"));
    window.documentsPane()->preview()->questionField()->setText(QStringLiteral("oil level"));
    window.documentsPane()->preview()->search(QStringLiteral("oil level"));
    SampleTraffic(quint16(services.server->status().port)).run();

    struct Shot
    {
        MainWindow::Pane pane;
        const char *name;
    };
    const QVector<Shot> shots{{MainWindow::Chat, "chat"},         {MainWindow::Documents, "documents"},
                              {MainWindow::Server, "server"},     {MainWindow::Stack, "stack"},
                              {MainWindow::Sessions, "sessions"}, {MainWindow::Feedback, "feedback"},
                              {MainWindow::Metrics, "metrics"}};
    int written = 0;
    for (const auto &[palette, suffix] : {std::make_pair(light, "light"), std::make_pair(darkPalette(), "dark")}) {
        QApplication::setPalette(palette);
        for (const Shot &s : shots) {
            window.showPane(s.pane);
            settle(400);
            const QString file = QDir(m_outputDir).filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(s.name),
                                                                                         QLatin1String(suffix)));
            if (window.grab().save(file)) {
                std::printf("%s\n", qPrintable(file));
                ++written;
            } else {
                std::fprintf(stderr, "aistack: could not write %s\n", qPrintable(file));
            }
        }
    }
    window.close();
    return written == shots.size() * 2 ? 0 : 1;
}

} // namespace aistack
