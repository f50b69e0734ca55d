#pragma once

#include <QObject>
#include <QString>

namespace aistack {

// `aistack --screenshots DIR`: runs the app on its built-in default configuration in a throwaway data
// folder, fills it with sample content (documents, including one that fails and one that is skipped, and a
// conversation answered from them), opens each pane at 1280×800 and writes DIR/<pane>-light.png and
// DIR/<pane>-dark.png, so that anyone can look at the window without setting anything up.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    explicit ScreenshotRunner(QString outputDir, QObject *parent = nullptr);
    // Runs the event loop until the pictures are written; returns the exit code.
    int exec();

private:
    QString m_outputDir;
};

} // namespace aistack
