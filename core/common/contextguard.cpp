#include "contextguard.h"

#include <QHash>

namespace aistack {

namespace {
struct Registry
{
    QMutex mutex;
    QHash<const QObject *, std::shared_ptr<ContextGuard>> guards;
};

Registry &registry()
{
    static Registry *const r = new Registry; // never destroyed: objects may go after static destructors ran
    return *r;
}
} // namespace

ContextGuard::ContextGuard(QObject *context) : m_context(context) {}

ContextGuard::~ContextGuard() = default;

std::shared_ptr<ContextGuard> ContextGuard::of(QObject *context)
{
    if (!context)
        return std::shared_ptr<ContextGuard>(new ContextGuard(nullptr));
    Registry &r = registry();
    {
        QMutexLocker lock(&r.mutex);
        if (const std::shared_ptr<ContextGuard> known = r.guards.value(context))
            return known;
    }
    // Connected outside the registry's lock, which the handler takes. Direct: it runs in ~QObject, in the
    // thread deleting the object, before Qt discards the object's pending events.
    std::shared_ptr<ContextGuard> made(new ContextGuard(context));
    const QMetaObject::Connection connection = QObject::connect(context, &QObject::destroyed, [context]() {
        std::shared_ptr<ContextGuard> guard;
        {
            Registry &reg = registry();
            QMutexLocker lock(&reg.mutex);
            guard = reg.guards.take(context);
        }
        if (guard)
            guard->release();
    });
    QMutexLocker lock(&r.mutex);
    std::shared_ptr<ContextGuard> &slot = r.guards[context];
    if (slot) { // made meanwhile by another thread
        const std::shared_ptr<ContextGuard> known = slot;
        lock.unlock();
        QObject::disconnect(connection);
        return known;
    }
    slot = made;
    return made;
}

void ContextGuard::release()
{
    QMutexLocker lock(&m_mutex); // waits for a post in progress
    m_context = nullptr;
}

bool ContextGuard::alive() const
{
    QMutexLocker lock(&m_mutex);
    return m_context != nullptr;
}

} // namespace aistack
