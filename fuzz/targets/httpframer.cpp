// The HTTP/1.1 request framer over a connection's bytes. The same bytes fed at once and one byte at a
// time must frame the same way: where requests end must not depend on how TCP split them.
#include "fuzztarget.h"
#include "http/requestframer.h"

namespace aistack::fuzz {

namespace {
// Small limits so that inputs of a few kilobytes reach them.
constexpr qint64 kMaxHeader = 1024;
constexpr qint64 kMaxBody = 4096;

QString describe(RequestFramer::Verdict v)
{
    switch (v) {
    case RequestFramer::Verdict::Ok:
        return {};
    case RequestFramer::Verdict::HeaderTooLarge:
        return QStringLiteral("431 header too large");
    case RequestFramer::Verdict::BodyTooLarge:
        return QStringLiteral("413 body too large");
    case RequestFramer::Verdict::Malformed:
        return QStringLiteral("400 malformed request");
    }
    return QStringLiteral("unknown verdict");
}
} // namespace

Verdict httpFramer(const QByteArray &input)
{
    RequestFramer whole(kMaxHeader, kMaxBody);
    const RequestFramer::Verdict once = whole.feed(input.constData(), input.size());

    RequestFramer split(kMaxHeader, kMaxBody);
    RequestFramer::Verdict bytewise = RequestFramer::Verdict::Ok;
    for (qsizetype i = 0; i < input.size() && bytewise == RequestFramer::Verdict::Ok; ++i)
        bytewise = split.feed(input.constData() + i, 1);

    require(once == bytewise, "the verdict depends on how the bytes were split");
    if (once == RequestFramer::Verdict::Ok) {
        require(whole.completedRequests() == split.completedRequests(),
                "the request count depends on how the bytes were split");
        require(whole.inRequest() == split.inRequest() && whole.upgraded() == split.upgraded(),
                "the connection state depends on how the bytes were split");
        whole.takeContinueRequest();
        return {};
    }
    return Verdict::refuse(describe(once));
}

} // namespace aistack::fuzz
