#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <atomic>
#include <optional>

namespace aistack {

class LlmProvider;

// Embeds texts and waits for the answer in a local event loop: for worker threads only. The vectors come
// back L2-normalised, in input order. Stops (and returns nullopt with *error set) when *cancelled turns true.
std::optional<QVector<QVector<float>>> embedAndWait(LlmProvider &provider, const QStringList &texts,
                                                    const QString &model, const std::atomic<bool> *cancelled,
                                                    QString *error);

// Scales a vector to length 1 (a zero vector stays zero).
void normalize(QVector<float> &v);

} // namespace aistack
