// Black box: the .deb. CPack builds it from this build tree, dpkg-deb unpacks it into a scratch root, and the
// systemd unit's ExecStart runs from there as systemd would run it: the unit's environment, a fresh state
// folder for StateDirectory=, the configuration the package ships. The service must answer /liveness.
#include "httpclient.h"
#include "serverprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace aistack::test;

namespace {

const QString kServiceFile = QStringLiteral("/usr/lib/systemd/system/aistack.service");
const QString kConfigFile = QStringLiteral("/etc/aistack/aistack.yaml");

// Runs a program to completion; returns its exit code (-1 when it did not finish), output in *out.
int runTool(const QString &program, const QStringList &args, QByteArray *out, int timeoutMs = 300000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        *out = p.readAll() + p.errorString().toUtf8();
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    *out = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The [Service] section of a unit file: key -> values in order (Environment= and the like repeat).
QMultiMap<QString, QString> serviceSection(const QByteArray &unit)
{
    QMultiMap<QString, QString> keys;
    bool inService = false;
    for (const QByteArray &raw : unit.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1Char('[')))
            inService = line == QLatin1String("[Service]");
        else if (inService && !line.isEmpty() && !line.startsWith(QLatin1Char('#')) &&
                 line.contains(QLatin1Char('=')))
            keys.insert(line.section(QLatin1Char('='), 0, 0).trimmed(),
                        line.section(QLatin1Char('='), 1).trimmed());
    }
    return keys;
}

bool portIsFree(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

} // namespace

class TstPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;
    QString m_control;

    QString inRoot(const QString &absolutePath) const { return m_root + absolutePath; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString out = m_dir.filePath(QStringLiteral("out"));
        QByteArray log;
        QCOMPARE_EQ(runTool(QStringLiteral(AISTACK_CPACK_COMMAND),
                            {QStringLiteral("--config"), QStringLiteral(AISTACK_CPACK_CONFIG),
                             QStringLiteral("-B"), out},
                            &log),
                    0);
        const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QVERIFY2(debs.size() == 1, log.constData());
        m_deb = QDir(out).filePath(debs.first());
        m_root = m_dir.filePath(QStringLiteral("root"));
        m_control = m_dir.filePath(QStringLiteral("control"));
        QCOMPARE_EQ(runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root}, &log), 0);
        QCOMPARE_EQ(runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-e"), m_deb, m_control}, &log), 0);
    }

    void shipsTheServiceConfigurationAsAConffile()
    {
        const QList<QByteArray> conffiles = readAll(m_control + QStringLiteral("/conffiles")).split('\n');
        QVERIFY2(conffiles.contains(kConfigFile.toUtf8()), "the service's configuration is not a conffile");
        QVERIFY(QFile::exists(inRoot(kConfigFile)));
        const QByteArray config = readAll(inRoot(kConfigFile));
        QVERIFY2(config.contains("\n  host: 127.0.0.1\n"),
                 "the shipped configuration must listen on loopback only");
    }

    void shipsTheLicenceFiles()
    {
        const QByteArray copyright = readAll(inRoot(QStringLiteral("/usr/share/doc/aistack/copyright")));
        QVERIFY(copyright.startsWith(
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"));
        QVERIFY(copyright.contains("License: GPL-3+"));
        QVERIFY(QFile::exists(inRoot(QStringLiteral("/usr/share/doc/aistack/THIRD-PARTY-NOTICES.md"))));
    }

    // What `systemctl start aistack` runs, as it runs it, answers /liveness and keeps its state where systemd
    // lets it write (StateDirectory=), not in the read-only /etc.
    void theServiceStartsAndServesLiveness()
    {
        const QMultiMap<QString, QString> unit = serviceSection(readAll(inRoot(kServiceFile)));
        QStringList command = QProcess::splitCommand(unit.value(QStringLiteral("ExecStart")));
        QVERIFY2(!command.isEmpty(), "the unit has no ExecStart");
        command.first().remove(QRegularExpression(QStringLiteral("^[-@:+!]+"))); // ExecStart= prefixes
        const QString stateDir = QStringLiteral("/var/lib/") + unit.value(QStringLiteral("StateDirectory"));
        QVERIFY2(unit.contains(QStringLiteral("StateDirectory")), "the unit has no StateDirectory");

        // Paths in the unit name files of the package (mapped into the scratch root) or the state folder.
        QTemporaryDir state;
        QTemporaryDir home;
        const auto mapPath = [&](QString value) -> QString {
            if (value == stateDir || value.startsWith(stateDir + QLatin1Char('/')))
                return state.path() + value.mid(stateDir.size());
            if (value.startsWith(QLatin1Char('/')) && QFileInfo::exists(inRoot(value)))
                return inRoot(value);
            return value;
        };
        const QString binary = mapPath(command.takeFirst());
        QVERIFY2(binary.startsWith(m_root), "ExecStart names a program the package does not ship");
        QStringList args;
        for (const QString &arg : std::as_const(command))
            args << mapPath(arg);
        const int configAt = args.indexOf(QStringLiteral("--config"));
        QVERIFY2(configAt >= 0 && configAt + 1 < args.size(), "ExecStart names no configuration");
        const QString config = args.at(configAt + 1);
        QCOMPARE(config, inRoot(kConfigFile));

        // The environment systemd gives the service: its own variables and the unit's Environment= lines;
        // nothing from this shell (no LD_LIBRARY_PATH: the private libraries are found through the RUNPATH).
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"),
                   QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HOME"), home.path()); // ProtectHome=: nothing of the user's
        env.insert(QStringLiteral("STATE_DIRECTORY"), state.path());
        env.insert(QStringLiteral("CONFIGURATION_DIRECTORY"), inRoot(QStringLiteral("/etc/aistack")));
        const QList<QString> environment = unit.values(QStringLiteral("Environment"));
        for (auto it = environment.crbegin(); it != environment.crend(); ++it) { // QMultiMap: newest first
            for (const QString &assignment : QProcess::splitCommand(*it))
                env.insert(assignment.section(QLatin1Char('='), 0, 0),
                           mapPath(assignment.section(QLatin1Char('='), 1)));
        }

        // The configuration as shipped is valid; then, as in the scratch root, its state folder is the fresh
        // one.
        QByteArray out;
        QCOMPARE_EQ(runTool(binary, {QStringLiteral("--check-config"), QStringLiteral("--config"), config},
                            &out, 30000),
                    0);
        QByteArray yaml = readAll(config);
        QVERIFY2(yaml.contains(QByteArray(stateDir.toUtf8()).append('/')),
                 "the configuration keeps nothing in the state folder");
        yaml.replace(QByteArray(stateDir.toUtf8()).append('/'), QByteArray(state.path().toUtf8()).append('/'));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(yaml);
        }

        // The configured port, or a free one when something else holds it on this machine.
        const QRegularExpressionMatch portLine =
            QRegularExpression(QStringLiteral("\\nservice:\\n(?:  .*\\n)*?  port: (\\d+)\\n"))
                .match(QString::fromUtf8(yaml));
        QVERIFY2(portLine.hasMatch(), "the configuration names no service.port");
        quint16 port = portLine.captured(1).toUShort();
        if (!portIsFree(port)) {
            port = freeLoopbackPort();
            args << QStringLiteral("--port") << QString::number(port);
            qInfo("port %s is taken on this machine; the service runs with --port %u",
                  qPrintable(portLine.captured(1)), port);
        }

        QProcess service;
        service.setProcessEnvironment(env);
        service.setWorkingDirectory(QStringLiteral("/")); // systemd's default WorkingDirectory=
        QString error;
        const bool started = startServerProcess(service, binary, args, port, "/liveness", 30000, &error);
        QVERIFY2(started, qPrintable(error));
        const HttpReply liveness = HttpClient::get(port, "/liveness");
        QCOMPARE(liveness.status, 200);
        QVERIFY2(liveness.body.contains("\"alive\":true"), liveness.body.constData());

        // systemctl stop: SIGTERM (KillSignal=), a clean exit.
        service.terminate();
        QVERIFY(service.waitForFinished(30000));
        const QByteArray log = service.readAll();
        QCOMPARE_EQ(service.exitStatus(), QProcess::NormalExit);
        QVERIFY2(service.exitCode() == 0, log.constData());

        QVERIFY2(QFile::exists(state.filePath(QStringLiteral("aistack.db"))),
                 "the database is not in the state folder");
        QCOMPARE(
            QDir(inRoot(QStringLiteral("/etc/aistack"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
            QStringList{QStringLiteral("aistack.yaml")});
        QCOMPARE(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TstPackage)
#include "tst_package.moc"
