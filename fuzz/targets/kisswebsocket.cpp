// A text frame of the KISS WebSocket /ws: read into a call, or answered at once with an error frame.
#include "fuzztarget.h"
#include "kiss/kissframe.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace aistack::fuzz {

Verdict kissWebSocket(const QByteArray &input)
{
    constexpr qint64 kMaxFrame = 64 * 1024;
    const KissFrame frame = KissFrame::read(input, kMaxFrame);
    if (frame.reply) {
        const QJsonDocument reply = QJsonDocument::fromJson(*frame.reply);
        require(reply.isObject() && reply.object().value(QStringLiteral("error")).toBool(),
                "a refused frame is answered with a JSON error frame");
        return Verdict::refuse(QString::fromUtf8(*frame.reply));
    }
    require(!frame.event.isEmpty(), "a frame that runs names its event");
    if (!frame.call.invalid.ok()) {
        require(frame.call.invalid.status == 400, "invalid data in a frame answers 400");
        return Verdict::refuse(QString::fromUtf8(frame.call.invalid.toFrame(frame.event)));
    }
    return {};
}

} // namespace aistack::fuzz
