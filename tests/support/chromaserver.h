#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace aistack::test {

// A real Chroma 1.0 server (npm chromadb, see installer/chroma.sh) on a free loopback port with its data in
// a temporary folder. The `chroma` command comes from AISTACK_CHROMA, which the test runner sets.
class ChromaServer
{
public:
    ~ChromaServer();

    static QString binary() { return qEnvironmentVariable("AISTACK_CHROMA"); }

    // Starts it and waits for /api/v2/heartbeat (up to 60 s).
    bool start(QString *error);
    void stop();
    // SIGKILL: the server dies with whatever it was doing half done.
    void kill();
    // Starts the stopped or killed server again on the same port and data.
    bool startAgain(QString *error);
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    QTemporaryDir m_data;
    quint16 m_port = 0;
};

} // namespace aistack::test
