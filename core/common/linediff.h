#pragma once

#include <QStringList>
#include <QVector>

namespace aistack {

// One line of a line-by-line comparison of two texts.
struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; // 1-based line in the old text; 0 for an added line
    int newLine = 0; // 1-based line in the new text; 0 for a removed line
};

// The lines of `after` compared with those of `before` by their longest common subsequence: every line of
// both, in order, marked as kept, removed or added (removals before additions where lines were replaced).
// The common head and tail are skipped first; a middle part too large to compare line by line (more than
// maxCells line pairs) is reported as removed and added whole.
QVector<DiffLine> diffLines(const QStringList &before, const QStringList &after, qint64 maxCells = 4'000'000);

// How many lines a diff removes and adds.
struct DiffCount
{
    int removed = 0;
    int added = 0;
};
DiffCount countChanges(const QVector<DiffLine> &diff);

} // namespace aistack
