#pragma once

#include <QString>

namespace aistack {

// Whether an error a Database or a query on its connections reported means the database cannot be reached
// right now (refused, down, shutting down, the connection cut), as opposed to a statement that failed: the
// first is worth a retry once the server is back, the second is not. Text only, so that code without QtSql
// (the wire error mapping) can ask.
bool isDatabaseUnavailable(const QString &error);

} // namespace aistack
