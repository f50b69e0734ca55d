#pragma once

#include "common/threadnetworks.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace aistack {

struct ChromaSettings
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 8000;
    bool secure = false;
    QString tenant = QStringLiteral("default_tenant");
    QString database = QStringLiteral("default_database");
    QString token;         // sent as X-Chroma-Token when set
    int timeoutMs = 30000; // per request
    int maxBatch = 0;      // chunks per upsert at most; 0: the server's max_batch_size
};

// Blocking JSON calls to a Chroma server's v2 HTTP API. For worker threads only: each call waits in a local
// event loop. One connection pool per calling thread. Thread-safe.
class ChromaClient
{
public:
    struct Reply
    {
        int status = 0;  // HTTP status, 0 when no answer came
        QJsonValue json; // the parsed body (undefined when not JSON)
        QString error;   // transport error or the server's error message; empty on 2xx
        bool ok() const { return status >= 200 && status < 300; }
    };

    explicit ChromaClient(ChromaSettings settings);
    ~ChromaClient();

    const ChromaSettings &settings() const { return m_settings; }
    QString baseUrl() const;

    Reply get(const QString &path);
    Reply post(const QString &path, const QJsonValue &body);
    Reply del(const QString &path);

    // ".../tenants/{tenant}/databases/{database}" for this client's settings.
    QString databasePath() const;

private:
    Reply call(const QByteArray &verb, const QString &path, const QByteArray &body);

    ChromaSettings m_settings;
    ThreadNetworks m_networks;
};

} // namespace aistack
