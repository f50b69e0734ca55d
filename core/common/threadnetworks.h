#pragma once

#include <QHash>
#include <QMutex>
#include <QPointer>

class QNetworkAccessManager;
class QThread;

namespace aistack {

// One QNetworkAccessManager per calling thread (a manager may only be used on its own thread), kept for
// connection reuse and deleted when its thread ends or this object goes. Thread-safe.
class ThreadNetworks
{
public:
    ThreadNetworks() = default;
    ~ThreadNetworks();
    ThreadNetworks(const ThreadNetworks &) = delete;
    ThreadNetworks &operator=(const ThreadNetworks &) = delete;

    QNetworkAccessManager *forCurrentThread();

private:
    QMutex m_mutex;
    QHash<QThread *, QPointer<QNetworkAccessManager>> m_networks;
};

} // namespace aistack
