#include "builtinembedder.h"

#include "wordtokenizer.h"

#include <cmath>

namespace aistack {

QVector<float> BuiltinEmbedder::embed(const QString &text, int *wordCount) const
{
    const int dims = m_table->dims();
    QVector<float> acc(dims, 0.0f);
    float *a = acc.data();
    int words = 0, known = 0;
    WordTokenizer::forEachWord(text, [&](const char *utf8, int length) {
        const int index = m_table->lookup(utf8, length);
        ++words;
        if (index < 0)
            return false;
        ++known;
        m_table->accumulate(index, m_table->weight(index), a);
        return true;
    });
    if (wordCount)
        *wordCount = words;
    if (known == 0)
        return acc;
    // Remove the common direction (shared by all sentences), then normalise.
    const float *u = m_table->commonDirection();
    float projection = 0;
    for (int d = 0; d < dims; ++d)
        projection += a[d] * u[d];
    float norm = 0;
    for (int d = 0; d < dims; ++d) {
        a[d] -= projection * u[d];
        norm += a[d] * a[d];
    }
    if (norm > 0) {
        const float inv = 1.0f / std::sqrt(norm);
        for (int d = 0; d < dims; ++d)
            a[d] *= inv;
    }
    return acc;
}

} // namespace aistack
