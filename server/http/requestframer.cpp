#include "requestframer.h"

#include <QList>

namespace aistack {

namespace {
QByteArray headerValue(const QList<QByteArray> &lines, const QByteArray &lowerName, int *count = nullptr)
{
    QByteArray value;
    int n = 0;
    for (const QByteArray &line : lines) {
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        if (line.left(colon).trimmed().toLower() == lowerName) {
            value = line.mid(colon + 1).trimmed();
            ++n;
        }
    }
    if (count)
        *count = n;
    return value;
}
} // namespace

RequestFramer::Verdict RequestFramer::feed(const char *data, qint64 size)
{
    qint64 i = 0;
    while (i < size) {
        switch (m_state) {
        case State::Upgraded:
            return Verdict::Ok; // no longer HTTP
        case State::Idle:
            if (data[i] == '\r' || data[i] == '\n') { // stray line breaks between requests
                ++i;
                continue;
            }
            m_state = State::Headers;
            m_line.clear();
            Q_FALLTHROUGH();
        case State::Headers: {
            const qint64 before = m_line.size();
            const qint64 take = qMin(size - i, m_maxHeader + 4 - before);
            m_line.append(data + i, take);
            const qsizetype from = qMax<qsizetype>(0, before - 3);
            const qsizetype end = m_line.indexOf("\r\n\r\n", from);
            if (end < 0) {
                if (m_line.size() > m_maxHeader)
                    return Verdict::HeaderTooLarge;
                i += take;
                continue;
            }
            if (end + 4 > m_maxHeader)
                return Verdict::HeaderTooLarge;
            i += (end + 4) - before; // bytes of this chunk that belong to the header block
            m_line.truncate(end);
            const Verdict v = headersComplete();
            if (v != Verdict::Ok)
                return v;
            continue;
        }
        case State::Body: {
            const qint64 take = qMin(size - i, m_remaining);
            m_remaining -= take;
            i += take;
            if (m_remaining == 0)
                finishRequest();
            continue;
        }
        case State::ChunkSize:
        case State::Trailers: {
            const char c = data[i++];
            if (c != '\n') {
                if (c != '\r')
                    m_line.append(c);
                if (m_line.size() > 4096)
                    return Verdict::Malformed;
                continue;
            }
            if (m_state == State::Trailers) {
                if (m_line.isEmpty())
                    finishRequest();
                m_line.clear();
                continue;
            }
            bool ok = false;
            const QByteArray hex = m_line.split(';').first().trimmed();
            const qint64 chunk = hex.toLongLong(&ok, 16);
            m_line.clear();
            if (!ok || chunk < 0)
                return Verdict::Malformed;
            if (chunk == 0) {
                m_state = State::Trailers;
                continue;
            }
            m_bodyTotal += chunk;
            if (m_bodyTotal > m_maxBody)
                return Verdict::BodyTooLarge;
            m_remaining = chunk;
            m_state = State::ChunkData;
            continue;
        }
        case State::ChunkData: {
            const qint64 take = qMin(size - i, m_remaining);
            m_remaining -= take;
            i += take;
            if (m_remaining == 0) {
                m_state = State::ChunkDataEnd;
                m_remaining = 2; // CRLF after the data
            }
            continue;
        }
        case State::ChunkDataEnd:
            ++i;
            if (--m_remaining == 0)
                m_state = State::ChunkSize;
            continue;
        }
    }
    return Verdict::Ok;
}

RequestFramer::Verdict RequestFramer::headersComplete()
{
    const QList<QByteArray> lines = m_line.split('\n');
    m_line.clear();
    m_bodyTotal = 0;
    const QByteArray upgrade = headerValue(lines, "upgrade");
    const QByteArray connection = headerValue(lines, "connection").toLower();
    if (!upgrade.isEmpty() && connection.contains("upgrade")) {
        m_state = State::Upgraded;
        ++m_completed;
        return Verdict::Ok;
    }
    if (headerValue(lines, "transfer-encoding").toLower().contains("chunked")) {
        m_state = State::ChunkSize;
        return Verdict::Ok;
    }
    int count = 0;
    const QByteArray lengthText = headerValue(lines, "content-length", &count);
    if (count == 0) {
        finishRequest();
        return Verdict::Ok;
    }
    bool ok = false;
    const qint64 length = lengthText.toLongLong(&ok);
    if (!ok || length < 0 || count > 1)
        return Verdict::Malformed;
    if (length > m_maxBody)
        return Verdict::BodyTooLarge;
    if (length == 0) {
        finishRequest();
        return Verdict::Ok;
    }
    m_remaining = length;
    m_state = State::Body;
    return Verdict::Ok;
}

void RequestFramer::finishRequest()
{
    m_state = State::Idle;
    m_line.clear();
    ++m_completed;
}

} // namespace aistack
