// Storage: the same tests on SQLite and on a real PostgreSQL 15 cluster started by the test.
#include "postgressettings.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QFileInfo>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QtTest>
#include <memory>
#include <vector>

using namespace aistack;
using namespace aistack::test;

class TstStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresCluster m_pg;
    int m_counter = 0;

    DatabaseSettings settingsFor(const QString &backend, const QString &ns = QStringLiteral("public"))
    {
        DatabaseSettings s;
        if (backend == QLatin1String("sqlite")) {
            s.sqlitePath = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_counter));
            return s;
        }
        // Each test gets its own schema so that tests do not see each other's tables.
        return postgresSettings(m_pg,
                                ns == QLatin1String("public") ? QStringLiteral("t%1").arg(++m_counter) : ns);
    }

    static int scalar(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
    }

    void migratesAFreshDatabase_data() { backends(); }
    void migratesAFreshDatabase()
    {
        QFETCH(QString, backend);
        Database db(settingsFor(backend));
        Migrator migrator(db);
        QString error;
        QCOMPARE(migrator.currentVersion(&error), 0);
        QVERIFY2(migrator.migrate(productMigrations(), &error), qPrintable(error));
        QCOMPARE(migrator.currentVersion(&error), productMigrations().last().version);
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT COUNT(*) FROM app_meta WHERE key IN ('instance_id','created_at')")),
                 2);
        // A second run applies nothing and keeps the data.
        QVERIFY2(migrator.migrate(productMigrations(), &error), qPrintable(error));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")),
                 productMigrations().size());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM app_meta")), 2);
    }

    void aFailedMigrationLeavesNothingBehind_data() { backends(); }
    void aFailedMigrationLeavesNothingBehind()
    {
        QFETCH(QString, backend);
        Database db(settingsFor(backend));
        const QVector<Migration> steps{
            {1,
             QStringLiteral("good"),
             {QStringLiteral("CREATE TABLE a (x INTEGER)")},
             {QStringLiteral("CREATE TABLE a (x INTEGER)")}},
            {2,
             QStringLiteral("bad"),
             {QStringLiteral("CREATE TABLE b (x INTEGER)"), QStringLiteral("INSERT INTO nowhere VALUES (1)")},
             {QStringLiteral("CREATE TABLE b (x INTEGER)"),
              QStringLiteral("INSERT INTO nowhere VALUES (1)")}},
        };
        Migrator migrator(db);
        QString error;
        QVERIFY(!migrator.migrate(steps, &error));
        QVERIFY2(error.contains(QStringLiteral("migration 2 (bad) failed")), qPrintable(error));
        QCOMPARE(migrator.currentVersion(&error), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM a")), 0);
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("SELECT COUNT(*) FROM b"))); // rolled back with its step
    }

    void eachThreadHasItsOwnConnection_data() { backends(); }
    void eachThreadHasItsOwnConnection()
    {
        QFETCH(QString, backend);
        Database db(settingsFor(backend));
        QString error;
        QVERIFY(db.transaction(
            [](QSqlDatabase &c, QString *) {
                return QSqlQuery(c).exec(QStringLiteral("CREATE TABLE hits (thread INTEGER, n INTEGER)"));
            },
            &error));
        QList<QThread *> threads;
        QAtomicInt failures;
        QSet<QString> names;
        QMutex namesMutex;
        QAtomicInt arrived;
        QSemaphore gate;
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([&, t]() {
                {
                    QMutexLocker lock(&namesMutex);
                    names.insert(db.connection().connectionName());
                }
                // All four threads are alive at once, so none can take over a finished thread's id.
                if (arrived.fetchAndAddOrdered(1) + 1 == 4)
                    gate.release(4);
                gate.acquire();
                for (int i = 0; i < 50; ++i) {
                    QString err;
                    const bool ok = db.transaction(
                        [&](QSqlDatabase &c, QString *) {
                            QSqlQuery q(c);
                            q.prepare(QStringLiteral("INSERT INTO hits VALUES (?, ?)"));
                            q.addBindValue(t);
                            q.addBindValue(i);
                            return q.exec();
                        },
                        &err);
                    if (!ok)
                        failures.fetchAndAddRelaxed(1);
                }
            });
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(failures.loadRelaxed(), 0);
        QCOMPARE(names.size(), 4);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM hits")), 200);
    }

    void aRolledBackTransactionKeepsNothing_data() { backends(); }
    void aRolledBackTransactionKeepsNothing()
    {
        QFETCH(QString, backend);
        Database db(settingsFor(backend));
        QString error;
        QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        QVERIFY(!db.transaction(
            [](QSqlDatabase &c, QString *) {
                QSqlQuery(c).exec(QStringLiteral("INSERT INTO t VALUES (1)"));
                return false;
            },
            &error));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM t")), 0);
    }

    void dataSurvivesReopening_data() { backends(); }
    void dataSurvivesReopening()
    {
        QFETCH(QString, backend);
        const DatabaseSettings s = settingsFor(backend);
        QString error;
        {
            Database db(s);
            QVERIFY(Migrator(db).migrate(productMigrations(), &error));
        }
        Database again(s);
        QCOMPARE(Migrator(again).currentVersion(&error), productMigrations().last().version);
    }

    // A QThreadPool thread that expired is started again later: the same QThread, a new system thread with a
    // new id, while another thread may have taken the id it had. The pool thread's end must close only its
    // own connection: the other thread's kept statements go on working.
    void anExpiredPoolThreadLeavesAnotherThreadsConnectionAlone()
    {
        Database db(settingsFor(QStringLiteral("sqlite")));
        QString error;
        QVERIFY(db.transaction(
            [](QSqlDatabase &c, QString *) {
                return QSqlQuery(c).exec(QStringLiteral("CREATE TABLE t (n INTEGER)"));
            },
            &error));
        const auto count = [&db]() {
            QString err;
            Database::ReusedQuery q = db.reused(QStringLiteral("SELECT COUNT(*) FROM t"), &err);
            return q && q->exec() && q->next() ? q->value(0).toInt() : -1;
        };
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        pool.setExpiryTimeout(20);
        QThread *poolThread = nullptr;
        Qt::HANDLE firstId = nullptr;
        QSemaphore ran; // not waitForDone(): that deletes the pool's threads instead of letting them expire
        pool.start([&]() {
            poolThread = QThread::currentThread();
            firstId = QThread::currentThreadId();
            count();
            ran.release();
        });
        ran.acquire();
        QTRY_VERIFY(poolThread->isFinished());

        // Threads that keep a connection open until released; one of them takes the finished thread's id.
        struct Keeper
        {
            std::unique_ptr<QThread> thread;
            Qt::HANDLE id = nullptr;
            int before = -2, after = -2;
        };
        std::vector<std::unique_ptr<Keeper>> keepers;
        QSemaphore ready, go;
        bool taken = false;
        for (int i = 0; i < 16 && !taken; ++i) {
            auto keeper = std::make_unique<Keeper>();
            Keeper *k = keeper.get();
            k->thread.reset(QThread::create([&, k]() {
                k->id = QThread::currentThreadId();
                k->before = count();
                ready.release();
                go.acquire();
                k->after = count();
            }));
            k->thread->start();
            ready.acquire();
            taken = k->id == firstId;
            keepers.push_back(std::move(keeper));
        }
        const auto releaseKeepers = [&]() {
            go.release(int(keepers.size()));
            for (const auto &k : keepers)
                k->thread->wait();
        };
        if (!taken) {
            releaseKeepers();
            QSKIP("no new thread took the id of the finished pool thread; the case cannot be set up here");
        }

        // The pool starts its expired thread again (under a new id), and it expires again.
        pool.start([&]() {
            poolThread = QThread::currentThread();
            count();
            ran.release();
        });
        ran.acquire();
        QTRY_VERIFY(poolThread->isFinished());

        releaseKeepers();
        for (const auto &k : keepers) {
            QCOMPARE(k->before, 0);
            QCOMPARE(k->after, 0);
        }
    }

    void sqliteUsesWalAndBusyTimeout()
    {
        Database db(settingsFor(QStringLiteral("sqlite")));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(db.connection().connectOptions().contains(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")));
    }

    // A long stream of commits: the write-ahead log is copied back into the database file in the background
    // as it grows, and it starts over at about 4,000 pages (16 MB) however much is written. The bound checked
    // (11,000 pages) leaves room for a slow disk (on a busy VM a checkpoint's fsync was seen to hold the log
    // back to 8,000 pages); a log that never started over would reach 15,000 pages here.
    void sqliteWriteAheadLogStaysBounded()
    {
        const DatabaseSettings s = settingsFor(QStringLiteral("sqlite"));
        const QString wal = s.sqlitePath + QStringLiteral("-wal");
        const QByteArray blob(16 * 1024, 'x'); // five pages per row
        constexpr int kRows = 3000;            // about 15,000 pages in all
        constexpr qint64 kBound = 11000 * (4096 + 24);
        {
            Database db(s);
            QString error;
            QVERIFY2(db.transaction(
                         [](QSqlDatabase &c, QString *) {
                             return QSqlQuery(c).exec(
                                 QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, b BLOB)"));
                         },
                         &error),
                     qPrintable(error));
            auto insertRows = [&](int from, int to) {
                for (int i = from; i < to; ++i) {
                    const bool ok = db.transaction(
                        [&](QSqlDatabase &c, QString *) {
                            QSqlQuery q(c);
                            q.prepare(QStringLiteral("INSERT INTO t (id, b) VALUES (?, ?)"));
                            q.addBindValue(i);
                            q.addBindValue(blob);
                            return q.exec();
                        },
                        &error);
                    if (!ok)
                        return false;
                    if (QFileInfo(wal).size() > kBound)
                        return false;
                }
                return true;
            };
            // About 2,000 pages: past the background checkpoint, short of the writer's own.
            QVERIFY2(insertRows(0, 400), qPrintable(error));
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(s.sqlitePath).size() > 400 * 16 * 1024, 10000);
            QVERIFY2(insertRows(400, kRows),
                     qPrintable(QStringLiteral("%1; log %2 bytes").arg(error).arg(QFileInfo(wal).size())));
        }
        Database again(s);
        QCOMPARE(scalar(again, QStringLiteral("SELECT COUNT(*) FROM t WHERE length(b) = 16384")), kRows);
    }

    void postgresNamespaceIsASchema()
    {
        Database db(settingsFor(QStringLiteral("postgres"), QStringLiteral("lightspeed-stack")));
        QString error;
        QVERIFY2(Migrator(db).migrate(productMigrations(), &error), qPrintable(error));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                                           "table_schema = 'lightspeed-stack' AND table_name = 'app_meta'")),
                 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                                           "table_schema = 'public' AND table_name = 'app_meta'")),
                 0);
    }

    void postgresUrlIsUnderstood()
    {
        DatabaseSettings s;
        QString error;
        const QString url =
            QStringLiteral("postgres://%1:%2@127.0.0.1:%3/%4?sslmode=disable&namespace=fromurl")
                .arg(m_pg.user(), m_pg.password())
                .arg(m_pg.port())
                .arg(m_pg.database());
        QVERIFY2(DatabaseSettings::fromUrl(url, &s, &error), qPrintable(error));
        QCOMPARE(s.postgres.namespaceName, QStringLiteral("fromurl"));
        QVERIFY(!s.describe().contains(m_pg.password())); // never in logs
        Database db(s);
        QVERIFY2(db.ping(&error), qPrintable(error));
        QVERIFY(!DatabaseSettings::fromUrl(QStringLiteral("mysql://x/y"), &s, &error));
        QVERIFY(error.contains(QStringLiteral("sqlite://")));
        QVERIFY(DatabaseSettings::fromUrl(QStringLiteral("sqlite://rel/sessions.db"), &s, &error));
        QCOMPARE(s.sqlitePath, QStringLiteral("rel/sessions.db"));
    }

    void unreachablePostgresGivesAClearError()
    {
        DatabaseSettings s = settingsFor(QStringLiteral("postgres"));
        s.postgres.port = freeLoopbackPort();
        Database db(s);
        QString error;
        QVERIFY(!db.ping(&error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot connect to PostgreSQL")), qPrintable(error));
        QVERIFY(!error.contains(m_pg.password()));
    }

    void cleanupTestCase() { m_pg.stop(); }
};

QTEST_GUILESS_MAIN(TstStorage)
#include "tst_storage.moc"
