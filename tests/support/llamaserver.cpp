#include "llamaserver.h"

#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    m_args = args;
    return startAgain(error);
}

bool LlamaServer::startAgain(QString *error)
{
    if (m_process.state() != QProcess::NotRunning)
        return true;
    m_log += m_process.readAll();
    return startServerProcess(m_process, binary(), m_args, m_port, "/health", 30000, error);
}

void LlamaServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

void LlamaServer::stop()
{
    stopServerProcess(m_process);
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
