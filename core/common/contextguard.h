#pragma once

#include "threadhandoff.h"

#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <memory>
#include <utility>

namespace aistack {

// The way back from a worker thread to an object living in another thread. A QPointer cannot be that: a
// worker may find it set and post while the object's own thread deletes it in between. Here the object's
// deletion and a post exclude each other: a post that gets in first queues its call, which Qt discards with
// the object's pending events, and a post after the deletion has begun is dropped. Thread-safe.
class ContextGuard
{
public:
    // The one guard of context (made on first use; a guard that drops every post for null). Call it in
    // context's thread, or while context is known to live.
    static std::shared_ptr<ContextGuard> of(QObject *context);

    ~ContextGuard();
    ContextGuard(const ContextGuard &) = delete;
    ContextGuard &operator=(const ContextGuard &) = delete;

    // Calls f in the context's thread unless the context is gone; false when it was dropped. Any thread.
    template <typename F> bool post(F &&f)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_context)
            return false;
        QMetaObject::invokeMethod(m_context, handOff(std::forward<F>(f)), Qt::QueuedConnection);
        return true;
    }

    bool alive() const;

private:
    explicit ContextGuard(QObject *context);
    void release();

    mutable QMutex m_mutex;
    QObject *m_context;
};

} // namespace aistack
