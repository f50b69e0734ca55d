// The line diff the Stack pane shows against the running configuration: a longest common subsequence of
// lines, every line of both texts in order, replacements as removals then additions.
#include "common/linediff.h"

#include <QtTest>

using namespace aistack;

namespace {
// The diff as one string: " a", "-b", "+c" per line.
QString render(const QVector<DiffLine> &diff)
{
    QStringList out;
    for (const DiffLine &d : diff)
        out << (d.kind == DiffLine::Kind::Same ? QStringLiteral(" ") : d.kind == DiffLine::Kind::Removed ? QStringLiteral("-") : QStringLiteral("+")) + d.text;
    return out.join(QLatin1Char('|'));
}

QStringList lines(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(','), Qt::SkipEmptyParts);
}
} // namespace

class TstLineDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same") << lines("a,b,c") << lines("a,b,c") << QStringLiteral(" a| b| c");
        QTest::newRow("both empty") << QStringList() << QStringList() << QString();
        QTest::newRow("all new") << QStringList() << lines("a,b") << QStringLiteral("+a|+b");
        QTest::newRow("all gone") << lines("a,b") << QStringList() << QStringLiteral("-a|-b");
        QTest::newRow("one replaced") << lines("a,b,c") << lines("a,x,c") << QStringLiteral(" a|-b|+x| c");
        QTest::newRow("inserted in the middle") << lines("a,c") << lines("a,b,c") << QStringLiteral(" a|+b| c");
        QTest::newRow("removed at the end") << lines("a,b,c") << lines("a,b") << QStringLiteral(" a| b|-c");
        QTest::newRow("moved line") << lines("a,b,c,d") << lines("b,c,d,a") << QStringLiteral("-a| b| c| d|+a");
        QTest::newRow("repeated lines") << lines("x,a,x,b,x") << lines("x,b,x") << QStringLiteral(" x|-a|-x| b| x");
    }

    void cases()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(QString, expected);
        QCOMPARE(render(diffLines(before, after)), expected);
    }

    // The kept lines are a longest common subsequence, and the line numbers point back into both texts.
    void keepsTheLongestCommonPartAndNumbersLines()
    {
        const QStringList before = lines("name: a,stack:,  tools:,    - name: general,      kind: prompt,  vector_db: {}");
        const QStringList after = lines("name: a,stack:,  tools:,    - name: helpdesk,      kind: prompt,    - name: docs,  vector_db: {}");
        const QVector<DiffLine> diff = diffLines(before, after);
        int kept = 0;
        for (const DiffLine &d : diff) {
            if (d.kind != DiffLine::Kind::Added)
                QCOMPARE(before[d.oldLine - 1], d.text);
            if (d.kind != DiffLine::Kind::Removed)
                QCOMPARE(after[d.newLine - 1], d.text);
            kept += d.kind == DiffLine::Kind::Same ? 1 : 0;
        }
        QCOMPARE(kept, 5);
        const DiffCount count = countChanges(diff);
        QCOMPARE(count.removed, 1);
        QCOMPARE(count.added, 2);
    }

    // A middle too large to compare line by line is reported whole, still with the common head and tail.
    void aHugeMiddleIsReportedWhole()
    {
        QStringList before{QStringLiteral("head")}, after{QStringLiteral("head")};
        for (int i = 0; i < 300; ++i) {
            before << QStringLiteral("old %1").arg(i);
            after << QStringLiteral("new %1").arg(i);
        }
        before << QStringLiteral("tail");
        after << QStringLiteral("tail");
        const QVector<DiffLine> diff = diffLines(before, after, 1000);
        QCOMPARE(diff.size(), 602);
        QCOMPARE(diff.first().kind, DiffLine::Kind::Same);
        QCOMPARE(diff.last().text, QStringLiteral("tail"));
        const DiffCount count = countChanges(diff);
        QCOMPARE(count.removed, 300);
        QCOMPARE(count.added, 300);
    }
};

QTEST_APPLESS_MAIN(TstLineDiff)
#include "tst_linediff.moc"
