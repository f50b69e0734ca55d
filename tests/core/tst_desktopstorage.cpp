// What the desktop keeps in the application database, on SQLite and on a real PostgreSQL: conversation titles,
// search over titles and messages (case-insensitive, wildcards taken literally), versions of a regenerated
// turn (the API reads the selected one), the "use my documents" switch, feedback read back per conversation,
// and the ingestion queue's rows (added, re-queued by path, finished, cancelled, counted as references).
#include "conversations/conversationrows.h"
#include "conversations/conversationstore.h"
#include "config/configidentity.h"
#include "conversations/desktopconversations.h"
#include "feedback/feedbackstore.h"
#include "postgressettings.h"
#include "rag/desktop/ingestitemtable.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QTemporaryDir>
#include <QtTest>
#include <atomic>

using namespace aistack;
using namespace aistack::test;

class TstDesktopStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresCluster m_pg;
    int m_counter = 0;

    std::unique_ptr<Database> open(const QString &backend)
    {
        DatabaseSettings s;
        if (backend == QLatin1String("sqlite"))
            s.sqlitePath = m_dir.filePath(QStringLiteral("desktop-%1.db").arg(++m_counter));
        else
            s = postgresSettings(m_pg, QStringLiteral("d%1").arg(++m_counter));
        auto db = std::make_unique<Database>(s);
        QString error;
        Migrator migrator(*db);
        if (!migrator.migrate(productMigrations(), &error))
            qFatal("migration failed: %s", qPrintable(error));
        return db;
    }

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    // Records turns through the store's writer and waits for their commits.
    static bool record(ConversationStore &store, const QString &id, const QString &user,
                       const QVector<QPair<QString, QString>> &turns, bool isNew)
    {
        std::atomic<int> done{0};
        std::atomic<int> failed{0};
        for (int i = 0; i < turns.size(); ++i) {
            ConversationTurn t;
            t.userMessage = turns[i].first;
            t.assistantMessage = turns[i].second;
            t.systemPrompt = QStringLiteral("You are a helpful assistant");
            t.model = QStringLiteral("extractive");
            t.provider = QStringLiteral("builtin");
            t.answer.inputTokens = 10 + i;
            t.answer.sources = {CitedPassage{QStringLiteral("documents"), QStringLiteral("d1"), QStringLiteral("faq.txt"),
                                             QStringLiteral("/home/a/faq.txt"), 0, 0.75, QStringLiteral("a passage")}};
            store.recordTurn(id, user, t, isNew && i == 0, [&](const QString &e) {
                (e.isEmpty() ? done : failed)++;
            });
        }
        return QTest::qWaitFor([&]() { return done + failed == turns.size(); }, 10000) && failed == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
    }

    void titlesAndSearch_data() { backends(); }
    void titlesAndSearch()
    {
        QFETCH(QString, backend);
        auto db = open(backend);
        ConversationStore store(*db);
        DesktopConversations desktop(store);
        const QString me = QStringLiteral("me"), other = QStringLiteral("other");
        const QString a = QStringLiteral("0197a3c4-0000-7000-8000-000000000001");
        const QString b = QStringLiteral("0197a3c4-0000-7000-8000-000000000002");
        const QString c = QStringLiteral("0197a3c4-0000-7000-8000-000000000003");
        QVERIFY(record(store, a, me, {{QStringLiteral("How often is the FILTER changed?\nsecond line"),
                                       QStringLiteral("Every 500 hours.")}}, true));
        QVERIFY(record(store, b, me, {{QStringLiteral("What about 100% duty_cycle?"), QStringLiteral("It runs hot.")},
                                      {QStringLiteral("And the seal?"), QStringLiteral("Replace it yearly.")}}, true));
        QVERIFY(record(store, c, other, {{QStringLiteral("filter for someone else"), QStringLiteral("no")}}, true));

        QString error;
        auto all = desktop.summaries(me, {}, &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 2); // only mine, newest activity first
        QCOMPARE(all->at(0).row.id, b);
        QCOMPARE(all->at(0).row.messageCount, 2);
        QCOMPARE(all->at(1).title, QStringLiteral("How often is the FILTER changed?")); // first line of the first question
        QVERIFY(all->at(1).row.useDocuments);

        // Case-insensitive, over questions and answers; % and _ are plain characters.
        auto found = desktop.summaries(me, QStringLiteral("filter"), &error);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().row.id, a);
        QCOMPARE(desktop.summaries(me, QStringLiteral("YEARLY"), &error)->first().row.id, b);
        QCOMPARE(desktop.summaries(me, QStringLiteral("100%"), &error)->size(), 1);
        QCOMPARE(desktop.summaries(me, QStringLiteral("0%"), &error)->size(), 1);
        QCOMPARE(desktop.summaries(me, QStringLiteral("y_c"), &error)->size(), 1);
        QCOMPARE(desktop.summaries(me, QStringLiteral("%%"), &error)->size(), 0);
        QCOMPARE(desktop.summaries(me, QStringLiteral("e_s"), &error)->size(), 0); // _ is no wildcard

        // A title, then back to the first question; only the owner can rename.
        QVERIFY(desktop.rename(a, me, QStringLiteral("  Filter   intervals "), &error));
        QCOMPARE(desktop.summaries(me, QStringLiteral("intervals"), &error)->first().title, QStringLiteral("Filter intervals"));
        QVERIFY(!desktop.rename(a, other, QStringLiteral("stolen"), &error));
        QVERIFY(desktop.rename(a, me, QString(), &error));
        QCOMPARE(desktop.summaries(me, QStringLiteral("filter"), &error)->first().title,
                 QStringLiteral("How often is the FILTER changed?"));

        QVERIFY(desktop.setUseDocuments(b, me, false, &error));
        QVERIFY(!store.find(b, me, &error)->useDocuments);
        // The API's list reads the same rows.
        QCOMPARE(store.list(me, &error)->size(), 2);
    }

    void versionsOfTheLastTurn_data() { backends(); }
    void versionsOfTheLastTurn()
    {
        QFETCH(QString, backend);
        auto db = open(backend);
        ConversationStore store(*db);
        DesktopConversations desktop(store);
        QSignalSpy changed(store.events(), &ConversationEvents::changed);
        const QString id = QStringLiteral("0197a3c4-0000-7000-8000-000000000010");
        const QString me = QStringLiteral("me");
        QVERIFY(record(store, id, me, {{QStringLiteral("q1"), QStringLiteral("a1")}, {QStringLiteral("q2"), QStringLiteral("a2")}}, true));
        QVERIFY(QTest::qWaitFor([&]() { return changed.count() == 2; }, 5000)); // one per committed turn

        TurnVersion v;
        v.userMessage = QStringLiteral("q2 edited");
        v.assistantMessage = QStringLiteral("a2 again");
        v.model = QStringLiteral("tiny");
        v.provider = QStringLiteral("openai");
        v.startedAt = QDateTime::currentDateTimeUtc();
        v.completedAt = v.startedAt.addSecs(1);
        v.answer.status = AnswerDetails::Status::Stopped;
        v.answer.outputTokens = 7;
        QString error;
        QVERIFY2(desktop.reviseLastTurn(id, me, v, &error), qPrintable(error));
        QVERIFY(!desktop.reviseLastTurn(id, QStringLiteral("intruder"), v, &error));
        auto turns = store.turns(id, &error);
        QCOMPARE(turns->size(), 2); // a version, not a turn
        const ConversationTurn last = turns->last();
        QCOMPARE(last.versionCount(), 2);
        QCOMPARE(last.selectedVersion, 1);
        QCOMPARE(last.userMessage, QStringLiteral("q2 edited"));
        QCOMPARE(last.assistantMessage, QStringLiteral("a2 again"));
        QCOMPARE(last.answer.status, AnswerDetails::Status::Stopped);
        QCOMPARE(last.versions.first().assistantMessage, QStringLiteral("a2"));
        QCOMPARE(last.versions.first().answer.sources.first().path, QStringLiteral("/home/a/faq.txt"));
        QCOMPARE(store.find(id, me, &error)->lastUsedModel, QStringLiteral("tiny"));

        QVERIFY(desktop.selectVersion(id, me, last.id, 0, &error));
        turns = store.turns(id, &error);
        QCOMPARE(turns->last().assistantMessage, QStringLiteral("a2"));
        QCOMPARE(turns->last().selectedVersion, 0);
        QCOMPARE(turns->last().answer.inputTokens, 11);
        QVERIFY(!desktop.selectVersion(id, me, last.id, 5, &error));
        QVERIFY(error.contains(QStringLiteral("no version 6")));
        QVERIFY(changed.count() >= 4);
        QVERIFY(store.remove(id, &error));
        QSignalSpy removed(store.events(), &ConversationEvents::removed);
        QVERIFY(!store.remove(id, &error));
        QCOMPARE(removed.count(), 0);
    }

    void feedbackIsReadBackPerConversation_data() { backends(); }
    void feedbackIsReadBackPerConversation()
    {
        QFETCH(QString, backend);
        auto db = open(backend);
        UserDataCollectionConfig config;
        config.feedbackEnabled = true;
        config.feedbackStorage = m_dir.filePath(QStringLiteral("feedback-%1").arg(m_counter));
        FeedbackStore feedback(config, *db);
        FeedbackEntry e;
        e.userId = QStringLiteral("me");
        e.conversationId = QStringLiteral("c1");
        e.userQuestion = QStringLiteral("q");
        e.llmResponse = QStringLiteral("a");
        e.sentiment = -1;
        e.categories = QStringList{QStringLiteral("incorrect"), QStringLiteral("other")};
        QString error;
        QVERIFY2(feedback.store(e, &error), qPrintable(error));
        e.userId = QStringLiteral("someone else");
        QVERIFY(feedback.store(e, &error));
        const auto mine = feedback.forConversation(QStringLiteral("c1"), QStringLiteral("me"), &error);
        QVERIFY2(mine, qPrintable(error));
        QCOMPARE(mine->size(), 1);
        QCOMPARE(*mine->first().sentiment, -1);
        QCOMPARE(*mine->first().categories, (QStringList{QStringLiteral("incorrect"), QStringLiteral("other")}));
        QVERIFY(!mine->first().userFeedback);
    }

    void feedbackIsListedFilteredAndRemoved_data() { backends(); }
    void feedbackIsListedFilteredAndRemoved()
    {
        QFETCH(QString, backend);
        auto db = open(backend);
        UserDataCollectionConfig config;
        config.feedbackEnabled = true;
        config.feedbackStorage = m_dir.filePath(QStringLiteral("feedback-list-%1").arg(m_counter));
        ConfigIdentity identity(QStringLiteral("0123456789ab"));
        FeedbackStore feedback(config, *db, &identity);
        QSignalSpy added(feedback.events(), &FeedbackEvents::added);
        QSignalSpy removed(feedback.events(), &FeedbackEvents::removed);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const struct
        {
            const char *user;
            int sentiment;
            const char *category;
            int daysAgo;
        } rows[] = {{"ann", 1, "incorrect", 0}, {"ann", -1, "unsafe", 3}, {"bob", -1, "incorrect", 10}};
        QString error;
        for (const auto &r : rows) {
            FeedbackEntry e;
            e.userId = QString::fromLatin1(r.user);
            e.conversationId = QStringLiteral("c1");
            e.userQuestion = QStringLiteral("q");
            e.llmResponse = QStringLiteral("a");
            e.sentiment = r.sentiment;
            e.categories = QStringList{QString::fromLatin1(r.category)};
            e.timestamp = now.addDays(-r.daysAgo);
            QVERIFY2(feedback.store(e, &error), qPrintable(error));
        }
        QCOMPARE(added.count(), 3);
        QCOMPARE(added.first().first().value<FeedbackEntry>().configId, QStringLiteral("0123456789ab"));
        const auto count = [&](const FeedbackFilter &f) {
            const auto rows = feedback.list(f, &error);
            return rows ? int(rows->size()) : -1;
        };
        const auto all = feedback.list({}, &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->first().userId, QStringLiteral("ann")); // newest first
        QCOMPARE(all->first().configId, QStringLiteral("0123456789ab"));
        QVERIFY(qAbs(all->first().timestamp.msecsTo(now)) < 1000);
        FeedbackFilter f;
        f.sentiment = -1;
        QCOMPARE(count(f), 2);
        f = {};
        f.category = QStringLiteral("incorrect");
        QCOMPARE(count(f), 2);
        f = {};
        f.userId = QStringLiteral("ann");
        QCOMPARE(count(f), 2);
        f = {};
        f.from = now.addDays(-5);
        QCOMPARE(count(f), 2);
        f.to = now.addDays(-1);
        QCOMPARE(count(f), 1);
        // Removal takes the row and its file.
        const QString id = all->first().id;
        const QString file = QDir(*config.feedbackStorage).filePath(id + QStringLiteral(".json"));
        QVERIFY(QFile::exists(file));
        QVERIFY2(feedback.remove(id, &error), qPrintable(error));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(count({}), 2);
        QVERIFY(!feedback.remove(id, &error));
        QVERIFY(error.isEmpty());
    }

    void theIngestionQueueTable_data() { backends(); }
    void theIngestionQueueTable()
    {
        QFETCH(QString, backend);
        auto db = open(backend);
        IngestItemTable table(*db);
        QVector<IngestItem> items;
        for (const char *path : {"/d/a%_x.txt", "/d/b.pdf", "/other/c.md"}) {
            IngestItem i;
            i.tool = QStringLiteral("documents");
            i.path = QString::fromLatin1(path);
            i.name = i.path.section(QLatin1Char('/'), -1);
            i.bytes = 100;
            items << i;
        }
        QString error;
        QVERIFY2(table.add(items, &error), qPrintable(error));
        QVERIFY(items[0].id > 0 && items[1].id > items[0].id && items[2].id > items[1].id);
        QCOMPARE(table.countQueued(&error), 3);
        QCOMPARE(table.queued(10, items[0].id, &error)->size(), 2); // after a row
        QCOMPARE(table.under(QStringLiteral("documents"), QStringLiteral("/d"), &error)->size(), 2);

        items[0].state = IngestItem::State::Stored;
        items[0].documentId = QStringLiteral("doc1");
        items[0].chunks = 4;
        items[1].state = IngestItem::State::Failed;
        items[1].error = QStringLiteral("b.pdf: the PDF cannot be read");
        QVERIFY(table.update({items[0], items[1]}, &error));
        const auto rows = table.items(QStringLiteral("documents"), &error);
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->last().state, IngestItem::State::Stored); // newest first
        QCOMPARE(rows->last().chunks, 4);
        QCOMPARE(table.byIds({items[1].id}, &error)->first().error, QStringLiteral("b.pdf: the PDF cannot be read"));
        QCOMPARE(table.storedReferences(QStringLiteral("doc1"), -1, &error), 1);
        QCOMPARE(table.storedReferences(QStringLiteral("doc1"), items[0].id, &error), 0);

        // The same path again: the row is queued again and keeps the document it held.
        IngestItem again = items[0];
        again.id = 0;
        again.documentId.clear();
        again.state = IngestItem::State::Queued;
        QVector<IngestItem> batch{again};
        QVERIFY(table.add(batch, &error));
        QCOMPARE(batch.first().id, items[0].id);
        QCOMPARE(batch.first().documentId, QStringLiteral("doc1"));
        QCOMPARE(table.countQueued(&error), 2);

        const auto cancelled = table.cancelQueued(&error);
        QCOMPARE(cancelled->size(), 2);
        QCOMPARE(table.countQueued(&error), 0);

        QVERIFY(table.addWatchedFolder(QStringLiteral("documents"), QStringLiteral("/d"), &error));
        QVERIFY(table.addWatchedFolder(QStringLiteral("documents"), QStringLiteral("/d"), &error)); // once
        QCOMPARE(table.watchedFolders(&error)->size(), 1);
        QVERIFY(table.removeWatchedFolder(QStringLiteral("documents"), QStringLiteral("/d"), &error));
        QCOMPARE(table.watchedFolders(&error)->size(), 0);
    }

    void titleFromQuestion()
    {
        QCOMPARE(ConversationRows::titleFromQuestion(QStringLiteral("  short  ")), QStringLiteral("short"));
        const QString longer = QStringLiteral("How do I replace the mechanical seal of the large pump without draining the tank first?");
        const QString title = ConversationRows::titleFromQuestion(longer, 40);
        QVERIFY(title.size() <= 41);
        QVERIFY(title.endsWith(QChar(0x2026)));
        QVERIFY(longer.startsWith(title.chopped(1)));
    }
};

QTEST_GUILESS_MAIN(TstDesktopStorage)
#include "tst_desktopstorage.moc"
