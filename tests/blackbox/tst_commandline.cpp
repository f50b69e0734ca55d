// Black box: the command line of the built binary.
#include "headlessprocess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace aistack::test;

class TstCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        return path;
    }

    QProcessEnvironment isolatedEnv() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("cfg")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return env;
    }

private Q_SLOTS:
    void versionAndHelp()
    {
        QByteArray out, err;
        QCOMPARE(HeadlessProcess::run({QStringLiteral("--version")}, &out, &err), 0);
        QCOMPARE(out.trimmed(), QByteArray("aistack " AISTACK_TEST_VERSION));
        QCOMPARE(HeadlessProcess::run({QStringLiteral("--help")}, &out, &err), 0);
        for (const char *option :
             {"--config", "--headless", "--host", "--port", "--check-config", "--version"})
            QVERIFY2(out.contains(option), option);
    }

    void badArgumentsAreRefused()
    {
        QByteArray out, err;
        QCOMPARE(HeadlessProcess::run(
                     {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("99999")}, &out,
                     &err),
                 2);
        QVERIFY(err.contains("--port must be a number from 0 to 65535"));
        QCOMPARE(HeadlessProcess::run({QStringLiteral("--headless"), QStringLiteral("--bogus")}, &out, &err),
                 2);
        QVERIFY(err.contains("bogus"));
    }

    void checkConfigAcceptsAValidFile()
    {
        const QString path = write(QStringLiteral("good.yaml"), "name: Good\nservice:\n  port: 9000\n");
        QByteArray out, err;
        QCOMPARE(HeadlessProcess::run({QStringLiteral("--check-config"), QStringLiteral("--config"), path},
                                      &out, &err),
                 0);
        QVERIFY(out.contains("configuration is valid"));
    }

    void checkConfigAcceptsTheBuiltInDefault()
    {
        QByteArray out, err;
        QCOMPARE(HeadlessProcess::run({QStringLiteral("--check-config")}, &out, &err, isolatedEnv()), 0);
        QVERIFY2(out.contains(":/config/default-config.yaml: configuration is valid"), out.constData());
    }

    void checkConfigReportsEveryErrorWithFileLineAndKey()
    {
        const QString path =
            write(QStringLiteral("bad.yaml"), "name: Bad\nservice:\n  port: 70000\nauthentication:\n"
                                              "  module: nonsense\nstack:\n  tools: []\n");
        QByteArray out, err;
        QCOMPARE(HeadlessProcess::run({QStringLiteral("--check-config"), QStringLiteral("--config"), path},
                                      &out, &err),
                 1);
        const QString text = QString::fromUtf8(err);
        QVERIFY2(text.contains(path + QStringLiteral(":3: service.port: must be between 1 and 65535")),
                 qPrintable(text));
        QVERIFY2(text.contains(path + QStringLiteral(":5: authentication.module: unknown module 'nonsense'")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("stack.tools")), qPrintable(text));
    }

    void startingWithABrokenConfigFailsClearly()
    {
        const QString path = write(QStringLiteral("broken.yaml"), "service:\n  host: [oops\n");
        QByteArray out, err;
        QCOMPARE(HeadlessProcess::run({QStringLiteral("--headless"), QStringLiteral("--config"), path}, &out,
                                      &err),
                 1);
        QVERIFY2(err.contains("the configuration has errors") && err.contains("invalid YAML"),
                 err.constData());
        QCOMPARE(HeadlessProcess::run({QStringLiteral("--headless"), QStringLiteral("--config"),
                                       m_dir.filePath(QStringLiteral("missing.yaml"))},
                                      &out, &err),
                 1);
        QVERIFY(err.contains("cannot read the file"));
    }

    void noDisplayWithoutHeadlessSaysSo()
    {
        QProcessEnvironment env = isolatedEnv();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        QByteArray out, err;
        QCOMPARE(HeadlessProcess::run({}, &out, &err, env), 2);
        QVERIFY2(err.contains("no display found") && err.contains("--headless"), err.constData());
    }

    void aPortInUseFailsTheStart()
    {
        HeadlessProcess first;
        QVERIFY(first.start("service:\n  host: 127.0.0.1\ndatabase:\n  sqlite:\n    db_path: a.db\n"));
        QByteArray out, err;
        const QString path =
            write(QStringLiteral("clash.yaml"), "service:\n  host: 127.0.0.1\ndatabase:\n  sqlite:\n"
                                                "    db_path: clash.db\n");
        QCOMPARE(HeadlessProcess::run({QStringLiteral("--headless"), QStringLiteral("--config"), path,
                                       QStringLiteral("--port"), QString::number(first.port())},
                                      &out, &err),
                 1);
        QVERIFY2(err.contains("cannot listen on 127.0.0.1"), err.constData());
        QCOMPARE(first.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TstCommandLine)
#include "tst_commandline.moc"
