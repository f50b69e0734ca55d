#pragma once

#include "config/appconfig.h"
#include "requestframer.h"

#include <QMap>
#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace aistack {

class ConnectionSweeper;
class HttpServerMetrics;

// Watches one client connection from the moment it is accepted, ahead of QHttpServer:
// - refuses a body over the limit (413) or a header block over the limit (431) before the
//   body is read, then discards whatever the client still sends and closes;
// - drops a connection idle too long, or one that sends half a request (408);
// - keeps responses in request order when requests are pipelined and answered out of order.
// Lives in the server thread as a child of its socket.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket *socket, const LimitsConfig &limits, HttpServerMetrics *metrics,
                    ConnectionSweeper *sweeper);
    ~ConnectionGuard() override;

    static ConnectionGuard *of(QTcpSocket *socket);

    // Reserves the next place in the response order (one per request, in arrival order).
    quint64 beginExchange();
    // Writes bytes of exchange seq once every earlier response is complete; buffers them until then.
    // final: the exchange's response is complete. close: close the connection after it.
    void submit(quint64 seq, const QByteArray &bytes, bool final, bool close = false);
    bool isWriting(quint64 seq) const { return seq == m_turn; }

    // Ends the connection once its in-flight responses are done (graceful stop).
    void closeWhenIdle();
    int inFlight() const { return int(m_nextSeq - m_turn); }

    // Called by the sweeper: drops an idle connection, answers 408 to a request that is too slow.
    void checkDeadlines(qint64 nowMs);

private:
    void onReadyRead();
    void reject(int status, const char *detail);
    void write(const QByteArray &bytes);
    void closeSoon();

    struct Pending
    {
        QByteArray bytes;
        bool final = false;
        bool close = false;
    };

    QPointer<QTcpSocket> m_socket;
    LimitsConfig m_limits;
    HttpServerMetrics *m_metrics;
    RequestFramer m_framer;
    QPointer<ConnectionSweeper> m_sweeper; // may go first when the listener is destroyed
    qint64 m_lastActivityMs;
    qint64 m_requestStartedMs = 0;
    quint64 m_nextSeq = 0;
    quint64 m_turn = 0;
    QMap<quint64, Pending> m_pending;
    bool m_closing = false;
    bool m_closeWhenIdle = false;
    bool m_closeScheduled = false;
    bool m_linger = false;
};

} // namespace aistack
