#include "wordvectortable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cstring>

namespace aistack {

namespace {
constexpr quint32 kVersion = 1;
constexpr qint64 kHeaderBytes = 24;

quint32 fnv1a(const char *data, int length)
{
    quint32 h = 0x811C9DC5u;
    for (int i = 0; i < length; ++i) {
        h ^= quint8(data[i]);
        h *= 0x01000193u;
    }
    return h;
}
} // namespace

QString WordVectorTable::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("AISTACK_WORD_VECTORS");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QDir appDir(QCoreApplication::applicationDirPath());
    return QDir::cleanPath(appDir.filePath(QStringLiteral("../share/aistack/word-vectors.aiwv")));
}

std::shared_ptr<const WordVectorTable> WordVectorTable::open(const QString &path, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("WordVectorTable", "Word vector table %1: %2").arg(path, why);
        return std::shared_ptr<const WordVectorTable>();
    };
    std::shared_ptr<WordVectorTable> t(new WordVectorTable);
    t->m_path = path;
    t->m_file.setFileName(path);
    if (!QFileInfo::exists(path))
        return fail(QCoreApplication::translate("WordVectorTable", "the file does not exist"));
    if (!t->m_file.open(QIODevice::ReadOnly))
        return fail(t->m_file.errorString());
    t->m_bytes = t->m_file.size();
    if (t->m_bytes < kHeaderBytes)
        return fail(QCoreApplication::translate("WordVectorTable", "the file is too short"));
    const uchar *base = t->m_file.map(0, t->m_bytes);
    if (!base)
        return fail(t->m_file.errorString());
    quint32 header[5];
    std::memcpy(header, base + 4, sizeof header);
    if (std::memcmp(base, "AIWV", 4) != 0 || header[0] != kVersion)
        return fail(QCoreApplication::translate("WordVectorTable", "not a word table of version %1").arg(kVersion));
    t->m_dims = header[1];
    t->m_count = header[2];
    t->m_buckets = header[3];
    const qint64 dims = t->m_dims, count = t->m_count, buckets = t->m_buckets;
    const bool bucketsOk = buckets > count && (buckets & (buckets - 1)) == 0;
    qint64 at = kHeaderBytes;
    const qint64 needed = at + 4 * (dims + 2 * count + count + 1 + buckets) + dims * count;
    if (dims == 0 || dims > 4096 || count == 0 || !bucketsOk || t->m_bytes < needed)
        return fail(QCoreApplication::translate("WordVectorTable", "the file is truncated or damaged"));
    auto take = [&](qint64 bytes) {
        const uchar *p = base + at;
        at += bytes;
        return p;
    };
    t->m_common = reinterpret_cast<const float *>(take(4 * dims));
    t->m_scales = reinterpret_cast<const float *>(take(4 * count));
    t->m_weights = reinterpret_cast<const float *>(take(4 * count));
    t->m_offsets = reinterpret_cast<const quint32 *>(take(4 * (count + 1)));
    t->m_index = reinterpret_cast<const quint32 *>(take(4 * buckets));
    t->m_vectors = reinterpret_cast<const qint8 *>(take(dims * count));
    t->m_strings = reinterpret_cast<const char *>(base + at);
    if (at + qint64(t->m_offsets[count]) != t->m_bytes)
        return fail(QCoreApplication::translate("WordVectorTable", "the file is truncated or damaged"));
    return t;
}

int WordVectorTable::lookup(const char *utf8, int length) const
{
    const quint32 mask = m_buckets - 1;
    for (quint32 slot = fnv1a(utf8, length) & mask;; slot = (slot + 1) & mask) {
        const quint32 entry = m_index[slot];
        if (entry == 0)
            return -1;
        const quint32 i = entry - 1;
        const quint32 begin = m_offsets[i], end = m_offsets[i + 1];
        if (int(end - begin) == length && std::memcmp(m_strings + begin, utf8, size_t(length)) == 0)
            return int(i);
    }
}

void WordVectorTable::accumulate(int index, float factor, float *acc) const
{
    const qint8 *v = m_vectors + qint64(index) * m_dims;
    const float f = factor * m_scales[index];
    for (quint32 d = 0; d < m_dims; ++d)
        acc[d] += f * float(v[d]);
}

} // namespace aistack
