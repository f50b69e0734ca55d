#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// Synthetic English-like text for the benchmarks: the 300 most common English words for the head of a
// Zipf distribution (so the builtin embedder has real words to work on) and 30,000 made-up words for the
// long tail (so that keyword search sees realistic posting lists, not a tiny vocabulary).
class BenchCorpus
{
public:
    explicit BenchCorpus(quint32 seed = 42);

    // About `bytes` bytes of prose: paragraphs of sentences, UTF-8.
    QByteArray text(qsizetype bytes);
    // A question of 4-8 words drawn like the text.
    QString question();

    // Real English prose from any Debian system (the licence texts in /usr/share/common-licenses and the
    // packages' copyright files), cut into `count` distinct documents of about `bytes` bytes each.
    static QVector<QByteArray> realText(int count, qsizetype bytes);

private:
    QString word();

    QStringList m_vocabulary;
    QVector<double> m_cumulative; // Zipf weights, cumulative
    QRandomGenerator m_random;
};
