#pragma once

#include "common/threadhandoff.h"

#include <QMutex>
#include <QString>
#include <QWaitCondition>

namespace aistack {

// Opens once the database schema is in place (or failed to be): work that reads the application's tables
// waits for it first, so a pane that asks before the migrations are done gets its answer when they are,
// not an error. Thread-safe.
class StorageGate
{
public:
    // Lets every waiter through; a non-empty error is what each one reports.
    void open(const QString &error = {})
    {
        QMutexLocker lock(&m_mutex);
        m_open = true;
        m_error = error;
        m_opened.wakeAll();
    }
    // Blocks until open (worker threads only); false and *error when the database could not be prepared.
    bool wait(QString *error) const
    {
        QMutexLocker lock(&m_mutex);
        while (!m_open)
            waitOn(m_opened, m_mutex);
        if (!m_error.isEmpty() && error)
            *error = m_error;
        return m_error.isEmpty();
    }
    bool isOpen() const
    {
        QMutexLocker lock(&m_mutex);
        return m_open;
    }

private:
    mutable QMutex m_mutex;
    mutable QWaitCondition m_opened;
    bool m_open = false;
    QString m_error;
};

} // namespace aistack
