#pragma once

#include <QVector>

namespace aistack {

// Reciprocal rank fusion: each list votes 1 / (k + rank) for its items (rank from 1); the items with the
// highest total come first. Items missing from a list get nothing from it. k = 60 as in Cormack et al.
QVector<qint64> fuseRanks(const QVector<QVector<qint64>> &rankedLists, int limit, int k = 60);

} // namespace aistack
