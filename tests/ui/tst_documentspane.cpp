// The Documents pane over the app's real core (builtin embedder, embedded store, SQLite) and the real server:
// files and folders added by the dialog's path and by drag and drop reach 100 %, every failure shows its
// reason on its row and can be retried, a removed document is no longer retrieved (by the preview, the chat
// and the API), a watched folder is kept in step, Cancel leaves everything retryable, and /metrics counts it.
#include "desktoptesthelpers.h"
#include "documents/documentspane.h"
#include "documents/ingestitemmodel.h"
#include "documents/ingestprogresspanel.h"
#include "documents/retrievalpreview.h"
#include "fixtures.h"
#include "rag/desktop/desktopdocuments.h"
#include "rag/desktop/folderwatcher.h"

#include <QComboBox>
#include <QDropEvent>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

using namespace aistack;
using namespace aistack::test;

class TstDocumentsPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<DesktopFixture> m_app;

    DocumentsPane *pane() { return m_app->window().documentsPane(); }
    IngestItemModel *model() { return pane()->model(); }
    IngestQueue *queue() { return m_app->services().ingestQueue.get(); }

    // The row of a file, by name; -1 when it is not listed.
    int rowOf(const QString &name)
    {
        for (int r = 0; r < model()->rowCount(); ++r)
            if (model()->itemAt(r).name == name)
                return r;
        return -1;
    }
    IngestItem item(const QString &name)
    {
        const int r = rowOf(name);
        return r >= 0 ? model()->itemAt(r) : IngestItem();
    }
    bool waitIdle(int timeoutMs = 120000)
    {
        const bool idle =
            QTest::qWaitFor([this]() { return !queue()->isRunning() && !queue()->progress().running; }, timeoutMs);
        QTest::qWait(200); // the last batch of changes reaches the table
        return idle;
    }
    QStringList previewFiles(const QString &question)
    {
        RetrievalPreview *preview = pane()->preview();
        QSignalSpy searched(preview, &RetrievalPreview::searched);
        preview->questionField()->setText(question);
        QTest::keyClick(preview->questionField(), Qt::Key_Return);
        if (!searched.wait(10000))
            return {QStringLiteral("(no answer)")};
        QStringList files;
        for (int i = 0; i < preview->results()->topLevelItemCount(); ++i)
            files << preview->results()->topLevelItem(i)->text(2);
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_app = std::make_unique<DesktopFixture>();
        QString error;
        QVERIFY2(m_app->start(desktopConfig(), &error), qPrintable(error));
        m_app->window().showPane(MainWindow::Documents);
        QVERIFY(QTest::qWaitFor([this]() { return pane()->totalsLabel()->text().contains(QStringLiteral("document")); },
                                10000));
    }

    void init()
    {
        m_app->window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_app->window()));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("blocking call on the GUI thread")));
    }

    void cleanupTestCase() { m_app.reset(); }

    void aFolderReachesAHundredPercentAndEveryFailureSaysWhy()
    {
        const QString folder = m_app->path(QStringLiteral("library"));
        QVERIFY(writeFile(folder + QStringLiteral("/pump-handbook.md"), handbookText()));
        QVERIFY(writeFile(folder + QStringLiteral("/faq.txt"), faqText()));
        QVERIFY(writeFile(folder + QStringLiteral("/models.csv"), "model,flow\nP-100,120\nP-200,240\n"));
        QVERIFY(writeFile(folder + QStringLiteral("/manual.pdf"),
                          makePdf({QStringLiteral("Page one is about the turbine blades and their inspection."),
                                   QStringLiteral("Page two explains how to balance the rotor after repair.")})));
        QVERIFY(writeFile(folder + QStringLiteral("/sub/report.docx"),
                          makeDocx(QStringLiteral("Inspection report"), QStringLiteral("Findings"),
                                   {QStringLiteral("The compressor intake showed corrosion near the flange.")}, {})));
        QVERIFY(writeFile(folder + QStringLiteral("/scan.pdf"), "%PDF-1.4\n% truncated in transfer\n"));
        QVERIFY(writeFile(folder + QStringLiteral("/empty.txt"), QByteArray()));
        QVERIFY(writeFile(folder + QStringLiteral("/bomb.docx"), makeDocxBomb()));
        QVERIFY(writeFile(folder + QStringLiteral("/setup.exe"), QByteArray("MZ\x90\x00", 4)));
        QVERIFY(QFile::link(folder + QStringLiteral("/moved-away.txt"), folder + QStringLiteral("/gone.txt")));

        pane()->addPaths({folder});
        QVERIFY(waitIdle());
        QVERIFY(QTest::qWaitFor([this]() { return rowOf(QStringLiteral("gone.txt")) >= 0; }, 5000));

        // 100 %: every queued file is done; the bar says so.
        QProgressBar *bar = pane()->progressPanel()->bar();
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(bar->maximum(), 8); // neither the .exe nor the dangling link is ever queued
        QVERIFY(pane()->progressPanel()->label()->text().startsWith(QStringLiteral("Done:")));
        for (const char *stored : {"pump-handbook.md", "faq.txt", "models.csv", "manual.pdf", "report.docx"}) {
            const IngestItem i = item(QString::fromLatin1(stored));
            QVERIFY2(i.state == IngestItem::State::Stored, stored);
            QVERIFY2(i.chunks > 0, stored);
        }
        QCOMPARE(item(QStringLiteral("manual.pdf")).pages, 2);
        // Each failure on its own row, with its reason, in words.
        const auto status = [this](const QString &name) {
            return model()->index(rowOf(name), IngestItemModel::Status).data().toString();
        };
        QVERIFY2(status(QStringLiteral("scan.pdf")).startsWith(QStringLiteral("Failed: the PDF cannot be read")),
                 qPrintable(status(QStringLiteral("scan.pdf"))));
        QVERIFY2(status(QStringLiteral("empty.txt")).startsWith(QStringLiteral("Failed: ")) &&
                     status(QStringLiteral("empty.txt")).size() > 12,
                 qPrintable(status(QStringLiteral("empty.txt"))));
        QVERIFY2(status(QStringLiteral("bomb.docx")).contains(QStringLiteral("too large")), qPrintable(status(QStringLiteral("bomb.docx"))));
        QVERIFY2(status(QStringLiteral("gone.txt")).contains(QStringLiteral("moved-away.txt, which does not exist")),
                 qPrintable(status(QStringLiteral("gone.txt"))));
        QVERIFY2(status(QStringLiteral("setup.exe")).startsWith(QStringLiteral("Skipped: .exe files are not supported")),
                 qPrintable(status(QStringLiteral("setup.exe"))));
        QVERIFY(pane()->totalsLabel()->text().startsWith(QStringLiteral("5 document(s)")));
        QVERIFY(pane()->findChild<QPushButton *>(QStringLiteral("retryFailed"))->isEnabled());

        // /metrics counts the same.
        const QByteArray metrics = apiCall(m_app->port(), "GET", "/metrics").body;
        QVERIFY2(metrics.contains("aistack_ingest_files_total{outcome=\"stored\"} 5"), metrics.constData());
        QVERIFY(metrics.contains("aistack_ingest_files_total{outcome=\"failed\"} 4"));
        QVERIFY(metrics.contains("aistack_ingest_files_total{outcome=\"skipped\"} 1"));
        QVERIFY(metrics.contains("aistack_ingest_files_queued 0"));
    }

    void aFailedFileIsRetriedOnceItIsFixed()
    {
        const QString folder = m_app->path(QStringLiteral("library"));
        QVERIFY(writeFile(folder + QStringLiteral("/scan.pdf"),
                          makePdf({QStringLiteral("The scanned delivery note lists twelve pallets of gaskets.")})));
        QTest::mouseClick(pane()->findChild<QPushButton *>(QStringLiteral("retryFailed")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([this]() { return item(QStringLiteral("scan.pdf")).state == IngestItem::State::Stored; }, 60000));
        QVERIFY(waitIdle());
        // The others are still failed with their reasons; nothing stored was lost.
        QCOMPARE(item(QStringLiteral("empty.txt")).state, IngestItem::State::Failed);
        QCOMPARE(item(QStringLiteral("faq.txt")).state, IngestItem::State::Stored);
        QVERIFY(pane()->totalsLabel()->text().startsWith(QStringLiteral("6 document(s)")));
    }

    void droppedFilesAreAdded()
    {
        const QString file = m_app->path(QStringLiteral("dropped/turbine.md"));
        QVERIFY(writeFile(file, "# Turbine\n\nThe turbine shaft bearing needs grease every 2000 hours.\n"));
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(file)});
        const QPointF at(pane()->width() / 2.0, pane()->height() / 2.0);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pane(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pane(), &drop);
        QVERIFY(QTest::qWaitFor([this]() { return item(QStringLiteral("turbine.md")).state == IngestItem::State::Stored; }, 60000));
        delete mime;
        QVERIFY(waitIdle());
    }

    void thePreviewShowsWhatTheChatGets()
    {
        const QStringList files = previewFiles(QStringLiteral("How often should the inlet filter be changed?"));
        QVERIFY2(!files.isEmpty() && files.contains(QStringLiteral("faq.txt")), qPrintable(files.join(QLatin1Char(','))));
        QTreeWidget *results = pane()->preview()->results();
        QVERIFY(results->topLevelItem(0)->text(1).toDouble() > 0); // a score
        // The same passages, in the same order, as the chat is given (and the API cites at the end of a stream).
        const HttpReply reply = apiCall(m_app->port(), "POST", "/v1/streaming_query?user_id=preview",
                                        "{\"query\":\"How often should the inlet filter be changed?\"}");
        QCOMPARE(reply.status, 200);
        QStringList cited;
        for (const QByteArray &line : reply.body.split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line.mid(6)).object();
            if (!line.startsWith("data: ") || event.value(QStringLiteral("event")).toString() != QLatin1String("end"))
                continue;
            for (const QJsonValue &d : event[QStringLiteral("data")][QStringLiteral("referenced_documents")].toArray())
                cited << d[QStringLiteral("doc_url")].toString();
        }
        QStringList shown; // one entry per file and page, in the preview's order
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = results->topLevelItem(i);
            const QString url = row->text(3).isEmpty() ? row->text(2) : row->text(2) + QStringLiteral("#page=") + row->text(3);
            if (!shown.contains(url))
                shown << url;
        }
        QCOMPARE(cited, shown);
    }

    void aRemovedDocumentIsNoLongerRetrieved()
    {
        QTableView *table = pane()->table();
        pane()->findChild<QLineEdit *>(QStringLiteral("documentFilter"))->setText(QStringLiteral("faq"));
        QCOMPARE(table->model()->rowCount(), 1);
        table->setFocus();
        table->selectRow(0);
        answerNextDialog([](QWidget *dialog) { qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Yes)->click(); });
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(QTest::qWaitFor([this]() { return rowOf(QStringLiteral("faq.txt")) < 0; }, 10000));
        pane()->findChild<QLineEdit *>(QStringLiteral("documentFilter"))->clear();
        const QStringList files = previewFiles(QStringLiteral("How often should the inlet filter be changed?"));
        QVERIFY2(!files.contains(QStringLiteral("faq.txt")), qPrintable(files.join(QLatin1Char(','))));
        const HttpReply reply = apiCall(m_app->port(), "POST", "/v1/query?user_id=preview",
                                        "{\"query\":\"How often should the inlet filter be changed?\"}");
        QVERIFY(!reply.body.contains("faq.txt"));
        // The file on disk stays.
        QVERIFY(QFile::exists(m_app->path(QStringLiteral("library/faq.txt"))));
    }

    void sizesSortAsNumbers()
    {
        QTableView *table = pane()->table();
        table->sortByColumn(IngestItemModel::Size, Qt::AscendingOrder);
        qint64 previous = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const qint64 bytes = table->model()->index(r, IngestItemModel::Size).data(IngestItemModel::RawRole).toLongLong();
            QVERIFY(bytes >= previous);
            previous = bytes;
        }
        table->sortByColumn(IngestItemModel::Added, Qt::DescendingOrder);
    }

    void aWatchedFolderIsKeptInStep()
    {
        const QString folder = m_app->path(QStringLiteral("watched"));
        QVERIFY(writeFile(folder + QStringLiteral("/boiler.txt"), "The boiler pressure relief valve opens at 3 bar.\n"));
        FolderWatcher *watcher = m_app->services().desktopDocuments->watcher();
        watcher->add(QString(), folder);
        QVERIFY(QTest::qWaitFor([this]() { return item(QStringLiteral("boiler.txt")).state == IngestItem::State::Stored; }, 30000));
        QVERIFY(QTest::qWaitFor([this]() { return pane()->watchedList()->count() == 1 &&
                                                  pane()->watchedList()->item(0)->text() == m_app->path(QStringLiteral("watched")); },
                                5000));
        // A new file is ingested, a changed one stored again, a deleted one removed: without anyone asking.
        QVERIFY(writeFile(folder + QStringLiteral("/chiller.txt"), "The chiller refrigerant is R-134a.\n"));
        QVERIFY(QTest::qWaitFor([this]() { return item(QStringLiteral("chiller.txt")).state == IngestItem::State::Stored; }, 30000));
        const QString before = item(QStringLiteral("boiler.txt")).documentId;
        QTest::qWait(1100); // a new modification time
        QVERIFY(writeFile(folder + QStringLiteral("/boiler.txt"), "The boiler pressure relief valve opens at 4 bar.\n"));
        QVERIFY(QTest::qWaitFor([&]() { const IngestItem i = item(QStringLiteral("boiler.txt"));
                                        return i.state == IngestItem::State::Stored && i.documentId != before; }, 30000));
        QVERIFY(previewFiles(QStringLiteral("boiler relief valve 4 bar")).contains(QStringLiteral("boiler.txt")));
        QVERIFY(QFile::remove(folder + QStringLiteral("/chiller.txt")));
        QVERIFY(QTest::qWaitFor([this]() { return rowOf(QStringLiteral("chiller.txt")) < 0; }, 30000));
        QVERIFY(!previewFiles(QStringLiteral("chiller refrigerant R-134a")).contains(QStringLiteral("chiller.txt")));
        watcher->remove(QStringLiteral("documents"), folder);
    }

    void cancelLeavesTheRestRetryable()
    {
        const QString folder = m_app->path(QStringLiteral("many"));
        QByteArray text; // about 40 kB a file: long enough to cancel in the middle of the folder
        for (int p = 0; p < 500; ++p)
            text += "Section " + QByteArray::number(p) + " of the maintenance record lists the valves, seals and pumps checked.\n\n";
        for (int i = 0; i < 300; ++i)
            QVERIFY(writeFile(QStringLiteral("%1/record-%2.txt").arg(folder).arg(i, 3, 10, QLatin1Char('0')),
                              text + "Record " + QByteArray::number(i) + "\n"));
        pane()->addPaths({folder});
        QVERIFY(QTest::qWaitFor([this]() { return queue()->progress().filesDone >= 5; }, 60000));
        QPushButton *cancel = pane()->progressPanel()->cancelButton();
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(waitIdle());
        int stored = 0, cancelled = 0;
        for (int r = 0; r < model()->rowCount(); ++r) {
            const IngestItem &i = model()->itemAt(r);
            if (!i.name.startsWith(QLatin1String("record-")))
                continue;
            stored += i.state == IngestItem::State::Stored ? 1 : 0;
            cancelled += i.state == IngestItem::State::Cancelled ? 1 : 0;
        }
        QVERIFY2(stored >= 5 && cancelled > 0 && stored + cancelled == 300,
                 qPrintable(QStringLiteral("%1 stored, %2 cancelled").arg(stored).arg(cancelled)));
        QTest::mouseClick(pane()->findChild<QPushButton *>(QStringLiteral("retryFailed")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([this]() {
            int done = 0;
            for (int r = 0; r < model()->rowCount(); ++r)
                done += model()->itemAt(r).name.startsWith(QLatin1String("record-")) &&
                        model()->itemAt(r).state == IngestItem::State::Stored;
            return done == 300;
        }, 120000));
    }

    void everyControlHasANameAScreenReaderCanSay()
    {
        const QStringList unnamed = unnamedControls(pane());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TstDocumentsPane)
#include "tst_documentspane.moc"
