// The Stack pane's core: the built-in configuration is read-only and its copy keeps using the data folder,
// saving keeps a backup, applying names the new configuration and tells which sections need a restart.
#include "config/configidentity.h"
#include "stack/desktopstack.h"

#include <QtTest>

using namespace aistack;

namespace {
// Waits for a future without taking its task onto this thread.
template <typename T> T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&]() { return future.isFinished(); }, 20000))
        qFatal("the future did not finish");
    return future.result();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TstDesktopStack : public QObject
{
    Q_OBJECT

    QThreadPool m_pool;

private Q_SLOTS:
    void pathsOfACopyBecomeAbsolute()
    {
        const QByteArray text = "database:\n  sqlite:\n    db_path: aistack.db   # the database\n"
                                "user_data_collection:\n  feedback_storage: \"feedback\"\n"
                                "stack:\n  vector_db:\n    path: /srv/vectors.db\n"
                                "  tools:\n    - name: a\n      model_path: ${MODELS}/a.gguf\n"
                                "name: path\n";
        const QString copy = QString::fromUtf8(DesktopStack::withAbsolutePaths(text, QStringLiteral("/data")));
        QVERIFY2(copy.contains(QStringLiteral("db_path: /data/aistack.db   # the database")), qPrintable(copy));
        QVERIFY2(copy.contains(QStringLiteral("feedback_storage: \"/data/feedback\"")), qPrintable(copy));
        QVERIFY(copy.contains(QStringLiteral("path: /srv/vectors.db")));        // absolute already
        QVERIFY(copy.contains(QStringLiteral("model_path: ${MODELS}/a.gguf"))); // an environment reference
        QVERIFY(copy.contains(QStringLiteral("name: path")));                   // not a path key
    }

    void sectionsThatNeedARestart()
    {
        const QByteArray a = "name: x\nservice:\n  port: 8080\nstack:\n  tools: []\n";
        QCOMPARE(DesktopStack::changedSections(a, a), QStringList());
        QCOMPARE(DesktopStack::changedSections(a, "name: x\nservice:\n  port: 8081\nstack:\n  tools: [1]\n"),
                 QStringList{QStringLiteral("service")});
        QCOMPARE(DesktopStack::changedSections(a, "name: y\nservice:\n  port: 8080\ninference: {default_model: m}\n"),
                 (QStringList{QStringLiteral("name"), QStringLiteral("inference")}));
    }

    // The built-in file cannot be saved or applied; "Save a copy" writes the user's file with absolute paths
    // and makes it the edited file, which can then be applied.
    void theBuiltInConfigurationIsReadOnlyUntilCopied()
    {
        QTemporaryDir dir;
        const QString userFile = dir.filePath(QStringLiteral("config/aistack.yaml"));
        ConfigIdentity identity(QStringLiteral("000000000000"));
        DesktopStack::Parts parts;
        parts.identity = &identity;
        parts.pool = &m_pool;
        parts.stackPool = &m_pool;
        DesktopStack stack(parts, QStringLiteral(":/config/default-config.yaml"), dir.path(), userFile);
        QVERIFY(stack.isBuiltIn());
        const QByteArray builtIn = stack.runningText();
        QVERIFY(builtIn.contains("db_path: aistack.db"));
        QVERIFY(await(stack.validate(builtIn)).ok());

        QVERIFY(!await(stack.save(builtIn, stack.file())).error.isEmpty());
        const ConfigApplyResult refused = await(stack.apply(builtIn));
        QVERIFY2(refused.error.contains(QStringLiteral("read-only")), qPrintable(refused.error));
        QCOMPARE(identity.current(), QStringLiteral("000000000000"));

        QSignalSpy moved(&stack, &DesktopStack::fileChanged);
        const ConfigSaveResult saved = await(stack.save(builtIn, userFile));
        QVERIFY2(saved.error.isEmpty(), qPrintable(saved.error));
        QVERIFY(saved.backup.isEmpty());
        QCOMPARE(stack.file(), userFile);
        QTRY_COMPARE(moved.count(), 1);
        const QByteArray copy = readAll(userFile);
        QVERIFY2(copy.contains(
                     (QStringLiteral("db_path: ") + dir.filePath(QStringLiteral("aistack.db"))).toUtf8()),
                 copy.constData());

        // Saved again: the previous version is kept.
        const QByteArray edited = copy + "\n# edited\n";
        const ConfigSaveResult again = await(stack.save(edited));
        QCOMPARE(again.backup, userFile + QStringLiteral(".bak"));
        QCOMPARE(readAll(again.backup), copy);
        QCOMPARE(readAll(userFile), edited);

        QSignalSpy applied(&stack, &DesktopStack::applied);
        const ConfigApplyResult result = await(stack.apply(edited));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.saved); // the file holds it already
        QCOMPARE(result.configId, ConfigIdentity::idOf(edited));
        QCOMPARE(identity.current(), result.configId);
        QCOMPARE(stack.runningText(), edited);
        QVERIFY(stack.wasApplied());
        // Only the paths changed outside stack:, and they mean the same files: still reported, honestly.
        QVERIFY(result.restartNeeded.contains(QStringLiteral("database")));
        QTRY_COMPARE(applied.count(), 1);
    }

    // A file with problems is never applied, and the configuration in force stays.
    void aBrokenFileIsNotApplied()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("aistack.yaml"));
        const QByteArray good = "stack:\n  tools:\n    - name: a\n      role: r\n      kind: prompt\n";
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(good);
        f.close();
        ConfigIdentity identity(ConfigIdentity::idOf(good));
        DesktopStack::Parts parts;
        parts.identity = &identity;
        parts.pool = &m_pool;
        parts.stackPool = &m_pool;
        DesktopStack stack(parts, file, dir.path(), dir.filePath(QStringLiteral("user.yaml")));
        const QByteArray broken = "stack:\n  tools:\n    - name: a\n      role: r\n      kind: nope\n";
        const ConfigApplyResult result = await(stack.apply(broken));
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().line, 5);
        QCOMPARE(result.errors.first().key, QStringLiteral("stack.tools[0].kind"));
        QCOMPARE(identity.current(), ConfigIdentity::idOf(good));
        QCOMPARE(readAll(file), good);
        QCOMPARE(stack.runningText(), good);
    }
};

QTEST_GUILESS_MAIN(TstDesktopStack)
#include "tst_desktopstack.moc"
