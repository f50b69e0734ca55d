#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace aistack {

struct CommandLineOptions
{
    QString configPath;
    bool headless = false;
    bool checkConfig = false;
    std::optional<QString> host;
    std::optional<int> port;
    QStringList ingestPaths; // files or folders to add to the desktop documents at start
    QString screenshotsDir;  // --screenshots: write pictures of the panes there and exit
};

// Reads the command line (QCommandLineParser). --help and --version print and exit there.
// Returns false and sets *error on bad arguments.
bool parseCommandLine(const QStringList &arguments, CommandLineOptions *options, QString *error);

// Whether argv asks for a mode that needs no GUI (decided before the application object exists).
bool wantsNoGui(int argc, char **argv);
// Whether argv asks for --screenshots (which runs offscreen when there is no display).
bool wantsScreenshots(int argc, char **argv);

} // namespace aistack
