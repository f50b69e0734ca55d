// The Feedback pane over the app's real core (builtin extractive model, SQLite) while the real server listens on
// a free port: feedback posted to /v1/feedback and thumbs given in the Chat pane appear without a restart, with
// the id of the configuration in force; filters and sorting; deletion asks and removes the row and its file;
// CSV and JSON Lines exports hold what the table shows; bad input and unreadable rows say what is wrong; every
// action works from the keyboard; and the window never makes a blocking core call on its own thread.
#include "chat/chatpane.h"
#include "chat/composer.h"
#include "chat/messagelist.h"
#include "chat/turnwidget.h"
#include "desktoptesthelpers.h"
#include "feedbackrows.h"
#include "feedback/conversationreader.h"
#include "feedback/desktopfeedback.h"
#include "feedback/feedbackdetail.h"
#include "feedback/feedbackmodel.h"
#include "feedback/feedbackpane.h"
#include "feedback/feedbackproxymodel.h"
#include "storage/database.h"
#include "widgets/markdownview.h"
#include "widgets/wrappedlabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTableView>
#include <QToolButton>
#include <QUuid>
#include <QtConcurrent>

using namespace aistack;
using namespace aistack::test;

namespace {
const QByteArray kApiUser = "api-client-7";

// Runs fn on a thread of its own and waits for it: the test reaches into the database as another program
// would, never from the GUI thread.
template <typename Fn> auto offThread(Fn fn)
{
    QFuture<decltype(fn())> f = QtConcurrent::run(std::move(fn));
    if (!QTest::qWaitFor([&]() { return f.isFinished(); }, 30000))
        qWarning("the database did not answer");
    return f.result();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks.
QVector<QStringList> parseCsv(const QString &text)
{
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}
} // namespace

class TstFeedbackPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<DesktopFixture> m_app;
    QString m_apiConversation; // a conversation of kApiUser, made through /v1/query

    FeedbackPane *pane() { return m_app->window().feedbackPane(); }
    QTableView *table() { return pane()->table(); }
    int shown() { return pane()->proxy()->rowCount(); }

