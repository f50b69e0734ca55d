#include "sessionevents.h"
#include "common/threadhandoff.h"

#include <QTimer>

namespace aistack {

void SessionEvents::noteActivity(const QString &clientId)
{
    QMutexLocker lock(&m_mutex);
    m_noted.insert(clientId);
    if (m_scheduled)
        return;
    m_scheduled = true;
    // The timer starts in this object's thread, whichever thread noted the activity.
    QMetaObject::invokeMethod(
        this, handOff([this]() { QTimer::singleShot(m_intervalMs, this, &SessionEvents::reportNoted); }),
        Qt::QueuedConnection);
}

void SessionEvents::reportNoted()
{
    QStringList ids;
    {
        QMutexLocker lock(&m_mutex);
        ids = QStringList(m_noted.cbegin(), m_noted.cend());
        m_noted.clear();
        m_scheduled = false;
    }
    if (!ids.isEmpty())
        Q_EMIT changed(ids);
}

} // namespace aistack
