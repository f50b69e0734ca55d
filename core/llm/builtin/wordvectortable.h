#pragma once

#include <QFile>
#include <QString>
#include <memory>

namespace aistack {

// The builtin embedder's word table (written by tools/make_word_table.py), mapped into memory read-only:
// int8 word vectors with a scale per word, a SIF weight per word, the common direction to remove, and an
// open-addressing hash index over the lower-case UTF-8 words. Immutable and thread-safe once opened.
class WordVectorTable
{
public:
    // Opens and checks the table; on failure returns null and sets *error to a message naming the file.
    static std::shared_ptr<const WordVectorTable> open(const QString &path, QString *error);
    // Where the table is looked for: $AISTACK_WORD_VECTORS, then share/aistack/word-vectors.aiwv beside the
    // application's folder (installed and build trees alike).
    static QString defaultPath();

    int dims() const { return int(m_dims); }
    int size() const { return int(m_count); }
    qint64 mappedBytes() const { return m_bytes; }
    const QString &path() const { return m_path; }

    // The word's index, or -1. `utf8` must already be lower case.
    int lookup(const char *utf8, int length) const;
    float weight(int index) const { return m_weights[index]; }
    const float *commonDirection() const { return m_common; }
    // acc[d] += factor * vector(index)[d]
    void accumulate(int index, float factor, float *acc) const;

private:
    WordVectorTable() = default;

    QString m_path;
    QFile m_file;
    qint64 m_bytes = 0;
    quint32 m_dims = 0, m_count = 0, m_buckets = 0;
    const float *m_common = nullptr;
    const float *m_scales = nullptr;
    const float *m_weights = nullptr;
    const quint32 *m_offsets = nullptr;
    const quint32 *m_index = nullptr;
    const qint8 *m_vectors = nullptr;
    const char *m_strings = nullptr;
};

} // namespace aistack
