#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <type_traits>
#include <utility>

namespace aistack {

// The one way a pane (or any object of the GUI thread) receives the result of a slow core call: core runs the
// call on one of its pools and returns a QFuture; a QFutureWatcher parented to `receiver` hands the result to
// `done` on the receiver's thread. A receiver destroyed meanwhile destroys its watcher, so it receives
// nothing, and nothing is checked across threads. (Qt 6.4's QFuture::then(context, ...) can run a continuation
// twice under load; a watcher cannot.)
template <typename T, typename Done> void whenReady(QObject *receiver, QFuture<T> future, Done &&done)
{
    auto *watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         watcher->deleteLater();
                         if constexpr (std::is_void_v<T>) {
                             done();
                         } else {
                             if (watcher->future().resultCount() > 0)
                                 done(watcher->future().result());
                         }
                     });
    watcher->setFuture(std::move(future));
}

} // namespace aistack
