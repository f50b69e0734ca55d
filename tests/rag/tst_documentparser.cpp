// Every supported format read from real bytes (PDF and DOCX generated at test time), and every kind of
// bad file refused with an error that names it.
#include "fixtures.h"
#include "rag/parse/documentparser.h"

#include <QStringEncoder>
#include <QtTest>

using namespace aistack;
using namespace aistack::test;

namespace {
QString allText(const ParsedDocument &doc)
{
    QStringList parts;
    for (const TextBlock &b : doc.blocks)
        parts << b.text;
    return parts.join(QLatin1Char('\n'));
}

// The DOCX with word/document.xml's uncompressed size in the central directory set to `size` (a lie).
QByteArray claimingSize(QByteArray zip, quint32 size)
{
    const QByteArray name("word/document.xml");
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4)) {
        const auto u16 = [&](qsizetype o) { return quint8(zip[at + o]) | quint8(zip[at + o + 1]) << 8; };
        if (zip.mid(at + 46, u16(28)) != name)
            continue;
        for (int b = 0; b < 4; ++b)
            zip[at + 24 + b] = char((size >> (8 * b)) & 0xFF);
    }
    return zip;
}
} // namespace

class TestDocumentParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainTextEncodings()
    {
        const QString text = QStringLiteral("Grüße aus Köln.\n\nZweiter Absatz – mit Gedankenstrich.");
        const ParseOutcome utf8 = parseDocument(QStringLiteral("a.txt"), text.toUtf8());
        QVERIFY2(utf8.ok, qPrintable(utf8.error));
        QCOMPARE(utf8.document.format, QStringLiteral("text"));
        QCOMPARE(utf8.document.blocks.size(), 2);
        QCOMPARE(utf8.document.blocks[0].text, QStringLiteral("Grüße aus Köln."));

        QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const ParseOutcome utf16 = parseDocument(QStringLiteral("b.txt"), QByteArray(le.encode(text)));
        QVERIFY2(utf16.ok, qPrintable(utf16.error));
        QCOMPARE(allText(utf16.document), allText(utf8.document));

        QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        QCOMPARE(allText(parseDocument(QStringLiteral("c.txt"), QByteArray(be.encode(text))).document),
                 allText(utf8.document));

        const ParseOutcome latin1 =
            parseDocument(QStringLiteral("d.txt"), QStringLiteral("Café crème").toLatin1());
        QVERIFY(latin1.ok);
        QCOMPARE(latin1.document.blocks[0].text, QStringLiteral("Café crème"));
    }

    void markdownStructure()
    {
        const QByteArray md =
            "---\ntitle: \"Handbook\"\n---\n# Installing\n\nRun the **installer** and read "
            "[the guide](https://example.org/guide).\n\n## Options\n\n- `--fast` skips checks\n"
            "- second item\n\n```\ncode line\n```\n\n| Key | Value |\n|---|---|\n| a | 1 |\n";
        const ParseOutcome out = parseDocument(QStringLiteral("guide.md"), md);
        QVERIFY2(out.ok, qPrintable(out.error));
        const ParsedDocument &d = out.document;
        QCOMPARE(d.format, QStringLiteral("markdown"));
        QCOMPARE(d.title, QStringLiteral("Handbook"));
        QCOMPARE(d.blocks[0].kind, TextBlock::Kind::Heading);
        QCOMPARE(d.blocks[0].text, QStringLiteral("Installing"));
        QCOMPARE(d.blocks[1].text, QStringLiteral("Run the installer and read the guide."));
        QCOMPARE(d.blocks[1].heading, QStringLiteral("Installing"));
        QCOMPARE(d.blocks[2].text, QStringLiteral("Options"));
        QCOMPARE(d.blocks[3].text, QStringLiteral("--fast skips checks\nsecond item"));
        QCOMPARE(d.blocks[3].heading, QStringLiteral("Options"));
        QCOMPARE(d.blocks[4].kind, TextBlock::Kind::Code);
        QCOMPARE(d.blocks[4].text, QStringLiteral("code line"));
        QCOMPARE(d.blocks[5].text, QStringLiteral("Key | Value\na | 1"));
    }

    void htmlVisibleTextOnly()
    {
        const QByteArray html =
            "<!DOCTYPE html><html><head><title>Release &amp; notes</title><style>p{color:red}</style>"
            "<script>var secret = 'hidden-script-text';</script></head><body><nav>Menu</nav>"
            "<h1>Version 2</h1><p>Faster&nbsp;startup and <b>smaller</b> files.</p>"
            "<script type=\"text/javascript\">document.write('also hidden')</script>"
            "<table><tr><th>Item</th><th>Size</th></tr><tr><td>app</td><td>4 MB</td></tr></table>"
            "<!-- a comment that must not show --><p>Caf&#233; &#x263A;</p><noscript>enable "
            "js</noscript></body></html>";
        const ParseOutcome out = parseDocument(QStringLiteral("notes.html"), html);
        QVERIFY2(out.ok, qPrintable(out.error));
        const QString text = allText(out.document);
        QCOMPARE(out.document.title, QStringLiteral("Release & notes"));
        QVERIFY(!text.contains(QStringLiteral("hidden")));
        QVERIFY(!text.contains(QStringLiteral("color")));
        QVERIFY(!text.contains(QStringLiteral("comment")));
        QVERIFY(!text.contains(QStringLiteral("enable js")));
        QVERIFY(text.contains(QStringLiteral("Faster startup and smaller files.")));
        QVERIFY(text.contains(QStringLiteral("Item | Size")));
        QVERIFY(text.contains(QStringLiteral("app | 4 MB")));
        QVERIFY(text.contains(QStringLiteral("Café ☺")));
        QCOMPARE(out.document.blocks[1].kind, TextBlock::Kind::Heading);
        // Sniffed by content even when the extension says .txt is not how HTML is meant: a .htm name works
        // too.
        QVERIFY(parseDocument(QStringLiteral("page"), html).document.format == QStringLiteral("html"));
    }

    void csvRows()
    {
        const QByteArray csv = "name,city,notes\nAda,London,\"likes \"\"math\"\", and "
                               "engines\"\nLinus,Helsinki,\"multi\nline\"\n";
        const ParseOutcome out = parseDocument(QStringLiteral("people.csv"), csv);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.document.blocks.size(), 2);
        QCOMPARE(out.document.blocks[0].text,
                 QStringLiteral("name: Ada; city: London; notes: likes \"math\", and engines"));
        QCOMPARE(out.document.blocks[1].text,
                 QStringLiteral("name: Linus; city: Helsinki; notes: multi\nline"));
        const ParseOutcome semi = parseDocument(QStringLiteral("s.csv"), "a;b\n1;2\n3;4\n");
        QCOMPARE(semi.document.blocks[1].text, QStringLiteral("a: 3; b: 4"));
    }

    void jsonFlattenedAndInvalid()
    {
        const ParseOutcome out = parseDocument(
            QStringLiteral("data.json"),
            R"([{"name":"pump","spec":{"flow":12.5,"ok":true},"tags":["a","b"]},{"name":"valve"}])");
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.document.blocks.size(), 2);
        QCOMPARE(out.document.blocks[0].text,
                 QStringLiteral("name: pump\nspec.flow: 12.5\nspec.ok: true\ntags[0]: a\ntags[1]: b"));
        // Deep nesting under long keys: each line shows the end of its path, not the whole of it (which made
        // the text grow with the square of the document).
        QByteArray deep;
        const QByteArray key(100, 'k');
        for (int i = 0; i < 50; ++i)
            deep += "{\"" + key + QByteArray::number(i) + "\":";
        deep += "[7, 8]" + QByteArray(50, '}');
        const ParseOutcome nested = parseDocument(QStringLiteral("deep.json"), deep);
        QVERIFY2(nested.ok, qPrintable(nested.error));
        const QStringList lines = nested.document.blocks.value(0).text.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(QChar(0x2026)) && lines[0].endsWith(QStringLiteral("k49[0]: 7")),
                 qPrintable(lines[0]));
        QVERIFY2(lines[0].size() < 200, qPrintable(lines[0]));
        const ParseOutcome bad = parseDocument(QStringLiteral("broken.json"), R"({"a": [1, 2})");
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.startsWith(QStringLiteral("broken.json: invalid JSON")), qPrintable(bad.error));
    }

    void pdfPagesKept()
    {
        const QByteArray pdf = makePdf({QStringLiteral("The first page talks about apples."),
                                        QStringLiteral("Page two is about bananas."),
                                        QStringLiteral("Cherries close the third page.")},
                                       QStringLiteral("Fruit report"));
        const ParseOutcome out = parseDocument(QStringLiteral("fruit.pdf"), pdf);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.document.format, QStringLiteral("pdf"));
        QCOMPARE(out.document.pageCount, 3);
        QCOMPARE(out.document.title, QStringLiteral("Fruit report"));
        QStringList perPage(3);
        for (const TextBlock &b : out.document.blocks) {
            QVERIFY(b.page >= 1 && b.page <= 3);
            perPage[b.page - 1] += b.text;
        }
        QCOMPARE(perPage[0], QStringLiteral("The first page talks about apples."));
        QCOMPARE(perPage[1], QStringLiteral("Page two is about bananas."));
        QCOMPARE(perPage[2], QStringLiteral("Cherries close the third page."));
        // Named .txt, still a PDF: the content decides.
        QCOMPARE(parseDocument(QStringLiteral("misnamed.txt"), pdf).document.format, QStringLiteral("pdf"));
    }

    void docxParagraphsAndTables()
    {
        const QByteArray docx =
            makeDocx(QStringLiteral("Quarterly plan"), QStringLiteral("Goals"),
                     {QStringLiteral("Ship the desktop app."), QStringLiteral("Grow <fast> & well.")},
                     {{QStringLiteral("Owner"), QStringLiteral("Task")},
                      {QStringLiteral("Kim"), QStringLiteral("Installer")}});
        const ParseOutcome out = parseDocument(QStringLiteral("plan.docx"), docx);
        QVERIFY2(out.ok, qPrintable(out.error));
        const ParsedDocument &d = out.document;
        QCOMPARE(d.format, QStringLiteral("docx"));
        QCOMPARE(d.title, QStringLiteral("Quarterly plan"));
        QCOMPARE(d.blocks.size(), 6);
        QCOMPARE(d.blocks[0].kind, TextBlock::Kind::Title);
        QCOMPARE(d.blocks[1].kind, TextBlock::Kind::Heading);
        QCOMPARE(d.blocks[3].text, QStringLiteral("Grow <fast> & well."));
        QCOMPARE(d.blocks[3].heading, QStringLiteral("Goals"));
        QCOMPARE(d.blocks[4].kind, TextBlock::Kind::TableRow);
        QCOMPARE(d.blocks[4].text, QStringLiteral("Owner | Task"));
        QCOMPARE(d.blocks[5].text, QStringLiteral("Kim | Installer"));
    }

    void badFilesNameTheFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QByteArray corruptPdf = makePdf({QStringLiteral("text")});
        corruptPdf = corruptPdf.left(40) + QByteArray(400, 'x');
        QTest::newRow("corrupt pdf") << "report.pdf" << corruptPdf << "the PDF cannot be read";
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 37) % 256);
        QTest::newRow("binary renamed .txt") << "notes.txt" << binary << "binary data";
        QTest::newRow("png renamed .pdf")
            << "scan.pdf" << QByteArray("\x89PNG\r\n\x1a\n0000", 12) << "PNG image";
        QTest::newRow("text renamed .pdf") << "fake.pdf" << QByteArray("just words") << "not a PDF file";
        QTest::newRow("empty") << "empty.md" << QByteArray() << "empty";
        QTest::newRow("only whitespace") << "blank.txt" << QByteArray(" \n\n\t ") << "no text";
        QTest::newRow("zip that is not docx")
            << "archive.docx" << QByteArray("PK\x03\x04garbage", 11) << "ZIP archive";
        QTest::newRow("docx claiming a huge part")
            << "claims.docx"
            << claimingSize(makeDocx(QStringLiteral("T"), QStringLiteral("H"), {}, {}), 200000000)
            << "damaged";
        QTest::newRow("elf program") << "tool.txt"
                                     << QByteArray("\x7f"
                                                   "ELF\x02\x01\x01",
                                                   7)
                                     << "program";
    }

    void badFilesNameTheFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const ParseOutcome out = parseDocument(name, bytes);
        QVERIFY(!out.ok);
        QVERIFY2(out.error.startsWith(name + QStringLiteral(": ")), qPrintable(out.error));
        QVERIFY2(out.error.contains(reason, Qt::CaseInsensitive), qPrintable(out.error));
    }
};

QTEST_MAIN(TestDocumentParser)
#include "tst_documentparser.moc"
