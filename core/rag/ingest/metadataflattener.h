#pragma once

#include <QJsonObject>

namespace aistack {

// Metadata as every store accepts it: scalars only. Nested objects become dotted keys ({"a":{"b":1}} ->
// {"a.b":1}), list items get their index ({"tags":["x","y"]} -> {"tags.0":"x","tags.1":"y"}), nulls are
// dropped.
QJsonObject flattenMetadata(const QJsonObject &metadata);

} // namespace aistack
