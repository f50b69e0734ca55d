#include "formatparsers.h"

namespace aistack {

namespace {
// The delimiter that appears most often, the same number of times, in the first lines.
QChar guessDelimiter(const QString &text)
{
    const QStringList lines = text.left(8192).split(QLatin1Char('\n'));
    QChar best = QLatin1Char(',');
    int bestScore = -1;
    for (QChar d : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')}) {
        int first = -1;
        int consistent = 0;
        for (int i = 0; i < std::min<int>(lines.size(), 10); ++i) {
            const int n = int(lines[i].count(d));
            if (i == 0)
                first = n;
            else if (n == first && n > 0)
                ++consistent;
        }
        const int score = first > 0 ? consistent * 100 + first : -1;
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

// RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks.
QVector<QStringList> readRecords(const QString &text, QChar delimiter)
{
    QVector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            record << field.trimmed();
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            record << field.trimmed();
            field.clear();
            fieldStarted = false;
            if (!(record.size() == 1 && record.first().isEmpty()))
                records << record;
            record.clear();
        } else {
            field += c;
            fieldStarted = fieldStarted || !c.isSpace();
        }
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        record << field.trimmed();
        records << record;
    }
    return records;
}
} // namespace

void parseCsv(const QString &text, ParsedDocument *doc)
{
    doc->format = QStringLiteral("csv");
    const QVector<QStringList> records = readRecords(text, guessDelimiter(text));
    if (records.isEmpty())
        return;
    const QStringList &header = records.first();
    if (records.size() == 1) {
        doc->add(TextBlock::Kind::TableRow, header.join(QStringLiteral(" | ")));
        return;
    }
    // Each row reads "column: value; column: value" so that a chunk stands on its own.
    for (int r = 1; r < records.size(); ++r) {
        QStringList parts;
        const QStringList &row = records[r];
        for (int c = 0; c < row.size(); ++c) {
            if (row[c].isEmpty())
                continue;
            const QString column = c < header.size() && !header[c].isEmpty()
                                       ? header[c]
                                       : QStringLiteral("column %1").arg(c + 1);
            parts << column + QStringLiteral(": ") + row[c];
        }
        doc->add(TextBlock::Kind::TableRow, parts.join(QStringLiteral("; ")));
    }
}

} // namespace aistack
