#pragma once

#include "appservices.h"
#include "mainwindow.h"

#include <QTemporaryDir>
#include <memory>

namespace aistack::test {

// The app's whole object graph (the composition root the `aistack` binary runs) with the main window, on a
// configuration written to a temporary folder (also the data folder), the server on 127.0.0.1 and a free
// port, for tests that drive the real widgets over a real core and check what the API sees.
class DesktopFixture
{
public:
    DesktopFixture();
    ~DesktopFixture();

    // Loads configYaml, builds the services and the window, prepares the database and starts the server.
    // False and *error when any of it fails.
    bool start(const QByteArray &configYaml, QString *error, int timeoutMs = 30000);

    QString dir() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    quint16 port() const;
    AppServices &services() { return *m_services; }
    MainWindow &window() { return *m_window; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};

// Answers the next modal dialog (message box, feedback dialog, input dialog) that opens within timeoutMs:
// `act` gets the dialog and does what a person would (fill a field, press a button).
void answerNextDialog(const std::function<void(QWidget *dialog)> &act, int timeoutMs = 5000);

// The default stack with the builtin (extractive) model and the embedded store, plus `extra` YAML.
QByteArray desktopConfig(const QByteArray &extra = {});

} // namespace aistack::test
