// /ws: the KISS events over one WebSocket. Exactly one reply frame per request frame, in order; the
// session is checked again for every frame; frames over the size limit get an error frame; frames beyond a
// rate wait their turn, and a client too far behind is let go.
#include "auth/sessionauthority.h"
#include "http/httpexchange.h"
#include "http/websocketdispatcher.h"
#include "kisscontrollers.h"
#include "kissframe.h"
#include "kissservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QQueue>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <optional>

namespace aistack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KissWebSocket)
};

// One connection: its token and the frames waiting for their turn.
class KissConnection : public QObject
{
public:
    KissConnection(QWebSocket *ws, QByteArray token, std::shared_ptr<const KissService> service,
                   qint64 maxFrameBytes)
        : QObject(ws), m_ws(ws), m_token(std::move(token)), m_service(std::move(service)),
          m_max(maxFrameBytes)
    {
        connect(ws, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            enqueue(Frame{text.toUtf8(), false});
        });
        connect(ws, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
            enqueue(Frame{{}, true});
        });
        connect(ws, &QWebSocket::bytesWritten, this, [this](qint64 bytes) { m_unsent -= bytes; });
        m_pace.setSingleShot(true);
        connect(&m_pace, &QTimer::timeout, this, [this]() { next(); });
        m_refilled.start();
    }

private:
    struct Frame
    {
        QByteArray text;
        bool binary = false;
    };

    // A client that sends frames without reading the replies is dropped once it is this far behind, so that
    // its waiting frames and unsent replies hold a bounded amount of memory.
    static constexpr int kMaxWaitingFrames = 64;
    // A client may send this many frames at once, then this many a second: faster frames wait their turn in
    // the queue (and count against kMaxWaitingFrames), so a flood of frames, answered or not, costs the
    // server thread a bounded share of its time and the clients that behave keep theirs. A person's client
    // sends a frame and waits for its reply, far below this.
    static constexpr double kBurstFrames = 40;
    static constexpr double kFramesPerSecond = 20;

    void enqueue(Frame frame)
    {
        if (m_dropped || m_queue.size() >= kMaxWaitingFrames || m_unsent > HttpExchange::kMaxUnsentBytes)
            return drop();
        m_queue.enqueue(std::move(frame));
        next();
    }

    void drop()
    {
        if (m_dropped)
            return;
        m_dropped = true;
        qWarning().noquote() << "dropping a WebSocket client that does not read its replies:"
                             << m_queue.size() << "frames waiting," << m_unsent << "bytes unsent";
        m_queue.clear();
        // Not inside the socket's own signal: it may be in the middle of reading frames.
        QMetaObject::invokeMethod(m_ws, &QWebSocket::abort, Qt::QueuedConnection);
    }

    void reply(const QByteArray &frame)
    {
        if (m_dropped || m_ws->state() != QAbstractSocket::ConnectedState)
            return;
        m_unsent += m_ws->sendTextMessage(QString::fromUtf8(frame));
        m_busy = false;
        next();
    }

    // Takes one frame's worth of the budget, or says how many milliseconds until there is one.
    int takeBudget()
    {
        m_budget = std::min(kBurstFrames, m_budget + m_refilled.restart() * kFramesPerSecond / 1000.0);
        if (m_budget < 1.0)
            return std::max(1, int((1.0 - m_budget) * 1000.0 / kFramesPerSecond));
        m_budget -= 1.0;
        return 0;
    }

    void next()
    {
        if (m_queue.isEmpty() || m_busy || m_pace.isActive())
            return;
        if (const int waitMs = takeBudget(); waitMs > 0)
            return m_pace.start(waitMs);
        m_busy = true;
        const Frame frame = m_queue.dequeue();
        if (frame.binary)
            return reply(
                KissOutcome::error(400, Tr::tr("Binary frames are not supported; send JSON text frames"))
                    .toFrame({}));
        const KissFrame request = KissFrame::read(frame.text, m_max);
        if (request.reply)
            return reply(*request.reply);
        const QString name = request.event;
        const KissService::Call &call = request.call;
        QPointer<KissConnection> self(this);
        if (!m_owner)
            m_owner = m_service->tokenOwner(m_token);
        m_service->perform(
            m_token, call,
            [self, name](const KissOutcome &outcome) {
                if (self)
                    self->reply(outcome.toFrame(name));
            },
            *m_owner);
    }

    QWebSocket *m_ws;
    QByteArray m_token;
    std::optional<QString> m_owner; // the token's subject, looked up once per connection (to pick a pool)
    std::shared_ptr<const KissService> m_service;
    qint64 m_max;
    QQueue<Frame> m_queue;
    qint64 m_unsent = 0;            // reply bytes handed to the socket and not yet written to the network
    double m_budget = kBurstFrames; // frames this client may send now without waiting
    QElapsedTimer m_refilled;       // since the budget was last topped up
    QTimer m_pace;                  // runs the next frame once the budget allows it
    bool m_busy = false;
    bool m_dropped = false;
};

QByteArray tokenOf(const QUrl &url, const QByteArray &authorization)
{
    if (authorization.startsWith("Bearer "))
        return authorization.mid(7).trimmed();
    return QUrlQuery(url).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8();
}
} // namespace

void registerKissWebSocket(WebSocketDispatcher &websockets, std::shared_ptr<const KissService> service,
                           qint64 maxFrameBytes)
{
    // Before the handshake: a token must be there, carry a valid signature and expiry, and name a session
    // that has not ended (closed, revoked, expired: known in memory, no database round trip on the server
    // thread); the session itself is checked again with every frame.
    auto gate = [service](const QHttpServerRequest &request) -> std::optional<HttpResponse> {
        const QByteArray token = tokenOf(request.url(), request.value("authorization"));
        if (token.isEmpty())
            return KissOutcome::error(401, QStringLiteral("Authorization header missing")).toHttp();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        SessionAuthority *authority = service->dependencies().authority;
        const Jwt::Verified verified = authority->tokens().check(token, now);
        if (!verified.ok())
            return KissOutcome::error(401, QStringLiteral("Invalid token")).toHttp();
        if (authority->store().hasEnded(verified.claims.value(QStringLiteral("sub")).toString()))
            return KissOutcome::error(401, QStringLiteral("Invalid or inactive session")).toHttp();
        return std::nullopt;
    };
    websockets.setHandler(
        QStringLiteral("/ws"),
        [service, maxFrameBytes](QWebSocket *ws) {
            new KissConnection(ws, tokenOf(ws->requestUrl(), ws->request().rawHeader("Authorization")),
                               service, maxFrameBytes);
        },
        gate);
}

} // namespace aistack
