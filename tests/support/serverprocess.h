#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace aistack::test {

// Starts a server process and waits until GET healthPath on the loopback port answers 200.
// On failure, *error holds the reason and the end of the process's output.
bool startServerProcess(QProcess &process, const QString &binary, const QStringList &args, quint16 port,
                        const QByteArray &healthPath, int timeoutMs, QString *error);

// SIGTERM, then SIGKILL after 5 s.
void stopServerProcess(QProcess &process);

} // namespace aistack::test
