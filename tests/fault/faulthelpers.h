#pragma once

// What the fault-injection suites share: clients that keep asking on threads of their own while a test
// breaks a part under them.
#include "httpclient.h"

#include <QList>
#include <QMutex>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace aistack::test {

// `clients` threads, each sending one request after another (request(i) for client i) until stop(); every
// reply is kept in the order it came.
class LoadLoop
{
public:
    LoadLoop(int clients, std::function<HttpReply(int)> request) : m_request(std::move(request))
    {
        for (int i = 0; i < clients; ++i) {
            m_threads.emplace_back(QThread::create([this, i]() {
                while (!m_stop.load()) {
                    const HttpReply reply = m_request(i);
                    QMutexLocker lock(&m_mutex);
                    m_replies.append(reply);
                }
            }));
            m_threads.back()->start();
        }
    }
    ~LoadLoop() { stop(); }
    LoadLoop(const LoadLoop &) = delete;
    LoadLoop &operator=(const LoadLoop &) = delete;

    // Lets each client finish its request in flight, then joins them.
    void stop()
    {
        m_stop.store(true);
        for (const auto &t : m_threads)
            t->wait();
    }
    int count(int status) const
    {
        QMutexLocker lock(&m_mutex);
        int n = 0;
        for (const HttpReply &r : m_replies)
            n += r.status == status ? 1 : 0;
        return n;
    }
    QList<HttpReply> replies() const
    {
        QMutexLocker lock(&m_mutex);
        return m_replies;
    }

private:
    std::function<HttpReply(int)> m_request;
    std::atomic<bool> m_stop{false};
    mutable QMutex m_mutex;
    QList<HttpReply> m_replies;
    std::vector<std::unique_ptr<QThread>> m_threads;
};

} // namespace aistack::test
