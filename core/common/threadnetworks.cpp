#include "threadnetworks.h"

#include <QNetworkAccessManager>
#include <QThread>

namespace aistack {

ThreadNetworks::~ThreadNetworks()
{
    QMutexLocker lock(&m_mutex);
    for (const auto &network : std::as_const(m_networks))
        if (network)
            network->deleteLater();
}

QNetworkAccessManager *ThreadNetworks::forCurrentThread()
{
    QThread *thread = QThread::currentThread();
    QMutexLocker lock(&m_mutex);
    QPointer<QNetworkAccessManager> &slot = m_networks[thread];
    if (!slot) {
        slot = new QNetworkAccessManager;
        QObject::connect(thread, &QThread::finished, slot.data(), &QObject::deleteLater);
    }
    return slot;
}

} // namespace aistack
