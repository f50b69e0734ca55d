#pragma once

#include <memory>

class QThreadPool;

namespace aistack {

class ConversationEngine;
class Counter;
class FeedbackStore;
class ModelCatalog;
class TranscriptWriter;
struct AppConfig;

// What the Lightspeed routes need from the core. The authentication module is made by the server runtime,
// which knows the address it listens on.
struct LcsDependencies
{
    ConversationEngine *engine = nullptr;
    FeedbackStore *feedback = nullptr;
    TranscriptWriter *transcripts = nullptr;
    ModelCatalog *catalog = nullptr;
    QThreadPool *pool = nullptr;    // work that waits: authentication calls, providers, stores
    QThreadPool *cpuPool = nullptr; // queries answered without waiting on the network
    bool answersLocally = false;    // every model and store runs in process
};

} // namespace aistack
