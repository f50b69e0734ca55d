#pragma once

#include <QString>
#include <QStringView>
#include <QVector>
#include <vector>

namespace aistack {

// How well the sentences of a text match a question, by the content words they share (stop words left out,
// case ignored). Used to pick the sentences an extractive answer quotes and to order retrieved passages, so
// that the passage listed first is the one the answer quotes first. Allocation-free on the hot path: words
// are compared by a hash computed while scanning.
namespace SentenceMatch {

// The distinct content words of a text, as sorted hashes.
std::vector<quint64> contentWords(QStringView text);

// Sentences end at . ! ? followed by white space, at a blank line, and before a line that starts a list item.
// Views into text (no copies).
QVector<QStringView> sentences(const QString &text);

// A sentence's score for a question: matching words count most, shorter sentences win ties; *hits (when
// given) is how many of the question's words it holds.
double sentenceScore(const std::vector<quint64> &question, QStringView sentence, int *hits = nullptr);

// The best score among a text's sentences.
double bestSentenceScore(const std::vector<quint64> &question, const QString &text);

} // namespace SentenceMatch

} // namespace aistack
