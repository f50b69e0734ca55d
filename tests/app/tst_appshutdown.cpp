// Quitting the app while turns are still being committed: what they leave behind is complete, and nothing a
// late job uses is destroyed under it.

#include "appservices.h"
#include "config/configloader.h"
#include "conversations/conversationengine.h"
#include "desktopfixture.h"
#include "lcs/lcsservice.h"
#include "llm/llmtypes.h"
#include "storage/database.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <atomic>
#include <thread>

using namespace aistack;

class tst_AppShutdown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transcriptOfTurnCommittedAtExitIsWritten();
};

namespace {
QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}
} // namespace

// A Lightspeed turn whose commit the store finishes while the app shuts down: its transcript is written on
// the stack pool after the commit, and the app must wait for that before the transcript writer goes. The
// stack pool is kept busy by a job that outlasts the rest of the shutdown, so that without that wait the
// transcript job runs after the writer is destroyed (a use after free a sanitized build reports).
void tst_AppShutdown::transcriptOfTurnCommittedAtExitIsWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString transcriptsDir = dir.filePath(QStringLiteral("transcripts"));
    QByteArray yaml = test::desktopConfig();
    yaml.replace(
        "transcripts_enabled: false",
        QByteArray("transcripts_enabled: true\n  transcripts_storage: ").append(transcriptsDir.toUtf8()));
    const QString file = dir.filePath(QStringLiteral("aistack.yaml"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml);
    }
    ConfigLoadResult loaded = ConfigLoader().loadFile(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    loaded.config.service.host = QStringLiteral("127.0.0.1");
    loaded.config.service.port = 0;
    const auto config = std::make_shared<AppConfig>(loaded.config);
    auto services = std::make_unique<AppServices>(config, dir.path());
    QVERIFY2(services->startupError.isEmpty(), qPrintable(services->startupError));
    QObject context;
    bool ready = false;
    services->prepareStorage(&context, [&ready]() { ready = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ready, 30000);

    // The Lightspeed routes' recording, as the server runtime makes it.
    LcsDependencies deps;
    deps.engine = services->conversationEngine.get();
    deps.feedback = services->feedback.get();
    deps.transcripts = services->transcripts.get();
    deps.catalog = services->models.get();
    deps.pool = &services->stackPool;
    deps.cpuPool = &services->pool;
    LcsService lcs(deps, config, nullptr, &context);

    // The store's writer waits for the database while the shutdown begins.
    std::atomic<bool> locked{false};
    Database *db = services->database.get();
    std::thread holder([db, &locked]() {
        auto lock = db->writeLock();
        locked = true;
        QThread::msleep(500);
    });
    QTRY_VERIFY(locked);

    services->stackPool.setMaxThreadCount(1);
    QThreadPool *stackPool = &services->stackPool;
    UserIdentity user;
    user.userId = QStringLiteral("user-at-exit");
    TurnPlan first;
    first.conversationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    first.userMessage = QStringLiteral("first question");
    first.startedAt = QDateTime::currentDateTimeUtc();
    first.model.providerId = QStringLiteral("builtin");
    first.model.model = QStringLiteral("extractive");
    ChatResult answer;
    answer.text = QStringLiteral("an answer");
    // A long job on the stack pool, started by the first commit, ahead of the transcript job.
    services->conversationEngine->record(user, first, answer, [stackPool](const QString &) {
        stackPool->start([]() { QThread::msleep(1000); });
    });
    TurnPlan second = first;
    second.conversationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    second.userMessage = QStringLiteral("second question");
    ConversationQuery query;
    query.query = second.userMessage;
    std::atomic<bool> stored{false};
    // As /v1/query records: on the stack pool, waiting there for the commit and then writing the transcript.
    stackPool->start([&lcs, &stored, user, query, second, answer]() {
        stored = lcs.recordTurnAndWait(user, query, second, answer).ok();
    });

    services.reset(); // the app quits
    holder.join();
    QVERIFY(stored);
    const QStringList transcripts = filesUnder(transcriptsDir);
    QCOMPARE(transcripts.size(), 1);
    QVERIFY(transcripts.first().contains(second.conversationId));
}

QTEST_MAIN(tst_AppShutdown)
#include "tst_appshutdown.moc"
