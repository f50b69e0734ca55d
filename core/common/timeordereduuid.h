#pragma once

#include <QString>

namespace aistack {

// A version 7 UUID (RFC 9562) in its 36-character form: the Unix time in milliseconds, then 74 random
// bits. Ids made later sort later, so a database index keyed by them grows at its end instead of touching a
// random page for every new row.
QString newTimeOrderedUuid();

} // namespace aistack
