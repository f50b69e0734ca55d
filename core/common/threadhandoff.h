#pragma once

// What ThreadSanitizer must be told about Qt. The Qt of a distribution is not built with it, so the locks and
// queues inside Qt's library that order a hand-off between threads are invisible to it: a functor made on
// one thread and run on another through QThreadPool or a queued call, or a QMutex released and retaken
// inside QWaitCondition::wait, looks like a race or a double lock. These helpers declare those edges. In
// any other build they are the plain calls and cost nothing.
#include <QDeadlineTimer>
#include <QMutex>
#include <QWaitCondition>
#include <utility>

#if defined(__SANITIZE_THREAD__)
#define AISTACK_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define AISTACK_TSAN 1
#endif
#endif

#ifdef AISTACK_TSAN
#include <sanitizer/tsan_interface.h>
#endif

namespace aistack {

// QWaitCondition::wait(&mutex), with the release and the retaking of the mutex declared to ThreadSanitizer
// (QMutex declares its locks from its inline code only).
inline bool waitOn(QWaitCondition &condition, QMutex &mutex,
                   QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever))
{
    QtTsan::mutexPreUnlock(&mutex, 0u);
    QtTsan::mutexPostUnlock(&mutex, 0u);
    const bool woken = condition.wait(&mutex, deadline);
    QtTsan::mutexPreLock(&mutex, 0u);
    QtTsan::mutexPostLock(&mutex, 0u, 0);
    return woken;
}

#ifdef AISTACK_TSAN
// A functor handed to another thread by Qt: whatever the thread that made (or last moved) it did happens
// before its call, and its call before its destruction, wherever Qt runs and destroys it. The object's own
// address is the mark (Qt keeps the functor in place once made), as anything read from it to find a mark
// would itself be a read before the mark.
template <typename F> class HandOff
{
public:
    explicit HandOff(F f) : m_f(std::move(f)) { __tsan_release(this); }
    // A move or a copy may happen on the receiving thread (QtConcurrent moves the functor out to call it).
    HandOff(HandOff &&other) : m_f((__tsan_acquire(&other), std::move(other.m_f))) { __tsan_release(this); }
    HandOff(const HandOff &other) : m_f((__tsan_acquire(const_cast<HandOff *>(&other)), other.m_f))
    {
        __tsan_release(this);
    }
    HandOff &operator=(const HandOff &) = delete;
    HandOff &operator=(HandOff &&) = delete;
    ~HandOff() { __tsan_acquire(this); }

    decltype(auto) operator()()
    {
        __tsan_acquire(this);
        struct Released
        {
            void *mark;
            ~Released() { __tsan_release(mark); }
        } released{this};
        return m_f();
    }

private:
    F m_f;
};

template <typename F> HandOff<std::decay_t<F>> handOff(F &&f)
{
    return HandOff<std::decay_t<F>>(std::forward<F>(f));
}
#else
template <typename F> decltype(auto) handOff(F &&f)
{
    return std::forward<F>(f);
}
#endif

} // namespace aistack
