#include "serverprocess.h"

#include "httpclient.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

namespace aistack::test {

bool startServerProcess(QProcess &process, const QString &binary, const QStringList &args, quint16 port,
                        const QByteArray &healthPath, int timeoutMs, QString *error)
{
    const QString name = QFileInfo(binary).fileName();
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(binary, args);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(binary, process.errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (process.state() != QProcess::Running) {
            *error =
                QStringLiteral("%1 exited: %2").arg(name, QString::fromUtf8(process.readAll().right(2000)));
            return false;
        }
        if (HttpClient::get(port, healthPath).status == 200)
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("%1 did not become healthy: %2")
                 .arg(name, QString::fromUtf8(process.readAll().right(2000)));
    return false;
}

void stopServerProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace aistack::test
