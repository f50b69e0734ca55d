#include "postgrescluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <unistd.h>

namespace aistack::test {

PostgresCluster::~PostgresCluster()
{
    stop();
}

bool PostgresCluster::run(const QString &program, const QStringList &args, QString *error, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_root.path());
    if (::geteuid() == 0) // PostgreSQL refuses to run as root
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                    args);
    else
        p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

bool PostgresCluster::start(QString *error)
{
    for (const QString &dir :
         {QStringLiteral("/usr/lib/postgresql/15/bin"), QStringLiteral("/usr/lib/postgresql/16/bin")}) {
        if (QFile::exists(dir + QStringLiteral("/initdb"))) {
            m_bin = dir;
            break;
        }
    }
    if (m_bin.isEmpty()) {
        *error = QStringLiteral("PostgreSQL server binaries not found (apt-get install postgresql-15)");
        return false;
    }
    if (!m_root.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (::geteuid() == 0 && !run(QStringLiteral("true"), {}, error)) // postgres user exists?
        return false;
    if (::geteuid() == 0)
        QProcess::execute(QStringLiteral("chown"),
                          {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_root.path()});
    m_dataDir = m_root.filePath(QStringLiteral("data"));
    const QString pwFile = m_root.filePath(QStringLiteral("pw"));
    {
        QFile f(pwFile);
        f.open(QIODevice::WriteOnly);
        f.write(password().toUtf8());
    }
    if (::geteuid() == 0)
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), pwFile});
    if (!run(m_bin + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), user(),
              QStringLiteral("--pwfile=") + pwFile, QStringLiteral("-A"), QStringLiteral("scram-sha-256"),
              QStringLiteral("-E"), QStringLiteral("UTF8")},
             error))
        return false;
    m_port = freeLoopbackPort();
    if (!launch(error))
        return false;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password());
    QProcess createdb;
    createdb.setProcessEnvironment(env);
    createdb.setProcessChannelMode(QProcess::MergedChannels);
    createdb.start(m_bin + QStringLiteral("/createdb"),
                   {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(m_port), QStringLiteral("-U"), user(), database()});
    if (!createdb.waitForFinished(30000) || createdb.exitCode() != 0) {
        *error = QStringLiteral("createdb failed: ") + QString::fromUtf8(createdb.readAll());
        return false;
    }
    return true;
}

bool PostgresCluster::launch(QString *error)
{
    const QString options =
        QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2 -c fsync=off")
            .arg(m_port)
            .arg(m_root.path());
    if (!run(m_bin + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), m_dataDir, QStringLiteral("-o"), options, QStringLiteral("-l"),
              m_root.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("start")},
             error))
        return false;
    m_running = true;
    return true;
}

bool PostgresCluster::startAgain(QString *error)
{
    return m_running || launch(error);
}

void PostgresCluster::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QString error;
    run(m_bin + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
         QStringLiteral("stop")},
        &error);
}

} // namespace aistack::test
