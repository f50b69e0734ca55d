#pragma once

#include "../llmerror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace aistack {

// Retry and timeout rules of one provider request.
struct RequestPolicy
{
    int connectTimeoutMs = 10000;
    int idleTimeoutMs = 300000; // no bytes from the server for this long
    int maxRetries = 2;         // on 429, 500, 502, 503, 504, connection errors and timeouts
    int backoffBaseMs = 500;    // doubled each attempt, with jitter, capped at backoffMaxMs
    int backoffMaxMs = 8000;
    int maxRetryAfterMs = 60000; // a longer Retry-After fails at once as rate limited
};

// One HTTP request to a provider, retried with backoff (honouring Retry-After) until it succeeds, fails
// for good, or is aborted. Lives on the thread of its QNetworkAccessManager. With `onData` set, the body
// of a 2xx reply is handed over as it arrives and the request is no longer retried once data has come.
class RetryingRequest : public QObject
{
    Q_OBJECT
public:
    RetryingRequest(QNetworkAccessManager *network, QNetworkRequest request, QByteArray body, QString provider,
                    QString model, RequestPolicy policy, QObject *parent);
    ~RetryingRequest() override;

    std::function<void(const QByteArray &)> onData;
    std::function<void(const QByteArray &body)> onSuccess; // whole body unless onData is set
    std::function<void(const LlmError &)> onError;

    void start(); // a GET when the body is empty, else a POST
    void abort(); // closes the connection; no callback follows

    int attempts() const { return m_attempt + 1; }

private:
    void send();
    void onReadyRead();
    void onFinished();
    void onTimeout();
    bool retryOrFail(const LlmError &error, int retryAfterMs);
    int backoffMs() const;

    QNetworkAccessManager *m_network;
    QNetworkRequest m_request;
    QByteArray m_body;
    QString m_provider;
    QString m_model;
    RequestPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QTimer m_retryTimer;
    QByteArray m_errorBody;
    int m_attempt = 0;
    bool m_connected = false;
    bool m_timedOut = false;
    bool m_dataDelivered = false;
    bool m_done = false;
};

} // namespace aistack
