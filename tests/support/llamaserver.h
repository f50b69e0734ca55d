#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace aistack::test {

// A real llama-server (from the cached llama.cpp build) on a free loopback port, serving one GGUF file.
// The binary and the tiny test models come from the environment the test runner sets:
// AISTACK_LLAMA_SERVER, AISTACK_TINY_CHAT_MODEL, AISTACK_TINY_EMBED_MODEL.
class LlamaServer
{
public:
    ~LlamaServer();

    static QString binary() { return qEnvironmentVariable("AISTACK_LLAMA_SERVER"); }
    static QString chatModel() { return qEnvironmentVariable("AISTACK_TINY_CHAT_MODEL"); }
    static QString embedModel() { return qEnvironmentVariable("AISTACK_TINY_EMBED_MODEL"); }

    // Starts it and waits for /health to answer 200 (up to 30 s).
    bool start(const QString &model, const QStringList &extraArgs, QString *error);
    void stop();
    // SIGKILL: the server dies in the middle of whatever it is generating.
    void kill();
    // Starts the stopped or killed server again on the same port, model and arguments.
    bool startAgain(QString *error);

    quint16 port() const { return m_port; }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port); }
    // Everything the server has logged so far.
    QByteArray log();
    // Whether a slot is generating right now (GET /slots).
    bool busy();

private:
    QProcess m_process;
    QByteArray m_log;
    QStringList m_args;
    quint16 m_port = 0;
};

} // namespace aistack::test
