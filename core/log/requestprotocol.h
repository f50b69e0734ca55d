#pragma once

#include <QString>

namespace aistack {

// Which API a request belongs to, by its path: KISS (/auth, /sessions, /queries, /documents, /ws),
// Lightspeed (/v1/..., /authorized) or other (health, metrics, docs).
enum class RequestProtocol { Kiss, Lightspeed, Other };

RequestProtocol protocolOfPath(const QString &path);

} // namespace aistack
