#include "rankfusion.h"

#include <QHash>
#include <algorithm>

namespace aistack {

QVector<qint64> fuseRanks(const QVector<QVector<qint64>> &rankedLists, int limit, int k)
{
    QHash<qint64, double> score;
    QHash<qint64, int> firstSeen; // ties keep the order in which lists named the items
    int order = 0;
    for (const QVector<qint64> &list : rankedLists) {
        for (int r = 0; r < list.size(); ++r) {
            score[list[r]] += 1.0 / (k + r + 1);
            if (!firstSeen.contains(list[r]))
                firstSeen.insert(list[r], order++);
        }
    }
    QVector<qint64> ids = score.keys();
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        const double sa = score.value(a), sb = score.value(b);
        return sa != sb ? sa > sb : firstSeen.value(a) < firstSeen.value(b);
    });
    if (ids.size() > limit)
        ids.resize(limit);
    return ids;
}

} // namespace aistack
