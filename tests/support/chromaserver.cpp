#include "chromaserver.h"

#include "httpclient.h"
#include "serverprocess.h"

namespace aistack::test {

ChromaServer::~ChromaServer()
{
    stop();
}

bool ChromaServer::start(QString *error)
{
    if (binary().isEmpty()) {
        *error = QStringLiteral("AISTACK_CHROMA is not set: run installer/chroma.sh and configure with "
                                "-DAISTACK_CHROMA=<path of chroma>");
        return false;
    }
    m_port = freeLoopbackPort();
    return startAgain(error);
}

bool ChromaServer::startAgain(QString *error)
{
    if (m_process.state() != QProcess::NotRunning)
        return true;
    const QStringList args{QStringLiteral("run"),    QStringLiteral("--path"),    m_data.path(),
                           QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                           QString::number(m_port)};
    return startServerProcess(m_process, binary(), args, m_port, "/api/v2/heartbeat", 60000, error);
}

void ChromaServer::stop()
{
    stopServerProcess(m_process);
}

void ChromaServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace aistack::test
