#pragma once

#include <QString>
#include <QTemporaryDir>

#include "httpclient.h" // freeLoopbackPort()

namespace aistack::test {

// A throwaway PostgreSQL 15 cluster on a free loopback port: initdb into a temporary folder,
// pg_ctl start (as the postgres user when running as root), stopped and removed at the end.
class PostgresCluster
{
public:
    PostgresCluster() = default;
    ~PostgresCluster();

    bool start(QString *error);
    // Stops the server (fast shutdown: open connections are cut); the data stays for startAgain().
    void stop();
    // Starts the stopped server again on the same port and data.
    bool startAgain(QString *error);

    quint16 port() const { return m_port; }
    QString user() const { return QStringLiteral("aistack"); }
    QString password() const { return QStringLiteral("aistack-test-pw"); }
    QString database() const { return QStringLiteral("aistack_test"); }

private:
    bool launch(QString *error);
    bool run(const QString &program, const QStringList &args, QString *error, int timeoutMs = 60000);
    QString m_bin;
    QString m_dataDir;
    QTemporaryDir m_root{QStringLiteral("/tmp/aistack-pg-XXXXXX")};
    quint16 m_port = 0;
    bool m_running = false;
};

} // namespace aistack::test
