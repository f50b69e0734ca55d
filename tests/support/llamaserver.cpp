#include "llamaserver.h"

#include "httpclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace aistack::test {

LlamaServer::~LlamaServer() { stop(); }

bool LlamaServer::start(const QString &model, const QStringList &extraArgs, QString *error)
{
    if (binary().isEmpty() || model.isEmpty()) {
        *error = QStringLiteral("AISTACK_LLAMA_SERVER / the model path is not set");
        return false;
    }
    m_port = freeLoopbackPort();
    QStringList args{QStringLiteral("-m"), model, QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--offline"),
                     QStringLiteral("-t"), QStringLiteral("2"), QStringLiteral("-np"), QStringLiteral("1"),
                     QStringLiteral("--slots")};
    args << extraArgs;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(binary(), args);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(binary(), m_process.errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (m_process.state() != QProcess::Running) {
            *error = QStringLiteral("llama-server exited: %1").arg(QString::fromUtf8(log().right(2000)));
            return false;
        }
        if (HttpClient::get(m_port, "/health").status == 200)
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("llama-server did not become healthy: %1").arg(QString::fromUtf8(log().right(2000)));
    return false;
}

void LlamaServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray LlamaServer::log()
{
    m_log += m_process.readAll();
    return m_log;
}

bool LlamaServer::busy()
{
    const HttpReply r = HttpClient::get(m_port, "/slots");
    const QJsonArray slots = QJsonDocument::fromJson(r.body).array();
    for (const QJsonValue &s : slots)
        if (s.toObject().value(QLatin1String("is_processing")).toBool())
            return true;
    return false;
}

} // namespace aistack::test
