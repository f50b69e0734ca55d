#pragma once

#include "contextguard.h"

#include <QObject>
#include <QThreadPool>
#include <functional>
#include <initializer_list>
#include <memory>
#include <type_traits>
#include <utility>

namespace aistack {

// Runs work on a thread pool and hands its result to done in the thread of context (skipped when context is
// gone by then; see ContextGuard). Used instead of QFuture::then(context, ...): in Qt 6.4 a continuation
// attached while the future finishes on another thread can run twice, the second time on a moved-from
// promise (a crash under load; fixed in later Qt versions).
template <typename Work, typename Done>
void poolCall(QThreadPool *pool, std::shared_ptr<ContextGuard> context, Work work, Done done)
{
    pool->start(
        handOff([context = std::move(context), work = std::move(work), done = std::move(done)]() mutable {
            if constexpr (std::is_void_v<std::invoke_result_t<Work &>>) {
                work();
                context->post(std::move(done));
            } else {
                auto result = work();
                context->post([done = std::move(done), result = std::move(result)]() mutable {
                    done(std::move(result));
                });
            }
        }));
}

// context: an object of the calling thread.
template <typename Work, typename Done>
void poolCall(QThreadPool *pool, QObject *context, Work work, Done done)
{
    poolCall(pool, ContextGuard::of(context), std::move(work), std::move(done));
}

// Waits until no job runs or waits on any of pools, where a job may start another on any of them (a commit's
// callback on one pool that writes a file on another). Call it before destroying what the jobs use.
inline void drainPools(std::initializer_list<QThreadPool *> pools)
{
    for (;;) {
        for (QThreadPool *pool : pools)
            pool->waitForDone();
        bool idle = true;
        for (QThreadPool *pool : pools)
            idle = idle && pool->activeThreadCount() == 0; // start() counts a job before it returns
        if (idle)
            return;
    }
}

} // namespace aistack
