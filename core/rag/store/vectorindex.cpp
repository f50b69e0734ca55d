#include "vectorindex.h"

#include <immintrin.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <queue>
#if defined(__SSE__)
#include <xmmintrin.h>
#endif

namespace aistack {

#if defined(__x86_64__) && defined(__GNUC__)
#define AISTACK_HAVE_AVX2_PATH 1
namespace {
// 8 lanes with fused multiply-add, for CPUs that have them (checked at run time; the build targets plain
// x86-64).
__attribute__((target("avx2,fma"))) float dotAvx2(const float *a, const float *b, int n)
{
    __m256 acc0 = _mm256_setzero_ps();
    __m256 acc1 = _mm256_setzero_ps();
    int i = 0;
    for (; i + 16 <= n; i += 16) {
        acc0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), acc0);
        acc1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8), acc1);
    }
    for (; i + 8 <= n; i += 8)
        acc0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), acc0);
    const __m256 acc = _mm256_add_ps(acc0, acc1);
    __m128 half = _mm_add_ps(_mm256_castps256_ps128(acc), _mm256_extractf128_ps(acc, 1));
    half = _mm_add_ps(half, _mm_movehl_ps(half, half));
    half = _mm_add_ss(half, _mm_shuffle_ps(half, half, 1));
    float sum = _mm_cvtss_f32(half);
    for (; i < n; ++i)
        sum += a[i] * b[i];
    return sum;
}

const bool kHaveAvx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
} // namespace
#endif

float VectorIndex::dotProduct(const float *a, const float *b, int n)
{
#ifdef AISTACK_HAVE_AVX2_PATH
    if (kHaveAvx2)
        return dotAvx2(a, b, n);
#endif
    int i = 0;
    float sum = 0;
#if defined(__SSE__)
    __m128 acc0 = _mm_setzero_ps();
    __m128 acc1 = _mm_setzero_ps();
    for (; i + 8 <= n; i += 8) {
        acc0 = _mm_add_ps(acc0, _mm_mul_ps(_mm_loadu_ps(a + i), _mm_loadu_ps(b + i)));
        acc1 = _mm_add_ps(acc1, _mm_mul_ps(_mm_loadu_ps(a + i + 4), _mm_loadu_ps(b + i + 4)));
    }
    float lanes[4];
    _mm_storeu_ps(lanes, _mm_add_ps(acc0, acc1));
    sum = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
#else
    float acc[4] = {0, 0, 0, 0};
    for (; i + 4 <= n; i += 4) {
        acc[0] += a[i] * b[i];
        acc[1] += a[i + 1] * b[i + 1];
        acc[2] += a[i + 2] * b[i + 2];
        acc[3] += a[i + 3] * b[i + 3];
    }
    sum = (acc[0] + acc[1]) + (acc[2] + acc[3]);
#endif
    for (; i < n; ++i)
        sum += a[i] * b[i];
    return sum;
}

void VectorIndex::add(qint64 rowId, const float *vector, int dims)
{
    if (m_ids.isEmpty())
        m_dims = dims;
    if (dims != m_dims)
        return;
    if (const auto it = m_slot.constFind(rowId); it != m_slot.constEnd()) {
        std::memcpy(m_data.data() + qsizetype(*it) * m_dims, vector, sizeof(float) * size_t(m_dims));
        return;
    }
    m_slot.insert(rowId, int(m_ids.size()));
    m_ids.push_back(rowId);
    m_data.resize(m_data.size() + m_dims);
    std::memcpy(m_data.data() + m_data.size() - m_dims, vector, sizeof(float) * size_t(m_dims));
}

void VectorIndex::remove(qint64 rowId)
{
    const auto it = m_slot.find(rowId);
    if (it == m_slot.end())
        return;
    const int slot = *it;
    m_slot.erase(it);
    const int last = int(m_ids.size()) - 1;
    if (slot != last) { // move the last row into the hole
        m_ids[slot] = m_ids[last];
        m_slot[m_ids[slot]] = slot;
        std::memcpy(m_data.data() + qsizetype(slot) * m_dims, m_data.constData() + qsizetype(last) * m_dims,
                    sizeof(float) * size_t(m_dims));
    }
    m_ids.removeLast();
    m_data.resize(m_data.size() - m_dims);
}

void VectorIndex::clear()
{
    m_data.clear();
    m_ids.clear();
    m_slot.clear();
    m_dims = 0;
}

QVector<std::pair<qint64, float>> VectorIndex::topK(const float *query, int k) const
{
    QVector<std::pair<qint64, float>> result;
    if (k <= 0 || m_ids.isEmpty())
        return result;
    // A min-heap of the best k so far: the worst kept score is on top.
    using Entry = std::pair<float, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
    const float *row = m_data.constData();
    const int n = int(m_ids.size());
    for (int i = 0; i < n; ++i, row += m_dims) {
        const float score = dotProduct(row, query, m_dims);
        if (int(heap.size()) < k) {
            heap.emplace(score, i);
        } else if (score > heap.top().first) {
            heap.pop();
            heap.emplace(score, i);
        }
    }
    result.resize(qsizetype(heap.size()));
    for (qsizetype i = result.size() - 1; i >= 0; --i) {
        result[i] = {m_ids[heap.top().second], heap.top().first};
        heap.pop();
    }
    return result;
}

float VectorIndex::dot(qint64 rowId, const float *query) const
{
    const auto it = m_slot.constFind(rowId);
    if (it == m_slot.constEnd())
        return std::numeric_limits<float>::quiet_NaN();
    return dotProduct(m_data.constData() + qsizetype(*it) * m_dims, query, m_dims);
}

} // namespace aistack
