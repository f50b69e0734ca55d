#pragma once

class QThreadPool;

namespace aistack {

class Gauge;
class SessionAuthority;
class StackSessions;

// What the KISS routes need from the core.
struct KissDependencies
{
    SessionAuthority *authority = nullptr;
    StackSessions *sessions = nullptr;
    QThreadPool *pool = nullptr;     // stack operations (they wait on providers and stores)
    Gauge *activeSessions = nullptr; // aistack_sessions_active{scope}
};

} // namespace aistack
