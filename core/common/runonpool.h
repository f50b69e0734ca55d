#pragma once

#include "threadhandoff.h"

#include <QFuture>
#include <QPromise>
#include <QThreadPool>
#include <memory>
#include <type_traits>
#include <utility>

namespace aistack {

// QtConcurrent::run(pool, work) for a work with no arguments: runs it on the pool and gives its result as a
// future. Its own so that the hand-off is declared to ThreadSanitizer (threadhandoff.h); QtConcurrent's task
// object is made on the calling thread and read on the pool's behind Qt's own queue. A job the pool drops
// unrun (the pool is destroyed first) leaves its future cancelled.
template <typename Work> QFuture<std::invoke_result_t<Work &>> runOnPool(QThreadPool *pool, Work work)
{
    using Result = std::invoke_result_t<Work &>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    pool->start(handOff([promise, work = std::move(work)]() mutable {
        if constexpr (std::is_void_v<Result>) {
            work();
        } else {
            promise->addResult(work());
        }
        promise->finish();
    }));
    return future;
}

} // namespace aistack
