#pragma once

#include "kissservice.h"

#include <QByteArray>
#include <optional>

namespace aistack {

// One text frame of the KISS WebSocket read into the call it asks for: {"event": "on_query" | "on_store" |
// "on_init" | "on_close", "data": {...}}. A frame that cannot be run (too large, not JSON, no known event)
// carries the error frame to send back at once instead.
struct KissFrame
{
    QString event; // the event name the reply is tagged with
    KissService::Call call;
    std::optional<QByteArray> reply; // set: answer with this frame, run nothing

    static KissFrame read(const QByteArray &text, qint64 maxFrameBytes);
};

} // namespace aistack
