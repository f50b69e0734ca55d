// aistack: the composition root. Builds the services from the configuration and runs them
// with the main window, or headless.
#include "appservices.h"
#include "commandline.h"
#include "configselection.h"
#include "embeddedserver.h"
#include "headlessrunner.h"
#include "log/stderrlog.h"
#include "mainwindow.h"
#include "rag/desktop/ingestqueue.h"
#include "screenshots.h"
#include "translations.h"

#include <QApplication>
#include <QStandardPaths>
#include <cstdio>
#include <memory>

using namespace aistack;

namespace {
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("aistack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AISTACK_VERSION));

    const bool noGui = wantsNoGui(argc, argv);
    const bool screenshots = wantsScreenshots(argc, argv);
    if (screenshots && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen"); // pictures need no screen
    if (!noGui && !hasDisplay()) {
        std::fprintf(stderr, "aistack: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                             "Run 'aistack --headless' to serve the API without a window.\n");
        return 2;
    }
    // Qt's own event dispatcher serves sockets markedly faster than GLib's (bench/http.sh). The
    // headless process uses it everywhere; with a window, only the threads started after the GUI
    // thread (the server thread, the worker pools) do, and the GUI thread keeps GLib integration.
    if (noGui)
        qputenv("QT_NO_GLIB", "1");
    std::unique_ptr<QCoreApplication> app(noGui ? new QCoreApplication(argc, argv)
                                                : new QApplication(argc, argv));
    qputenv("QT_NO_GLIB", "1"); // every thread started from here on
    installTranslations(*app);

    CommandLineOptions options;
    QString error;
    if (!parseCommandLine(QCoreApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "aistack: %s\nTry 'aistack --help'.\n", qPrintable(error));
        return 2;
    }

    if (!options.screenshotsDir.isEmpty())
        return ScreenshotRunner(options.screenshotsDir).exec();

    const ConfigLoadResult loaded = loadConfiguration(options);
    if (options.checkConfig) {
        if (loaded.ok()) {
            std::printf("%s: configuration is valid\n", qPrintable(loaded.config.sourceFile));
            return 0;
        }
        std::fprintf(stderr, "%s\n", qPrintable(loaded.errorText()));
        return 1;
    }
    if (!loaded.ok()) {
        std::fprintf(stderr, "aistack: the configuration has errors:\n%s\n", qPrintable(loaded.errorText()));
        return 1;
    }

    StderrLog log(logLevelFromEnvironment());
    if (options.headless)
        log.installAsMessageHandler();
    AppServices services(std::make_shared<AppConfig>(loaded.config),
                         QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (!services.startupError.isEmpty()) {
        std::fprintf(stderr, "aistack: %s\n", qPrintable(services.startupError));
        return 1;
    }

    if (options.headless) {
        HeadlessRunner runner(services, log);
        runner.setIngestPaths(options.ingestPaths);
        return runner.exec();
    }
    MainWindow window(&services);
    window.show();
    // The server answers once the schema is in place (a first start creates it in milliseconds); files named
    // with --ingest join the Documents pane's queue then.
    services.prepareStorage(&window, [&services, &options]() {
        services.server->start();
        if (!options.ingestPaths.isEmpty())
            services.ingestQueue->enqueue(QString(), options.ingestPaths);
    });
    return QCoreApplication::exec();
}
