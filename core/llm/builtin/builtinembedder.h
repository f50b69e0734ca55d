#pragma once

#include "wordvectortable.h"

#include <QString>
#include <QVector>
#include <memory>

namespace aistack {

// Sentence vectors from static word vectors: the SIF-weighted mean of the known words' vectors, minus the
// common direction, scaled to unit length. Deterministic, offline, thread-safe.
class BuiltinEmbedder
{
public:
    explicit BuiltinEmbedder(std::shared_ptr<const WordVectorTable> table) : m_table(std::move(table)) {}

    static QString modelName() { return QStringLiteral("glove-100d-sif"); }
    int dims() const { return m_table->dims(); }

    // A unit vector; all zeros when the text has no known word.
    QVector<float> embed(const QString &text, int *wordCount = nullptr) const;

private:
    std::shared_ptr<const WordVectorTable> m_table;
};

} // namespace aistack
