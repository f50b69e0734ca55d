#pragma once

#include <QHash>
#include <QVector>
#include <utility>

namespace aistack {

// The vectors of one collection in one contiguous array, for exact search: dot products over normalised
// vectors (4 lanes at a time) and a bounded heap for the top k. Not thread-safe: the owner locks.
class VectorIndex
{
public:
    int dims() const { return m_dims; }
    int size() const { return int(m_ids.size()); }

    // Adds a vector under a row id (replacing one with the same id). The first vector fixes the dimension.
    void add(qint64 rowId, const float *vector, int dims);
    void remove(qint64 rowId);
    void clear();

    // The k rows with the highest dot product with the query, best first: (row id, dot product).
    QVector<std::pair<qint64, float>> topK(const float *query, int k) const;

    // The dot product of one row with the query, or nullopt-like NaN when the row is unknown.
    float dot(qint64 rowId, const float *query) const;

    static float dotProduct(const float *a, const float *b, int n);

private:
    int m_dims = 0;
    QVector<float> m_data; // size() * dims floats
    QVector<qint64> m_ids;
    QHash<qint64, int> m_slot; // row id -> index in m_ids
};

} // namespace aistack
