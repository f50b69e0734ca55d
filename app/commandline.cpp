#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstring>

namespace aistack {

bool parseCommandLine(const QStringList &arguments, CommandLineOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "AI Stack Desktop: chat with an AI stack, feed it documents, and serve it on the network "
                "(KISS AI Stack and Lightspeed Core Service APIs)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(
        QStringLiteral("config"), QCoreApplication::translate("main", "Read the configuration from <path>."),
        QStringLiteral("path"));
    const QCommandLineOption headless(
        QStringLiteral("headless"), QCoreApplication::translate("main", "Run the server without a window."));
    const QCommandLineOption host(
        QStringLiteral("host"),
        QCoreApplication::translate("main", "Listen on <address> (overrides service.host)."),
        QStringLiteral("address"));
    const QCommandLineOption port(
        QStringLiteral("port"),
        QCoreApplication::translate("main",
                                    "Listen on <port> (overrides service.port; 0 picks a free port)."),
        QStringLiteral("port"));
    const QCommandLineOption check(
        QStringLiteral("check-config"),
        QCoreApplication::translate(
            "main", "Validate the configuration, print any errors, and exit (0: valid, 1: errors)."));
    const QCommandLineOption ingest(
        QStringLiteral("ingest"),
        QCoreApplication::translate("main",
                                    "Add the document at <path> (or every supported file in the folder) "
                                    "to the stack's first rag tool at start. Repeatable."),
        QStringLiteral("path"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Write pictures of each pane with sample content (light and dark) "
                                            "to <folder> and exit; needs no display and touches no user data."),
        QStringLiteral("folder"));
    parser.addOptions({config, headless, host, port, check, ingest, screenshots});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("main", "unexpected argument: %1")
                     .arg(parser.positionalArguments().first());
        return false;
    }
    options->configPath = parser.value(config);
    options->headless = parser.isSet(headless);
    options->checkConfig = parser.isSet(check);
    options->ingestPaths = parser.values(ingest);
    options->screenshotsDir = parser.value(screenshots);
    if (parser.isSet(host))
        options->host = parser.value(host);
    if (parser.isSet(port)) {
        bool ok = false;
        const int p = parser.value(port).toInt(&ok);
        if (!ok || p < 0 || p > 65535) {
            *error = QCoreApplication::translate("main", "--port must be a number from 0 to 65535");
            return false;
        }
        options->port = p;
    }
    return true;
}

bool wantsNoGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag :
             {"--headless", "--check-config", "--help", "-h", "--version", "-v", "--help-all"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

bool wantsScreenshots(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], "--screenshots", 13) == 0)
            return true;
    return false;
}

} // namespace aistack
