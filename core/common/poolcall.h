#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace aistack {

// Runs work on a thread pool and hands its result to done in the thread of context (skipped when context is
// gone by then). Used instead of QFuture::then(context, ...): in Qt 6.4 a continuation attached while the
// future finishes on another thread can run twice, the second time on a moved-from promise (a crash under
// load; fixed in later Qt versions).
template <typename Work, typename Done>
void poolCall(QThreadPool *pool, QObject *context, Work work, Done done)
{
    pool->start(
        [guard = QPointer<QObject>(context), work = std::move(work), done = std::move(done)]() mutable {
            if constexpr (std::is_void_v<std::invoke_result_t<Work &>>) {
                work();
                if (QObject *target = guard.data())
                    QMetaObject::invokeMethod(target, std::move(done), Qt::QueuedConnection);
            } else {
                auto result = work();
                if (QObject *target = guard.data())
                    QMetaObject::invokeMethod(
                        target,
                        [done = std::move(done), result = std::move(result)]() mutable {
                            done(std::move(result));
                        },
                        Qt::QueuedConnection);
            }
        });
}

// poolCall for work that finishes later: work(finish) runs on the pool and calls finish(result) exactly once,
// from any thread (e.g. after a commit on a writer thread); done(result) then runs in the thread of context.
template <typename Result, typename Work, typename Done>
void poolCallDeferred(QThreadPool *pool, QObject *context, Work work, Done done)
{
    std::function<void(Result)> finish = [guard = QPointer<QObject>(context),
                                          done = std::make_shared<Done>(std::move(done))](Result result) {
        if (QObject *target = guard.data())
            QMetaObject::invokeMethod(
                target, [done, result = std::move(result)]() mutable { (*done)(std::move(result)); },
                Qt::QueuedConnection);
    };
    pool->start([work = std::move(work), finish = std::move(finish)]() mutable { work(std::move(finish)); });
}

} // namespace aistack
