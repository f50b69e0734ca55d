#include "linediff.h"

#include <vector>

namespace aistack {

namespace {
void push(QVector<DiffLine> &out, DiffLine::Kind kind, const QString &text, int oldLine, int newLine)
{
    out.push_back(DiffLine{kind, text, oldLine, newLine});
}
} // namespace

QVector<DiffLine> diffLines(const QStringList &before, const QStringList &after, qint64 maxCells)
{
    const int n = int(before.size());
    const int m = int(after.size());
    int head = 0;
    while (head < n && head < m && before[head] == after[head])
        ++head;
    int tail = 0;
    while (tail < n - head && tail < m - head && before[n - 1 - tail] == after[m - 1 - tail])
        ++tail;

    QVector<DiffLine> out;
    out.reserve(qMax(n, m) + 8);
    for (int i = 0; i < head; ++i)
        push(out, DiffLine::Kind::Same, before[i], i + 1, i + 1);

    const int rows = n - head - tail; // the middle of before
    const int cols = m - head - tail; // the middle of after
    if (qint64(rows) * qint64(cols) > maxCells) {
        for (int i = 0; i < rows; ++i)
            push(out, DiffLine::Kind::Removed, before[head + i], head + i + 1, 0);
        for (int j = 0; j < cols; ++j)
            push(out, DiffLine::Kind::Added, after[head + j], 0, head + j + 1);
    } else {
        // lcs[i][j]: the longest common subsequence of the middles from line i and line j on.
        const int w = cols + 1;
        std::vector<int> lcs(size_t(rows + 1) * size_t(w), 0);
        for (int i = rows - 1; i >= 0; --i)
            for (int j = cols - 1; j >= 0; --j)
                lcs[size_t(i) * w + j] = before[head + i] == after[head + j]
                                             ? lcs[size_t(i + 1) * w + j + 1] + 1
                                             : qMax(lcs[size_t(i + 1) * w + j], lcs[size_t(i) * w + j + 1]);
        int i = 0, j = 0;
        while (i < rows || j < cols) {
            if (i < rows && j < cols && before[head + i] == after[head + j]) {
                push(out, DiffLine::Kind::Same, before[head + i], head + i + 1, head + j + 1);
                ++i;
                ++j;
            } else if (j >= cols || (i < rows && lcs[size_t(i + 1) * w + j] >= lcs[size_t(i) * w + j + 1])) {
                push(out, DiffLine::Kind::Removed, before[head + i], head + i + 1, 0);
                ++i;
            } else {
                push(out, DiffLine::Kind::Added, after[head + j], 0, head + j + 1);
                ++j;
            }
        }
    }
    for (int k = tail; k > 0; --k)
        push(out, DiffLine::Kind::Same, before[n - k], n - k + 1, m - k + 1);
    return out;
}

DiffCount countChanges(const QVector<DiffLine> &diff)
{
    DiffCount c;
    for (const DiffLine &d : diff) {
        if (d.kind == DiffLine::Kind::Removed)
            ++c.removed;
        else if (d.kind == DiffLine::Kind::Added)
            ++c.added;
    }
    return c;
}

} // namespace aistack
