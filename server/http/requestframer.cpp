#include "requestframer.h"

#include <QList>

namespace aistack {

namespace {
// The values of the few headers that decide where a request ends, found in one pass
// without copying the header block.
struct FramingHeaders
{
    QByteArray contentLength;
    int contentLengthCount = 0;
    bool chunked = false;
    bool upgrade = false;
    bool connectionUpgrade = false;
    bool expectContinue = false;
};

bool nameIs(const char *name, qsizetype length, const char *expected)
{
    return qsizetype(qstrlen(expected)) == length && qstrnicmp(name, expected, length) == 0;
}

FramingHeaders scanHeaders(const QByteArray &block)
{
    FramingHeaders h;
    qsizetype pos = block.indexOf('\n'); // skip the request line
    while (pos >= 0 && pos < block.size()) {
        const qsizetype start = pos + 1;
        qsizetype end = block.indexOf('\n', start);
        if (end < 0)
            end = block.size();
        // The colon of this line only: looking past its end made a block of colon-less lines quadratic.
        const qsizetype found = QByteArrayView(block).sliced(start, end - start).indexOf(':');
        const qsizetype colon = found < 0 ? -1 : start + found;
        if (colon > start) {
            qsizetype nameEnd = colon;
            while (nameEnd > start && (block.at(nameEnd - 1) == ' ' || block.at(nameEnd - 1) == '\t'))
                --nameEnd;
            const char *name = block.constData() + start;
            const qsizetype length = nameEnd - start;
            if (nameIs(name, length, "content-length")) {
                h.contentLength = block.mid(colon + 1, end - colon - 1).trimmed();
                ++h.contentLengthCount;
            } else if (nameIs(name, length, "transfer-encoding")) {
                h.chunked = block.mid(colon + 1, end - colon - 1).toLower().contains("chunked");
            } else if (nameIs(name, length, "upgrade")) {
                h.upgrade = !block.mid(colon + 1, end - colon - 1).trimmed().isEmpty();
            } else if (nameIs(name, length, "expect")) {
                h.expectContinue =
                    block.mid(colon + 1, end - colon - 1).trimmed().toLower() == "100-continue";
            } else if (nameIs(name, length, "connection")) {
                h.connectionUpgrade = block.mid(colon + 1, end - colon - 1).toLower().contains("upgrade");
            }
        }
        pos = end;
    }
    return h;
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
    const FramingHeaders h = scanHeaders(m_line);
    m_line.clear();
    m_bodyTotal = 0;
    if (h.upgrade && h.connectionUpgrade) {
        m_state = State::Upgraded;
        ++m_completed;
        return Verdict::Ok;
    }
    if (h.chunked) {
        m_state = State::ChunkSize;
        m_continueWanted = h.expectContinue;
        return Verdict::Ok;
    }
    if (h.contentLengthCount == 0) {
        finishRequest();
        return Verdict::Ok;
    }
    bool ok = false;
    const qint64 length = h.contentLength.toLongLong(&ok);
    if (!ok || length < 0 || h.contentLengthCount > 1)
        return Verdict::Malformed;
    if (length > m_maxBody)
        return Verdict::BodyTooLarge;
    if (length == 0) {
        finishRequest();
        return Verdict::Ok;
    }
    m_remaining = length;
    m_state = State::Body;
    m_continueWanted = h.expectContinue;
    return Verdict::Ok;
}

void RequestFramer::finishRequest()
{
    m_state = State::Idle;
    m_line.clear();
    ++m_completed;
}

} // namespace aistack
