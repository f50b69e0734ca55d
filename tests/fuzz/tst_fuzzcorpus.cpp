// The fuzz targets' committed inputs, replayed in the normal build: every seed of fuzz/corpus/<target> and
// every input that once crashed a parser (fuzz/regressions/<target>) goes through the same entry as the
// fuzzer. None may crash, and the parser's answer is the one a user would see: a seed named good-* is
// accepted, one named bad-* is refused with a message saying why.
#include "targets/fuzztarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace aistack;

namespace {
QDir fuzzDir()
{
    return QDir(QStringLiteral(AISTACK_FUZZ_DIR));
}

const fuzz::Target *targetNamed(const QString &name)
{
    for (const fuzz::Target &t : fuzz::targets()) {
        if (name == QLatin1String(t.name))
            return &t;
    }
    return nullptr;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}
} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasSeeds()
    {
        for (const fuzz::Target &t : fuzz::targets()) {
            const QString name = QLatin1String(t.name);
            const QStringList seeds = filesIn(fuzzDir().filePath(QStringLiteral("corpus/") + name));
            QVERIFY2(seeds.size() >= 3, qPrintable(name + QStringLiteral(": fewer than 3 seeds")));
            QVERIFY2(seeds.filter(QRegularExpression(QStringLiteral("^bad-"))).size() >= 1,
                     qPrintable(name + QStringLiteral(": no bad-* seed")));
        }
        // A folder for a target that does not exist would be replayed by nothing.
        for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            const QDir dir(fuzzDir().filePath(kind));
            for (const QString &folder : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                QVERIFY2(targetNamed(folder),
                         qPrintable(kind + QLatin1Char('/') + folder + QStringLiteral(": no such target")));
        }
    }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const fuzz::Target &t : fuzz::targets()) {
            const QString name = QLatin1String(t.name);
            for (const QString &kind : {QStringLiteral("corpus/"), QStringLiteral("regressions/")}) {
                const QString folder = fuzzDir().filePath(kind + name);
                for (const QString &file : filesIn(folder))
                    QTest::newRow(qPrintable(kind + name + QLatin1Char('/') + file))
                        << name << folder + QLatin1Char('/') + file;
            }
        }
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray input = file.readAll();
        const fuzz::Target *t = targetNamed(target);
        QVERIFY(t);

        const fuzz::Verdict verdict = t->entry(input); // a crash, leak or broken promise ends the run here

        const QString name = QFileInfo(path).fileName();
        if (name.startsWith(QLatin1String("good-")))
            QVERIFY2(verdict.accepted, qPrintable(QStringLiteral("refused: ") + verdict.error));
        if (name.startsWith(QLatin1String("bad-"))) {
            QVERIFY2(!verdict.accepted, "accepted");
            QVERIFY2(!verdict.error.trimmed().isEmpty(), "refused without saying why");
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
