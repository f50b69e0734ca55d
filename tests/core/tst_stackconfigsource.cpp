// The stack configuration new sessions are built from follows its file; reading the file (which may resolve
// keychain: secrets for seconds) never holds up the callers that only look at the configuration in force.
#include "config/configloader.h"
#include "stack/stackconfigsource.h"

#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>
#include <sys/stat.h>
#include <utime.h>

using namespace aistack;

namespace {
QByteArray stackYaml(const QString &toolName)
{
    return QStringLiteral("stack:\n  decision_maker:\n    name: decision_maker\n    role: route\n    kind: prompt\n"
                          "    ai_client: {provider: openai, model: m, api_key: k}\n"
                          "  tools:\n    - name: %1\n      role: answer\n      kind: prompt\n"
                          "      ai_client: {provider: openai, model: m, api_key: k}\n")
        .arg(toolName)
        .toUtf8();
}

StackConfig stackOf(const QByteArray &yaml)
{
    const ConfigLoadResult r = ConfigLoader().loadText(yaml, QStringLiteral("test.yaml"), QString());
    if (!r.ok() || !r.config.stack)
        qFatal("test configuration does not load: %s", qPrintable(r.errorText()));
    return *r.config.stack;
}
// Marks the file as changed since the source last looked at it.
bool touchLater(const QString &path)
{
    QThread::msleep(20);
    return ::utime(QFile::encodeName(path).constData(), nullptr) == 0;
}

// Writes the FIFO's content, which lets the blocked reader finish.
bool feed(const QString &path, const QByteArray &text)
{
    QFile fifo(path);
    return fifo.open(QIODevice::WriteOnly) && fifo.write(text) == text.size();
}
} // namespace

class TstStackConfigSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsItsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stack.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(stackYaml(QStringLiteral("first")));
        f.close();
        StackConfigSource source(std::nullopt, path);
        QString error;
        auto config = source.current(&error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->tools.at(0).name, QStringLiteral("first"));

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(stackYaml(QStringLiteral("second-and-longer")));
        f.close();
        config = source.current(&error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->tools.at(0).name, QStringLiteral("second-and-longer"));

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("stack: [\n");
        f.close();
        QVERIFY(!source.current(&error));
        QVERIFY2(error.contains(QStringLiteral("cannot be used")), qPrintable(error));
    }

    // The file is a FIFO, so reading it blocks until the test writes: a stand-in for a keychain that takes
    // seconds to answer. Meanwhile latest() and set() answer at once.
    void aSlowReadHoldsNoLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stack.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        StackConfigSource source(stackOf(stackYaml(QStringLiteral("initial"))), path);
        QVERIFY(touchLater(path)); // the file changed: the next read reads it

        QFuture<QString> reader = QtConcurrent::run([&source]() {
            QString error;
            const auto config = source.current(&error);
            return config ? config->tools.at(0).name : error;
        });
        QThread::msleep(200); // the reader is now blocked on the FIFO
        QVERIFY(!reader.isFinished());
        QCOMPARE(source.latest()->tools.at(0).name, QStringLiteral("initial"));
        QVERIFY2(!reader.isFinished(), "latest() waited for the file read");

        QVERIFY(feed(path, stackYaml(QStringLiteral("from-file"))));
        QCOMPARE(reader.result(), QStringLiteral("from-file"));
        QCOMPARE(source.latest()->tools.at(0).name, QStringLiteral("from-file"));
    }

    // A configuration set while the file is being read wins: the late read does not replace it.
    void setDuringAReadWins()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stack.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        StackConfigSource source(stackOf(stackYaml(QStringLiteral("initial"))), path);
        QVERIFY(touchLater(path)); // the file changed: the next read reads it
        QFuture<void> reader = QtConcurrent::run([&source]() {
            QString error;
            source.current(&error);
        });
        QThread::msleep(200);
        source.set(stackOf(stackYaml(QStringLiteral("applied"))));
        QVERIFY2(!reader.isFinished(), "set() waited for the file read");
        QVERIFY(feed(path, stackYaml(QStringLiteral("stale"))));
        reader.waitForFinished();
        QString error;
        QCOMPARE(source.current(&error)->tools.at(0).name, QStringLiteral("applied"));
    }
};

QTEST_GUILESS_MAIN(TstStackConfigSource)
#include "tst_stackconfigsource.moc"
