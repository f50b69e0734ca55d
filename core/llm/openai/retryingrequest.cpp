#include "retryingrequest.h"

#include "openaiwire.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace aistack {

namespace {

// Retry-After: delay-seconds or an HTTP date. Returns milliseconds, or -1 when absent or unreadable.
int retryAfterMs(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok)
        return seconds < 0 ? 0 : int(qMin(seconds * 1000.0, 24.0 * 3600 * 1000));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qBound<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when), 24LL * 3600 * 1000));
}

bool retryableStatus(int status) { return status == 429 || status == 500 || status == 502 || status == 503 || status == 504; }

} // namespace

RetryingRequest::RetryingRequest(QNetworkAccessManager *network, QNetworkRequest request, QByteArray body,
                                 QString provider, QString model, RequestPolicy policy, QObject *parent)
    : QObject(parent), m_network(network), m_request(std::move(request)), m_body(std::move(body)),
      m_provider(std::move(provider)), m_model(std::move(model)), m_policy(policy)
{
    m_timer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // never retry before the server's Retry-After
    connect(&m_timer, &QTimer::timeout, this, &RetryingRequest::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &RetryingRequest::send);
}

RetryingRequest::~RetryingRequest() { abort(); }

void RetryingRequest::start() { send(); }

void RetryingRequest::abort()
{
    m_done = true;
    m_timer.stop();
    m_retryTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RetryingRequest::send()
{
    if (m_done)
        return;
    m_connected = false;
    m_timedOut = false;
    m_errorBody.clear();
    m_reply = m_body.isEmpty() ? m_network->get(m_request) : m_network->post(m_request, m_body);
    connect(m_reply, &QNetworkReply::requestSent, this, [this]() {
        m_connected = true;
        m_timer.start(m_policy.idleTimeoutMs);
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &RetryingRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RetryingRequest::onFinished);
    m_timer.start(m_policy.connectTimeoutMs);
}

void RetryingRequest::onReadyRead()
{
    if (!m_reply)
        return;
    m_connected = true;
    m_timer.start(m_policy.idleTimeoutMs);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300 && onData) {
        const QByteArray bytes = m_reply->readAll();
        if (!bytes.isEmpty()) {
            m_dataDelivered = true;
            onData(bytes);
        }
    }
    // Other bodies are read whole when the reply finishes.
}

void RetryingRequest::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

void RetryingRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_reply = nullptr;
    m_timer.stop();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (m_timedOut) {
        const QString what = m_connected ? tr("no answer within %1 s (ai_client.timeout)").arg(m_policy.idleTimeoutMs / 1000.0)
                                         : tr("no connection within %1 s (ai_client.connect_timeout)")
                                               .arg(m_policy.connectTimeoutMs / 1000.0);
        retryOrFail(LlmError::make(LlmError::Kind::Timeout, m_provider, tr("The provider timed out: %1.").arg(what)), -1);
        return;
    }
    if (status == 0) { // no HTTP reply at all
        const QString url = m_request.url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        LlmError e = LlmError::make(
            LlmError::Kind::Unreachable, m_provider,
            tr("Cannot reach %1: %2. Check that the server runs and ai_client.base_url.").arg(url, reply->errorString()));
        retryOrFail(e, -1);
        return;
    }
    if (status >= 200 && status < 300) {
        if (reply->error() != QNetworkReply::NoError) { // cut off mid-body
            retryOrFail(LlmError::make(LlmError::Kind::Unreachable, m_provider,
                                       tr("The connection broke during the reply: %1").arg(reply->errorString())),
                        -1);
            return;
        }
        m_done = true;
        if (onData && !body.isEmpty())
            onData(body);
        if (onSuccess)
            onSuccess(onData ? QByteArray() : body);
        return;
    }
    LlmError e = openaiwire::errorForStatus(status, body, m_provider, m_model);
    // A provider (or a proxy before it) may quote the credentials it was sent in its error text; the text
    // goes on to clients and logs, the key does not.
    const QByteArray authorization = m_request.rawHeader("Authorization");
    const QString key =
        QString::fromUtf8(authorization.startsWith("Bearer ") ? authorization.mid(7) : authorization);
    if (key.size() >= 4) // shorter ones are placeholders (a local server's "x"), and would mask letters
        e.message.replace(key, QStringLiteral("**********"));
    const int wait = retryAfterMs(reply);
    e.retryAfterMs = qMax(0, wait);
    if (retryableStatus(status))
        retryOrFail(e, wait);
    else {
        m_done = true;
        if (onError)
            onError(e);
    }
}

int RetryingRequest::backoffMs() const
{
    const int base = qMin(m_policy.backoffMaxMs, m_policy.backoffBaseMs << qMin(m_attempt, 16));
    return base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
}

bool RetryingRequest::retryOrFail(const LlmError &error, int retryAfter)
{
    const bool tooLong = retryAfter > m_policy.maxRetryAfterMs;
    if (m_attempt >= m_policy.maxRetries || m_dataDelivered || tooLong) {
        m_done = true;
        LlmError e = error;
        if (m_attempt > 0)
            e.message += QLatin1Char(' ') + tr("(tried %n times)", nullptr, m_attempt + 1);
        if (onError)
            onError(e);
        return false;
    }
    const int wait = retryAfter >= 0 ? retryAfter : backoffMs();
    ++m_attempt;
    m_retryTimer.start(wait);
    return true;
}

} // namespace aistack