    HttpReply postFeedback(const QJsonObject &body, const QByteArray &user = kApiUser)
    {
        return apiCall(m_app->port(), "POST", "/v1/feedback?user_id=" + user,
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // Posts feedback and waits until the pane has a row for it; returns that row's entry id.
    QString postAndWait(const QJsonObject &body, const QByteArray &user = kApiUser)
    {
        const int before = pane()->model()->rowCount();
        const HttpReply reply = postFeedback(body, user);
        if (reply.status != 200) {
            qWarning() << reply.status << reply.body;
            return {};
        }
        if (!QTest::qWaitFor([&]() { return pane()->model()->rowCount() == before + 1; }, 10000))
            return {};
        // The newest entry (rows are appended in the model as they are committed).
        return pane()->model()->entryAt(pane()->model()->rowCount() - 1).id;
    }

    QJsonObject body(const QString &question, const QJsonValue &sentiment, const QJsonValue &comment = {},
                     const QJsonArray &categories = {}, const QString &conversation = {})
    {
        QJsonObject b{
            {QStringLiteral("conversation_id"), conversation.isEmpty() ? m_apiConversation : conversation},
            {QStringLiteral("user_question"), question},
            {QStringLiteral("llm_response"), QString(QStringLiteral("**Answer** to: ") + question)},
            {QStringLiteral("sentiment"), sentiment}};
        if (!comment.isNull())
            b.insert(QStringLiteral("user_feedback"), comment);
        if (!categories.isEmpty())
            b.insert(QStringLiteral("categories"), categories);
        return b;
    }

    void selectId(const QString &id)
    {
        const int row = pane()->model()->rowOf(id);
        QVERIFY(row >= 0);
        const QModelIndex index = pane()->proxy()->mapFromSource(pane()->model()->index(row, 0));
        QVERIFY(index.isValid());
        table()->setCurrentIndex(index);
        table()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    // A row of the feedback table, straight from the database (what the API and the next start would see).
    QVariantList dbRow(const QString &id)
    {
        Database *db = m_app->services().database.get();
        return offThread([db, id]() -> QVariantList {
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("SELECT user_id, sentiment, config_id FROM feedback WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec() || !q.next())
                return {};
            return {q.value(0), q.value(1), q.value(2)};
        });
    }

    QString feedbackFile(const QString &id) { return m_app->path(QStringLiteral("feedback/%1.json").arg(id)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = std::make_unique<DesktopFixture>();
        QString error;
        QVERIFY2(m_app->start(desktopConfig(), &error), qPrintable(error));
        m_app->window().showPane(MainWindow::Feedback);
        m_app->window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_app->window()));
        // A conversation of another user than the desktop's, made by an API client.
        const HttpReply reply =
            apiCall(m_app->port(), "POST", "/v1/query?user_id=" + kApiUser,
                    R"({"query": "How often should the inlet filter be changed?"})");
        QVERIFY2(reply.status == 200, reply.body.constData());
        m_apiConversation = jsonOf(reply).value(QStringLiteral("conversation_id")).toString();
        QVERIFY(!m_apiConversation.isEmpty());
    }

    void init()
    {
        m_app->window().activateWindow(); // a dialog of the test before may have taken the focus away
        QVERIFY(QTest::qWaitForWindowActive(&m_app->window()));
        m_app->window().showPane(MainWindow::Feedback);
        pane()->clearFilters();
        QTest::failOnWarning(QRegularExpression(QStringLiteral("blocking call on the GUI thread")));
    }

    void cleanupTestCase() { m_app.reset(); }

    void startsEmptyAndSaysWhereFeedbackComesFrom()
    {
        QVERIFY(QTest::qWaitFor([&]() { return !pane()->countLabel()->text().contains(QStringLiteral("Loading")); },
                                10000));
        QCOMPARE(pane()->model()->rowCount(), 0);
        QVERIFY2(pane()->countLabel()->text().contains(QStringLiteral("/v1/feedback")),
                 qPrintable(pane()->countLabel()->text()));
    }

    void apiFeedbackAppearsLiveWithItsConfigId()
    {
        const QString id = postAndWait(body(QStringLiteral("How often should the inlet filter be changed?"), 1,
                                            QStringLiteral("Exactly what I needed")));
        QVERIFY(!id.isEmpty());
        const FeedbackEntry &e = pane()->model()->entryAt(pane()->model()->rowOf(id));
        const QString configId = m_app->services().configId.current();
        QVERIFY(!configId.isEmpty());
        QCOMPARE(e.configId, configId);
        QCOMPARE(e.userId, QString::fromLatin1(kApiUser));
        QCOMPARE(e.sentiment, std::optional<int>(1));
        // The database row holds it too, as the API stored it.
        const QVariantList row = dbRow(id);
        QCOMPARE(row.value(2).toString(), configId);
        // In the table, and in full below it.
        selectId(id);
        const QModelIndex config = table()->currentIndex().siblingAtColumn(FeedbackModel::ConfigId);
        QCOMPARE(config.data().toString(), configId);
        QCOMPARE(table()->currentIndex().siblingAtColumn(FeedbackModel::Sentiment).data(Qt::AccessibleTextRole)
                     .toString(),
                 QStringLiteral("Thumbs up"));
        QVERIFY(pane()->detail()->headerLabel()->text().contains(configId));
        QCOMPARE(pane()->detail()->commentLabel()->text(), QStringLiteral("Exactly what I needed"));
        QCOMPARE(pane()->detail()->answerView()->plainText().trimmed(),
                 QStringLiteral("Answer to: How often should the inlet filter be changed?"));
        QCOMPARE(pane()->countText(), QStringLiteral("1 of 1 shown, 1 👍 / 0 👎"));
    }

    void desktopThumbsDownAppears()
    {
        m_app->window().showPane(MainWindow::Chat);
        ChatPane *chat = m_app->window().chatPane();
        chat->newConversation();
        QSignalSpy finished(chat, &ChatPane::answerFinished);
        chat->ask(QStringLiteral("Can the pump run dry?"));
        QVERIFY(finished.wait(30000));
        QVERIFY(QTest::qWaitFor([&]() {
            MessageList *m = chat->messages();
            return m->turnCount() == 1 && m->widgetAt(0)->turn().turnId > 0;
        }, 10000));
        const int before = pane()->model()->rowCount();
        answerNextDialog([](QWidget *dialog) {
            dialog->findChild<QCheckBox *>(QStringLiteral("category_incomplete"))->setChecked(true);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::mouseClick(chat->messages()->widgetAt(0)->findChild<QToolButton *>(QStringLiteral("thumbsDown")),
                          Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&]() { return pane()->model()->rowCount() == before + 1; }, 10000));
        const FeedbackEntry e = pane()->model()->entryAt(pane()->model()->rowCount() - 1);
        QCOMPARE(e.sentiment, std::optional<int>(-1));
        QCOMPARE(e.userId, QString::fromLatin1(desktopUser()));
        QCOMPARE(e.conversationId, chat->currentConversation());
        QCOMPARE(e.categories, std::optional<QStringList>(QStringList{QStringLiteral("incomplete")}));
        QCOMPARE(e.configId, m_app->services().configId.current());
        QCOMPARE(dbRow(e.id).value(2).toString(), m_app->services().configId.current());
        m_app->window().showPane(MainWindow::Feedback);
        QCOMPARE(pane()->countText(), QStringLiteral("2 of 2 shown, 1 👍 / 1 👎"));
    }

    void filtersNarrowTheRows()
    {
        QVERIFY(!postAndWait(body(QStringLiteral("Which oil goes in the sight glass?"), -1, {},
                                  {QStringLiteral("incorrect"), QStringLiteral("outdated_information")}))
                     .isEmpty());
        QVERIFY(!postAndWait(body(QStringLiteral("Torque for the cover bolts?"), -1, {}, {QStringLiteral("unsafe")}),
                             "other-user")
                     .isEmpty());
        QVERIFY(!postAndWait(body(QStringLiteral("Only a comment here"), QJsonValue(), QStringLiteral("no thumbs")))
                     .isEmpty());
        const int all = pane()->model()->rowCount();
        QCOMPARE(shown(), all);

        QComboBox *sentiment = pane()->sentimentFilter();
        sentiment->setCurrentIndex(sentiment->findText(QStringLiteral("Thumbs down")));
        QCOMPARE(shown(), 3);
        QVERIFY2(pane()->countText().startsWith(QStringLiteral("3 of %1 shown, 0 👍 / 3 👎").arg(all)),
                 qPrintable(pane()->countText()));
        QComboBox *category = pane()->categoryFilter();
        category->setCurrentIndex(category->findData(QStringLiteral("unsafe")));
        QCOMPARE(shown(), 1);
        sentiment->setCurrentIndex(sentiment->findText(QStringLiteral("No thumbs")));
        QCOMPARE(shown(), 0);
        pane()->clearFilters();
        QCOMPARE(shown(), all);

        QComboBox *user = pane()->userFilter();
        QVERIFY(user->findData(QStringLiteral("other-user")) > 0);
        QVERIFY(user->findText(QStringLiteral("%1 (desktop)").arg(QString::fromLatin1(desktopUser()))) > 0);
        user->setCurrentIndex(user->findData(QStringLiteral("other-user")));
        QCOMPARE(shown(), 1);
        pane()->clearFilters();

        // Free text finds the question, the comment and the category's label.
        QTest::keyClicks(pane()->searchEdit(), QStringLiteral("sight glass"));
        QCOMPARE(shown(), 1);
        pane()->searchEdit()->clear();
        QTest::keyClicks(pane()->searchEdit(), QStringLiteral("NO THUMBS"));
        QCOMPARE(shown(), 1);
        pane()->searchEdit()->setText(QStringLiteral("outdated information"));
        QCOMPARE(shown(), 1);
        pane()->clearFilters();

        // Days: everything was given today.
        pane()->fromCheck()->setChecked(true);
        pane()->fromEdit()->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(shown(), 0);
        pane()->fromEdit()->setDate(QDate::currentDate());
        QCOMPARE(shown(), all);
        pane()->toCheck()->setChecked(true);
        pane()->toEdit()->setDate(QDate::currentDate().addDays(-1));
        QCOMPARE(shown(), 0);
        pane()->clearFilters();
        QCOMPARE(shown(), all);
    }

    void sortingByAColumnsRawValue()
    {
        QHeaderView *header = table()->horizontalHeader();
        // Thumbs: 👎 (-1) before no thumbs (0) before 👍 (1).
        table()->sortByColumn(FeedbackModel::Sentiment, Qt::AscendingOrder);
        const auto sentimentAt = [&](int row) {
            return pane()->model()->entryAt(pane()->proxy()->mapToSource(pane()->proxy()->index(row, 0)).row())
                .sentiment.value_or(0);
        };
        QCOMPARE(sentimentAt(0), -1);
        QCOMPARE(sentimentAt(shown() - 1), 1);
        // Time, newest first by a click on its header.
        table()->sortByColumn(FeedbackModel::Question, Qt::AscendingOrder);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(FeedbackModel::Time) + 10, header->height() / 2));
        QDateTime previous;
        for (int row = 0; row < shown(); ++row) {
            const QDateTime t =
                pane()->model()->entryAt(pane()->proxy()->mapToSource(pane()->proxy()->index(row, 0)).row()).timestamp;
            if (previous.isValid())
                QVERIFY2(header->sortIndicatorOrder() == Qt::AscendingOrder ? t >= previous : t <= previous,
                         qPrintable(t.toString(Qt::ISODateWithMs)));
            previous = t;
        }
        table()->sortByColumn(FeedbackModel::Time, Qt::DescendingOrder);
    }

    void deleteAsksThenRemovesTheRowAndItsFile()
    {
        const QString id = postAndWait(body(QStringLiteral("Delete me"), -1, QStringLiteral("to be deleted")));
        QVERIFY(!id.isEmpty());
        QVERIFY(QFile::exists(feedbackFile(id)));
        QVERIFY(!dbRow(id).isEmpty());
        selectId(id);
        table()->setFocus();
        // Cancel keeps it.
        answerNextDialog([](QWidget *dialog) {
            QVERIFY(qobject_cast<QMessageBox *>(dialog));
            QVERIFY(static_cast<QMessageBox *>(dialog)->text().contains(QStringLiteral("cannot be undone")));
            static_cast<QMessageBox *>(dialog)->button(QMessageBox::Cancel)->click();
        });
        QTest::keyClick(table(), Qt::Key_Delete);
        QTest::qWait(100);
        m_app->window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_app->window()));
        QVERIFY(pane()->model()->rowOf(id) >= 0);
        QVERIFY(!dbRow(id).isEmpty());
        // Yes removes the row from the table, the database and the disk.
        QSignalSpy deleted(pane(), &FeedbackPane::deleted);
        answerNextDialog([](QWidget *dialog) { static_cast<QMessageBox *>(dialog)->button(QMessageBox::Yes)->click(); });
        QTest::keyClick(table(), Qt::Key_Delete);
        QVERIFY(deleted.wait(10000));
        QCOMPARE(deleted.first().first().toString(), QString());
        QVERIFY(QTest::qWaitFor([&]() { return pane()->model()->rowOf(id) < 0; }, 5000));
        QVERIFY(dbRow(id).isEmpty());
        QVERIFY(!QFile::exists(feedbackFile(id)));
        // Deleting it again (another window was faster) says so.
        QFuture<QString> again = m_app->services().feedbackBrowser()->remove(id);
        QVERIFY(QTest::qWaitFor([&]() { return again.isFinished(); }, 5000));
        QVERIFY2(again.result().contains(QStringLiteral("no longer exists")), qPrintable(again.result()));
    }

    void exportsHoldTheRowsShownWithQuotesCommasAndLineBreaks()
    {
        const QString tricky = QStringLiteral("He said \"stop\", then left.\nSecond line, with, commas");
        const QString id = postAndWait(body(QStringLiteral("Quote, comma and \"newline\"\ntest"), -1, tricky,
                                            {QStringLiteral("incorrect"), QStringLiteral("other")}));
        QVERIFY(!id.isEmpty());
        pane()->searchEdit()->setText(QStringLiteral("newline"));
        QCOMPARE(shown(), 1);

        const QString csvPath = m_app->path(QStringLiteral("out/feedback.csv"));
        QDir().mkpath(m_app->path(QStringLiteral("out")));
        QSignalSpy exported(pane(), &FeedbackPane::exported);
        pane()->exportShown(FeedbackFormat::Csv, csvPath);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.takeFirst().first().toString(), QString());
        QVERIFY(pane()->noticeLabel()->text().contains(QStringLiteral("exported to")));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QVector<QStringList> rows = parseCsv(QString::fromUtf8(csv.readAll()));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0], (QStringList{QStringLiteral("id"), QStringLiteral("time"),
                                       QStringLiteral("user_id"), QStringLiteral("conversation_id"),
                                       QStringLiteral("sentiment"), QStringLiteral("categories"),
                                       QStringLiteral("user_question"), QStringLiteral("llm_response"),
                                       QStringLiteral("user_feedback"), QStringLiteral("config_id")}));
        QCOMPARE(rows[1].size(), 10);
        QCOMPARE(rows[1][0], id);
        QCOMPARE(rows[1][2], QString::fromLatin1(kApiUser));
        QCOMPARE(rows[1][3], m_apiConversation);
        QCOMPARE(rows[1][4], QStringLiteral("-1"));
        QCOMPARE(rows[1][5], QStringLiteral("incorrect;other"));
        QCOMPARE(rows[1][6], QStringLiteral("Quote, comma and \"newline\"\ntest"));
        QCOMPARE(rows[1][8], tricky);
        QCOMPARE(rows[1][9], m_app->services().configId.current());
        QVERIFY(QDateTime::fromString(rows[1][1], Qt::ISODateWithMs).isValid());

        const QString jsonlPath = m_app->path(QStringLiteral("out/feedback.jsonl"));
        pane()->searchEdit()->clear();
        pane()->exportShown(FeedbackFormat::JsonLines, jsonlPath);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.takeFirst().first().toString(), QString());
        QFile jsonl(jsonlPath);
        QVERIFY(jsonl.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = jsonl.readAll().split('\n');
        QCOMPARE(lines.size(), shown() + 1); // the last line ends with a line break too
        QVERIFY(lines.last().isEmpty());
        bool found = false;
        for (int i = 0; i < shown(); ++i) {
            QJsonParseError error{};
            const QJsonObject o = QJsonDocument::fromJson(lines[i], &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, lines[i].constData());
            if (o.value(QStringLiteral("id")).toString() != id)
                continue;
            found = true;
            QCOMPARE(o.value(QStringLiteral("user_feedback")).toString(), tricky);
            QCOMPARE(o.value(QStringLiteral("sentiment")).toInt(), -1);
            QCOMPARE(o.value(QStringLiteral("categories")).toArray(),
                     (QJsonArray{QStringLiteral("incorrect"), QStringLiteral("other")}));
            QCOMPARE(o.value(QStringLiteral("config_id")).toString(), m_app->services().configId.current());
        }
        QVERIFY(found);
    }

    void badInputAndUnreadableRowsSayWhatIsWrong()
    {
        const int before = pane()->model()->rowCount();
        // Malformed JSON and an invalid sentiment: the API refuses them, the pane shows nothing new.
        HttpReply reply = apiCall(m_app->port(), "POST", "/v1/feedback?user_id=" + kApiUser, "{\"conversation_id\": ");
        QCOMPARE(reply.status, 422);
        reply = postFeedback(body(QStringLiteral("Bad sentiment"), 5));
        QCOMPARE(reply.status, 422);
        QVERIFY(reply.body.contains("needs to be -1 or 1"));
        QTest::qWait(200);
        QCOMPARE(pane()->model()->rowCount(), before);

        // A row another program wrote badly: it is listed, and says what could not be read.
        const QString id = newUuid();
        Database *db = m_app->services().database.get();
        const QString conversation = m_apiConversation;
        const QString inserted = offThread([db, id, conversation]() {
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("INSERT INTO feedback (id, user_id, created_at, conversation_id, user_question, "
                                     "llm_response, sentiment, user_feedback, categories) VALUES "
                                     "(?, 'legacy', ?, ?, 'Old question', 'Old answer', 7, NULL, 'not json')"));
            q.addBindValue(id);
            q.addBindValue(QDateTime::currentDateTimeUtc());
            q.addBindValue(conversation);
            return q.exec() ? QString() : q.lastError().text();
        });
        QVERIFY2(inserted.isEmpty(), qPrintable(inserted));
        QSignalSpy loaded(pane(), &FeedbackPane::loaded);
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_F5);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(pane()->model()->rowCount(), before + 1);
        selectId(id);
        WrappedLabel *problem = pane()->detail()->problemLabel();
        QVERIFY(problem->isVisibleTo(pane()));
        QVERIFY2(problem->text().contains(QStringLiteral("could not be read in full")) &&
                     problem->text().contains(QStringLiteral("not json")),
                 qPrintable(problem->text()));
        QVERIFY(table()->currentIndex().siblingAtColumn(FeedbackModel::Time).data(Qt::ToolTipRole).toString()
                    .contains(QStringLiteral("not json")));
        QVERIFY(pane()->detail()->headerLabel()->text().contains(QStringLiteral("configuration not recorded")));

        // An export to a folder that cannot be written says why.
        QSignalSpy exported(pane(), &FeedbackPane::exported);
        pane()->exportShown(FeedbackFormat::Csv, QStringLiteral("/proc/no-such-dir/feedback.csv"));
        QVERIFY(exported.wait(10000));
        QVERIFY(!exported.first().first().toString().isEmpty());
        QVERIFY(pane()->noticeLabel()->isVisible());
        QVERIFY2(pane()->noticeLabel()->text().contains(QStringLiteral("could not be written")),
                 qPrintable(pane()->noticeLabel()->text()));
    }

    void keyboardAloneOpensConversationsAndTheMenu()
    {
        table()->setFocus();
        // Another user's conversation opens read only, with its turns.
        const int apiRow = [&]() {
            for (int r = 0; r < shown(); ++r) {
                const FeedbackEntry &e = pane()->model()->entryAt(pane()->proxy()->mapToSource(pane()->proxy()->index(r, 0)).row());
                if (e.userId == QString::fromLatin1(kApiUser) && e.conversationId == m_apiConversation)
                    return r;
            }
            return -1;
        }();
        QVERIFY(apiRow >= 0);
        QTest::keyClick(table(), Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < apiRow; ++i)
            QTest::keyClick(table(), Qt::Key_Down);
        QCOMPARE(table()->currentIndex().row(), apiRow);
        QTest::keyClick(table(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&]() { return pane()->reader() && pane()->reader()->turnCount() == 1; }, 10000));
        QVERIFY2(pane()->reader()->plainText().contains(QStringLiteral("inlet filter")),
                 qPrintable(pane()->reader()->plainText()));
        QVERIFY(pane()->reader()->windowTitle().contains(QStringLiteral("read only")));
        QCOMPARE(unnamedControls(pane()->reader()), QStringList());
        QTest::keyClick(pane()->reader(), Qt::Key_Escape);
        QVERIFY(QTest::qWaitFor([&]() { return !pane()->reader(); }, 5000));

        // The menu key opens the row's menu at the current row.
        m_app->window().activateWindow();
        table()->setFocus();
        QMenu *menu = nullptr;
        QTimer::singleShot(100, [&]() {
            menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (menu)
                menu->close();
        });
        QTest::keyClick(table(), Qt::Key_Menu);
        QVERIFY(QTest::qWaitFor([&]() { return menu != nullptr; }, 2000));

        // The desktop user's conversation opens in the Chat pane.
        int desktopRow = -1;
        for (int r = 0; r < shown(); ++r)
            if (pane()->model()->entryAt(pane()->proxy()->mapToSource(pane()->proxy()->index(r, 0)).row()).userId ==
                QString::fromLatin1(desktopUser()))
                desktopRow = r;
        QVERIFY(desktopRow >= 0);
        const QString conversation =
            pane()->model()->entryAt(pane()->proxy()->mapToSource(pane()->proxy()->index(desktopRow, 0)).row())
                .conversationId;
        m_app->window().chatPane()->newConversation();
        table()->setFocus();
        table()->setCurrentIndex(pane()->proxy()->index(desktopRow, 0));
        QTest::keyClick(table(), Qt::Key_Enter);
        QCOMPARE(m_app->window().panes()->currentWidget(), m_app->window().chatPane());
        QVERIFY(QTest::qWaitFor([&]() { return m_app->window().chatPane()->currentConversation() == conversation; },
                                5000));
        m_app->window().showPane(MainWindow::Feedback);
        m_app->window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_app->window()));
        table()->setFocus();

        // Ctrl+F reaches the search field; Tab reaches every filter and button.
        QTest::keyClick(table(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), pane()->searchEdit());
        QSet<QWidget *> reached;
        for (int i = 0; i < 40; ++i) {
            reached.insert(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        for (QWidget *w : std::initializer_list<QWidget *>{pane()->sentimentFilter(), pane()->categoryFilter(),
                                                           pane()->userFilter(), pane()->fromCheck(), table()})
            QVERIFY2(reached.contains(w), qPrintable(w->objectName()));
    }

    void everyControlIsNamed()
    {
        const QStringList unnamed = unnamedControls(pane());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char(','))));
    }

    void aThousandRowsLoadFilterAndSort()
    {
        // Written straight to the database in one transaction, as a busy deployment's table would hold them.
        const int extra = 1000;
        Database *database = m_app->services().database.get();
        const QString written = offThread([database]() {
            return writeFeedbackRows(database, 1000, QStringLiteral("bulk-user-"), 7, QStringLiteral("bulk00000000"));
        });
        QVERIFY2(written.isEmpty(), qPrintable(written));
        const int before = pane()->model()->rowCount();
        QSignalSpy loaded(pane(), &FeedbackPane::loaded);
        pane()->reload();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(pane()->model()->rowCount(), before + extra);
        pane()->searchEdit()->setText(QStringLiteral("Bulk question 99:"));
        QCOMPARE(shown(), 1);
        pane()->clearFilters();
        pane()->userFilter()->setCurrentIndex(pane()->userFilter()->findData(QStringLiteral("bulk-user-3")));
        QCOMPARE(shown(), 143); // i % 7 == 3 for i < 1000
        pane()->clearFilters();
        pane()->categoryFilter()->setCurrentIndex(pane()->categoryFilter()->findData(QStringLiteral("unsafe")));
        QVERIFY(shown() >= 500);
        pane()->clearFilters();
        table()->sortByColumn(FeedbackModel::Question, Qt::AscendingOrder);
        QVERIFY(pane()->proxy()->index(0, FeedbackModel::Question).data().toString() <=
                pane()->proxy()->index(1, FeedbackModel::Question).data().toString());
        table()->sortByColumn(FeedbackModel::Time, Qt::DescendingOrder);
        QVERIFY(pane()->countText().startsWith(QStringLiteral("%1 of %1 shown").arg(before + extra)));
    }

    void looksRightInLightAndDark()
    {
        const QString dir = qEnvironmentVariable("AISTACK_SHOTS");
        if (dir.isEmpty())
            QSKIP("set AISTACK_SHOTS to a folder to write the pane's pictures");
        // The row with a comment and categories, about the API client's conversation.
        for (int row = 0; row < pane()->model()->rowCount(); ++row)
            if (pane()->model()->entryAt(row).userFeedback.value_or(QString()).startsWith(QStringLiteral("He said")))
                selectId(pane()->model()->entryAt(row).id);
        const QPalette light = QApplication::palette();
        for (const bool dark : {false, true}) {
            QPalette p = light;
            if (dark) {
                p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
                p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
                p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
                p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
                p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
                p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
                p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
                p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
                p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
            }
            QApplication::setPalette(p);
            m_app->window().resize(1280, 800);
            QTest::qWait(100);
            const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
            QVERIFY(m_app->window().grab().save(QDir(dir).filePath(QStringLiteral("feedback") + suffix)));
            pane()->openCurrentConversation();
            QVERIFY(QTest::qWaitFor([&]() { return pane()->reader() && pane()->reader()->turnCount() > 0; }, 10000));
            QTest::qWait(100);
            QVERIFY(pane()->reader()->grab().save(QDir(dir).filePath(QStringLiteral("feedback-reader") + suffix)));
            pane()->reader()->close();
        }
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(TstFeedbackPane)
#include "tst_feedbackpane.moc"
