// Handing results from worker threads back to an object that its own thread may delete at the same time.

#include "common/contextguard.h"
#include "common/poolcall.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <atomic>
#include <memory>

using namespace aistack;

class tst_ContextGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postRunsInTheContextThread();
    void postAfterDeletionIsDropped();
    void postsRacingDeletionNeverReachADeletedObject();
    void poolCallDropsTheResultOfAContextDeletedMeanwhile();
    void poolCallsRacingTheDeletionOfTheirContext();
};

namespace {
// Counts the calls it makes and the ones it discards; a call that ran must have found its object alive.
struct Tally
{
    std::atomic<int> ran{0};
    std::atomic<int> discarded{0};
    std::atomic<int> ranOnDeleted{0};
};

class Token
{
public:
    Token(std::shared_ptr<Tally> tally) : m_tally(std::move(tally)) {}
    Token(Token &&other) noexcept : m_tally(std::move(other.m_tally)), m_ran(other.m_ran) {}
    Token(const Token &) = delete;
    ~Token()
    {
        if (m_tally && !m_ran)
            ++m_tally->discarded;
    }
    void run()
    {
        m_ran = true;
        ++m_tally->ran;
    }

private:
    std::shared_ptr<Tally> m_tally;
    bool m_ran = false;
};

class Target : public QObject
{
public:
    explicit Target(std::atomic<bool> *alive) : m_alive(alive) { *m_alive = true; }
    ~Target() override { *m_alive = false; }
    std::atomic<bool> *m_alive;
};
} // namespace

void tst_ContextGuard::postRunsInTheContextThread()
{
    QObject context;
    const std::shared_ptr<ContextGuard> guard = ContextGuard::of(&context);
    QCOMPARE(ContextGuard::of(&context), guard); // one guard per object
    QThread *ranIn = nullptr;
    QThreadPool pool;
    pool.start([guard, &ranIn]() { QVERIFY(guard->post([&ranIn]() { ranIn = QThread::currentThread(); })); });
    QTRY_COMPARE(ranIn, QThread::currentThread());
}

void tst_ContextGuard::postAfterDeletionIsDropped()
{
    auto *context = new QObject;
    const std::shared_ptr<ContextGuard> guard = ContextGuard::of(context);
    QVERIFY(guard->alive());
    delete context;
    QVERIFY(!guard->alive());
    bool ran = false;
    QVERIFY(!guard->post([&ran]() { ran = true; }));
    QCoreApplication::processEvents();
    QVERIFY(!ran);
    QVERIFY(!ContextGuard::of(nullptr)->post([]() {}));
    // A new object at any address gets a live guard of its own.
    QObject other;
    QVERIFY(ContextGuard::of(&other)->alive());
}

// Worker threads post to an object of another thread until that thread has deleted it: each call either runs
// on the living object or is discarded with it, none runs later, and every poster learns that the object has
// gone; nothing touches freed memory (a sanitized build checks that part).
void tst_ContextGuard::postsRacingDeletionNeverReachADeletedObject()
{
    for (int round = 0; round < 20; ++round) {
        auto tally = std::make_shared<Tally>();
        std::atomic<bool> alive{false};
        QThread owner;
        owner.start();
        auto *target = new Target(&alive);
        target->moveToThread(&owner);
        std::shared_ptr<ContextGuard> guard;
        QMetaObject::invokeMethod(
            target, [target, &guard]() { guard = ContextGuard::of(target); }, Qt::BlockingQueuedConnection);

        std::atomic<int> attempts{0};
        std::atomic<int> posted{0};
        QSemaphore go;
        QThreadPool posters;
        posters.setMaxThreadCount(4);
        for (int t = 0; t < 4; ++t) {
            posters.start([&, tally]() {
                go.acquire();
                for (;;) { // until the object has gone
                    ++attempts;
                    Token token(tally);
                    const bool accepted = guard->post([token = std::move(token), tally, &alive]() mutable {
                        if (!alive)
                            ++tally->ranOnDeleted;
                        token.run();
                    });
                    if (!accepted)
                        return;
                    ++posted;
                }
            });
        }
        go.release(4);
        QThread::msleep(round % 5);
        QMetaObject::invokeMethod(target, [target]() { delete target; }, Qt::QueuedConnection);
        posters.waitForDone();
        owner.quit();
        owner.wait();
        QVERIFY(!guard->alive());
        QCOMPARE(tally->ranOnDeleted.load(), 0);
        QCOMPARE(tally->ran.load() + tally->discarded.load(), attempts.load());
        QVERIFY(tally->ran.load() <= posted.load());
    }
}

void tst_ContextGuard::poolCallDropsTheResultOfAContextDeletedMeanwhile()
{
    QThreadPool pool;
    QSemaphore working;
    QSemaphore finish;
    bool done = false;
    auto *context = new QObject;
    poolCall(
        &pool, context,
        [&]() {
            working.release();
            finish.acquire();
            return 42;
        },
        [&done](int) { done = true; });
    working.acquire();
    delete context;
    finish.release();
    pool.waitForDone();
    QCoreApplication::processEvents();
    QVERIFY(!done);

    QObject living;
    int result = 0;
    poolCall(&pool, &living, []() { return 7; }, [&result](int r) { result = r; });
    QTRY_COMPARE(result, 7);
}

// The server's case: pool jobs finish while the server thread deletes the object their results go to. Each
// result reaches the living object or is dropped; none reaches a deleted one.
void tst_ContextGuard::poolCallsRacingTheDeletionOfTheirContext()
{
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    for (int round = 0; round < 20; ++round) {
        std::atomic<bool> alive{false};
        std::atomic<int> lateResults{0};
        QThread owner;
        owner.start();
        auto *target = new Target(&alive);
        target->moveToThread(&owner);
        QMetaObject::invokeMethod(
            target,
            [&, target]() {
                for (int i = 0; i < 400; ++i)
                    poolCall(
                        &pool, target, [i]() { return i; },
                        [&alive, &lateResults](int) {
                            if (!alive)
                                ++lateResults;
                        });
            },
            Qt::BlockingQueuedConnection);
        QThread::usleep(200 * (round % 5));
        QMetaObject::invokeMethod(target, [target]() { delete target; }, Qt::QueuedConnection);
        pool.waitForDone();
        owner.quit();
        owner.wait();
        QCOMPARE(lateResults.load(), 0);
    }
}

QTEST_GUILESS_MAIN(tst_ContextGuard)
#include "tst_contextguard.moc"
