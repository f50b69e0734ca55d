#pragma once

#include <QString>

namespace aistack {

// Which API a request belongs to, told from the route it matched (the `path` label of ls_rest_api_calls_total):
// KISS AI Stack's routes sit at the root (/auth, /sessions, /documents, /queries, /ws), the Lightspeed Core
// Service's under /v1 (and /authorized). Health, metrics, documentation and unmatched paths are Other.
enum class RequestProtocol { Kiss, Lightspeed, Other };

RequestProtocol requestProtocolOf(const QString &routePath);

} // namespace aistack
