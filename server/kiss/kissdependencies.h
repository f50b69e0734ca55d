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
    QThreadPool *cpuPool = nullptr;  // queries of stacks that run locally: CPU work, a thread per core or so
    Gauge *activeSessions = nullptr; // aistack_sessions_active{scope}
};

} // namespace aistack
