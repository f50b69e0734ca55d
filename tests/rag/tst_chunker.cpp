// Token windows: size and overlap respected, cuts at paragraph and sentence ends, no empty or redundant
// chunks, pages never mixed, offsets that point back into the text, metadata flattened.
#include "rag/chunk/chunker.h"
#include "rag/chunk/chunktokenizer.h"
#include "rag/ingest/metadataflattener.h"
#include "rag/ingest/preparedocument.h"

#include <QJsonArray>
#include <QtTest>

using namespace aistack;

namespace {
// Numbered sentences, so that every sentence is unique and its place is known.
QString sentences(int from, int count)
{
    QStringList s;
    for (int i = from; i < from + count; ++i)
        s << QStringLiteral("Sentence number %1 tells a short story about item %1.").arg(i);
    return s.join(QLatin1Char(' '));
}

ParsedDocument textDocument(const QStringList &paragraphs, int page = 0)
{
    ParsedDocument d;
    for (const QString &p : paragraphs)
        d.add(TextBlock::Kind::Paragraph, p, page);
    return d;
}
} // namespace

class TestChunker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenCounts()
    {
        QCOMPARE(ChunkTokenizer::count(QStringLiteral("The cat sat.")), 4);
        QCOMPARE(ChunkTokenizer::count(QStringLiteral("don't")), 1);
        QCOMPARE(ChunkTokenizer::count(QStringLiteral("1234567")), 3);              // 3-digit groups
        QCOMPARE(ChunkTokenizer::count(QStringLiteral("internationalization")), 4); // 20 letters
        QCOMPARE(ChunkTokenizer::count(QStringLiteral("日本語")), 3);
        QCOMPARE(ChunkTokenizer::count(QString()), 0);
    }

    void shortDocumentIsOneChunk()
    {
        const ParsedDocument d = textDocument({QStringLiteral("Only a little text.")});
        const auto chunks = Chunker().chunk(d);
        QCOMPARE(chunks.size(), 1);
        QCOMPARE(chunks[0].text, QStringLiteral("Only a little text."));
        QCOMPARE(chunks[0].tokenCount, 5);
    }

    void windowsRespectSizeAndOverlap()
    {
        const ParsedDocument d = textDocument({sentences(0, 200)});
        const ChunkerSettings settings{100, 20};
        const auto chunks = Chunker(settings).chunk(d);
        QVERIFY(chunks.size() > 5);
        const QString text = Chunker::joinedText(d);
        for (int i = 0; i < chunks.size(); ++i) {
            const TextChunk &c = chunks[i];
            QCOMPARE(c.index, i);
            QVERIFY2(c.tokenCount <= 100, qPrintable(QString::number(c.tokenCount)));
            QVERIFY(!c.text.trimmed().isEmpty());
            QCOMPARE(text.mid(c.start, c.end - c.start), c.text);
            QCOMPARE(ChunkTokenizer::count(c.text), c.tokenCount);
            // Every chunk but the last ends at a sentence end, and every chunk starts a sentence.
            if (i + 1 < chunks.size())
                QVERIFY2(c.text.endsWith(QLatin1Char('.')), qPrintable(c.text.right(40)));
            QVERIFY2(c.text.startsWith(QStringLiteral("Sentence")), qPrintable(c.text.left(40)));
            if (i > 0) {
                const TextChunk &prev = chunks[i - 1];
                QVERIFY(c.start > prev.start);
                QVERIFY2(c.start < prev.end, "consecutive chunks overlap");
                QVERIFY2(ChunkTokenizer::count(text.mid(c.start, prev.end - c.start)) <= 20,
                         "overlap within 20");
                QVERIFY2(c.end > prev.end, "each chunk brings new text (no redundant tail)");
            }
        }
        QCOMPARE(chunks.last().end, text.size());
    }

    void defaultsAre512With64()
    {
        const ParsedDocument d = textDocument({sentences(0, 400)});
        const auto chunks = Chunker().chunk(d);
        QVERIFY(chunks.size() >= 4);
        int maxTokens = 0;
        for (const TextChunk &c : chunks)
            maxTokens = std::max(maxTokens, c.tokenCount);
        QVERIFY(maxTokens <= 512);
        QVERIFY2(maxTokens > 400, "windows are filled close to the size");
    }

    void paragraphEndsArePreferred()
    {
        // Two paragraphs of about 60 tokens each: a 100-token window ends at the first paragraph's end.
        const ParsedDocument d = textDocument({sentences(0, 5), sentences(100, 5)});
        const auto chunks = Chunker({100, 0}).chunk(d);
        QCOMPARE(chunks.size(), 2);
        QCOMPARE(chunks[0].text, sentences(0, 5));
        QCOMPARE(chunks[1].text, sentences(100, 5));
    }

    void pagesAreNeverMixed()
    {
        ParsedDocument d = textDocument({sentences(0, 3)}, 1);
        d.add(TextBlock::Kind::Paragraph, sentences(10, 3), 2);
        d.add(TextBlock::Kind::Paragraph, sentences(20, 30), 3);
        const auto chunks = Chunker({120, 30}).chunk(d);
        QVERIFY(chunks.size() >= 4);
        QCOMPARE(chunks[0].page, 1);
        QCOMPARE(chunks[0].text, sentences(0, 3));
        QCOMPARE(chunks[1].page, 2);
        QCOMPARE(chunks[1].text, sentences(10, 3));
        for (int i = 2; i < chunks.size(); ++i) {
            QCOMPARE(chunks[i].page, 3);
            QVERIFY(!chunks[i].text.contains(QStringLiteral("item 12.")));
        }
    }

    void headingTravelsWithChunk()
    {
        ParsedDocument d;
        d.add(TextBlock::Kind::Heading, QStringLiteral("Safety"));
        d.add(TextBlock::Kind::Paragraph, sentences(0, 40));
        const auto chunks = Chunker({80, 10}).chunk(d);
        QVERIFY(chunks.size() > 2);
        QCOMPARE(chunks.last().heading, QStringLiteral("Safety"));
    }

    void metadataFlattened()
    {
        const QJsonObject nested{
            {QStringLiteral("team"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("ops")}, {QStringLiteral("size"), 4}}},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
            {QStringLiteral("gone"), QJsonValue::Null},
            {QStringLiteral("flag"), true}};
        const QJsonObject flat = flattenMetadata(nested);
        QCOMPARE(flat, (QJsonObject{{QStringLiteral("team.name"), QStringLiteral("ops")},
                                    {QStringLiteral("team.size"), 4},
                                    {QStringLiteral("tags.0"), QStringLiteral("a")},
                                    {QStringLiteral("tags.1"), QStringLiteral("b")},
                                    {QStringLiteral("flag"), true}}));
    }

    void preparedChunksCarryMetadata()
    {
        IngestFile file{QStringLiteral("../../etc/notes.txt"), sentences(0, 100).toUtf8(),
                        QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), 7}}},
                                    {QStringLiteral("document_id"), QStringLiteral("forged")}}};
        const PreparedDocument doc = prepareDocument(file, {200, 20});
        QVERIFY2(doc.ok, qPrintable(doc.error));
        QCOMPARE(doc.record.fileName, QStringLiteral("notes.txt"));
        QCOMPARE(doc.record.id, documentIdForContent(file.bytes));
        QCOMPARE(doc.record.chunkCount, doc.chunks.size());
        for (int i = 0; i < doc.chunks.size(); ++i) {
            const QJsonObject m = doc.chunks[i].metadata;
            QCOMPARE(doc.chunks[i].id, doc.record.id + QStringLiteral("-%1").arg(i));
            QCOMPARE(m.value(QStringLiteral("document_id")).toString(), doc.record.id);
            QCOMPARE(m.value(QStringLiteral("chunk_index")).toInt(), i);
            QCOMPARE(m.value(QStringLiteral("file_name")).toString(), QStringLiteral("notes.txt"));
            QCOMPARE(m.value(QStringLiteral("project.id")).toInt(), 7);
            QVERIFY(m.value(QStringLiteral("total_tokens")).toInt() > 0);
            QVERIFY(m.value(QStringLiteral("end_offset")).toDouble() >
                    m.value(QStringLiteral("start_offset")).toDouble());
            for (auto it = m.begin(); it != m.end(); ++it)
                QVERIFY2(!it.value().isObject() && !it.value().isArray(), qPrintable(it.key()));
        }
        // Same bytes, same id; other bytes, other id.
        QCOMPARE(documentIdForContent(file.bytes), doc.record.id);
        QVERIFY(documentIdForContent(file.bytes + "x") != doc.record.id);
    }
};

QTEST_MAIN(TestChunker)
#include "tst_chunker.moc"
