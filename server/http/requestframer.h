#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <utility>

namespace aistack {

// Follows the request boundaries of one HTTP/1.1 connection as bytes arrive, without
// keeping the bodies, so that limits can be enforced before QHttpServer buffers anything:
// header block too large, declared or chunked body too large, bad Content-Length.
class RequestFramer
{
public:
    enum class Verdict { Ok, HeaderTooLarge, BodyTooLarge, Malformed };

    RequestFramer(qint64 maxHeaderBytes, qint64 maxBodyBytes)
        : m_maxHeader(maxHeaderBytes), m_maxBody(maxBodyBytes)
    {
    }

    Verdict feed(const char *data, qint64 size);

    bool inRequest() const { return m_state != State::Idle && m_state != State::Upgraded; }
    bool upgraded() const { return m_state == State::Upgraded; }
    quint64 completedRequests() const { return m_completed; }
    // True once after the headers of a request that sent "Expect: 100-continue" and whose
    // body is within the limit (over the limit, the verdict is BodyTooLarge instead).
    bool takeContinueRequest() { return std::exchange(m_continueWanted, false); }

private:
    enum class State { Idle, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Upgraded };
    Verdict headersComplete();
    void finishRequest();

    qint64 m_maxHeader;
    qint64 m_maxBody;
    State m_state = State::Idle;
    QByteArray m_line; // header block, chunk-size line or trailer being collected
    qint64 m_remaining = 0;
    qint64 m_bodyTotal = 0;
    quint64 m_completed = 0;
    bool m_continueWanted = false;
};

} // namespace aistack
