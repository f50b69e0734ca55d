#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
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

} // namespace aistack
